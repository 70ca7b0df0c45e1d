using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

public sealed class HyphenatedNameTests
{
    [Fact]
    public void A_place_in_a_hyphenated_modifier_of_a_longer_name_is_inside_that_name()
    {
        // Given "Asia" in "Asia-Pacific Research Unit"
        var document = TestDocuments.Segmented("Marta Ilves, senior research fellow, Asia-Pacific Research Unit, said so.");
        var asia = TokenOf(document, "Asia");

        // When the span is checked
        var inside = RecogniserSpans.IsInsideHyphenatedName(document, new TokenRange(asia, asia + 1));

        // Then it is part of the longer name
        Assert.True(inside);
    }

    [Fact]
    public void Places_joined_by_a_hyphen_before_a_lower_case_word_stay_places()
    {
        // Given "Russia" and "Ukraine" in "the Russia-Ukraine war"
        var document = TestDocuments.Segmented("They met amid the Russia-Ukraine war.");
        var russia = TokenOf(document, "Russia");
        var ukraine = TokenOf(document, "Ukraine");

        // When the spans are checked
        var russiaInside = RecogniserSpans.IsInsideHyphenatedName(document, new TokenRange(russia, russia + 1));
        var ukraineInside = RecogniserSpans.IsInsideHyphenatedName(document, new TokenRange(ukraine, ukraine + 1));

        // Then neither is inside a longer name
        Assert.False(russiaInside);
        Assert.False(ukraineInside);
    }

    [Fact]
    public void A_place_inside_a_hyphenated_name_at_the_very_start_of_a_document_is_dropped_without_error()
    {
        // Given "Asia" tagged as a place where "Asia-Pacific Trade Council" opens the document (its span shapes to nothing at token 0)
        var document = EntityDocuments.With("Asia-Pacific Trade Council staff met in Lisbon.", ("Asia", EntityType.GPE), ("Lisbon", EntityType.GPE));

        // When the entities are resolved
        var entities = new EntityResolver().Resolve(document);

        // Then the empty span is skipped and the other place is kept
        Assert.Contains(entities, e => e.Name == "Lisbon");
        Assert.DoesNotContain(entities, e => e.Name == "Asia");
    }

    private static int TokenOf(Document document, string word)
    {
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            if (document.TextOf(i).SequenceEqual(word))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no token '{word}'");
    }
}
