using Chronicle.Documents;
using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

public sealed class PronounResolverTests
{
    private static readonly EntityResolver s_resolver = new();

    private static (Document Document, PronounResolver Resolver) Resolved(string text, params (string, EntityType)[] names)
    {
        var document = With(text, names);
        s_resolver.Process(document);
        return (document, new PronounResolver(document));
    }

    private static int TokenOf(Document document, string word, int occurrence = 0)
    {
        var seen = 0;
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            if (document.TextOf(t).SequenceEqual(word) && seen++ == occurrence)
            {
                return t;
            }
        }

        throw new ArgumentException($"no token '{word}'", nameof(word));
    }

    private static string? NameOf(Document document, int? entity) => entity is int e ? document.Entities[e].Name : null;

    [Fact]
    public void He_never_refers_to_a_group_of_people_but_they_may()
    {
        // Given a group typed PERSON (as GUM annotates groups) as the only earlier entity
        var (document, resolver) = Resolved("Muslims gathered at dawn. He said they prayed.", ("Muslims", EntityType.NORP));

        // When
        var he = resolver.Resolve(TokenOf(document, "He"));
        var they = resolver.Resolve(TokenOf(document, "they"));

        // Then
        Assert.Null(he);
        Assert.Equal("Muslims", NameOf(document, they));
    }

    [Fact]
    public void A_subject_pronoun_refers_to_the_subject_of_its_sentence()
    {
        // Given
        var (document, resolver) = Resolved("Putin told Xi he viewed the plan with respect.", ("Putin", EntityType.PERSON), ("Xi", EntityType.PERSON));

        // When
        var he = resolver.Resolve(TokenOf(document, "he"));

        // Then
        Assert.Equal("Vladimir Putin", NameOf(document, he));
    }

    [Fact]
    public void An_object_pronoun_refers_to_the_most_recent_person()
    {
        // Given
        var (document, resolver) = Resolved("Xi praised Putin and predicted voters would re-elect him.", ("Putin", EntityType.PERSON), ("Xi", EntityType.PERSON));

        // When
        var him = resolver.Resolve(TokenOf(document, "him"));

        // Then
        Assert.Equal("Vladimir Putin", NameOf(document, him));
    }

    [Fact]
    public void A_pronoun_in_a_new_sentence_refers_to_the_previous_sentences_subject()
    {
        // Given
        var (document, resolver) = Resolved(
            "Yu Jie, senior research fellow at Chatham House, said the visit mattered.\n\n\"This may send a message,\" she said.",
            ("Yu Jie", EntityType.PERSON), ("Chatham House", EntityType.ORG));

        // When
        var she = resolver.Resolve(TokenOf(document, "she"));

        // Then
        Assert.Equal("Yu Jie", NameOf(document, she));
    }

    [Fact]
    public void A_gendered_pronoun_skips_a_person_of_the_other_gender()
    {
        // Given
        var (document, resolver) = Resolved(
            "Mrs Alma Dorn met Mr Bert Yale. She said the talks went well.",
            ("Alma Dorn", EntityType.PERSON), ("Bert Yale", EntityType.PERSON));

        // When
        var she = resolver.Resolve(TokenOf(document, "She"));

        // Then
        Assert.Equal("Alma Dorn", NameOf(document, she));
    }

    [Fact]
    public void It_refers_to_an_organisation_or_place_never_a_person()
    {
        // Given
        var (document, resolver) = Resolved(
            "The International Criminal Court said Putin must answer. It issued a warrant.",
            ("International Criminal Court", EntityType.ORG), ("Putin", EntityType.PERSON));

        // When
        var it = resolver.Resolve(TokenOf(document, "It"));

        // Then
        Assert.Equal("International Criminal Court", NameOf(document, it));
    }

    [Fact]
    public void A_pronoun_with_no_agreeing_antecedent_resolves_to_nothing()
    {
        // Given
        var (document, resolver) = Resolved("Putin arrived. It was raining.", ("Putin", EntityType.PERSON));

        // When
        var it = resolver.Resolve(TokenOf(document, "It"));
        var notPronoun = resolver.Resolve(TokenOf(document, "raining"));

        // Then
        Assert.Null(it);
        Assert.Null(notPronoun);
    }
}
