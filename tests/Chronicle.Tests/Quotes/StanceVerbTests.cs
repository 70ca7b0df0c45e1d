using Chronicle.Documents;
using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class StanceVerbTests
{
    [Theory]
    [InlineData("Maya Stein criticized the new tax on small farms.", "the new tax on small farms")]
    [InlineData("Maya Stein called for a full recount in every county.", "a full recount in every county")]
    [InlineData("Maya Stein called on the governor to resign by Friday.", "the governor to resign by Friday")]
    [InlineData("Maya Stein described the ruling as a victory for voters.", "the ruling as a victory for voters")]
    [InlineData("Maya Stein called the ruling a victory for voters.", "the ruling a victory for voters")]
    public void A_verb_of_taking_a_stance_reports_its_object_as_indirect_speech(string text, string content)
    {
        // Given a sentence in which someone criticizes, calls for or describes something
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the object is reported content, indirect, of the subject
        Assert.False(quote.Direct);
        Assert.Equal(content, TextOf(document, quote));
        Assert.Equal("Maya Stein", SpeakerOf(document, quote));
    }

    [Theory]
    [InlineData("Maya Stein talked about the cost of the new bridge.", "the cost of the new bridge")]
    [InlineData("Maya Stein asked for a recount in two counties.", "a recount in two counties")]
    [InlineData("Maya Stein spoke of her years on the city council.", "her years on the city council")]
    public void The_topic_after_about_for_or_of_is_the_reported_content(string text, string content)
    {
        // Given a verb of saying whose topic follows a preposition
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the topic, without the preposition, is the content
        Assert.Equal(content, TextOf(document, quote));
    }

    [Fact]
    public void A_bare_quote_right_after_a_stance_sentence_continues_its_subject()
    {
        // Given a sentence in which someone criticizes something, followed by a bare quote
        var document = WithPeople("Maya Stein criticized the plan. “It will never pass the senate in this form.”", "Maya Stein");

        // When quotes are extracted
        var direct = Assert.Single(ExtractQuotes(document), q => q.Direct);

        // Then the quote is hers, as a reader would take it
        Assert.Equal("Maya Stein", SpeakerOf(document, direct));
    }

    [Fact]
    public void A_noun_that_looks_like_a_stance_verb_is_no_cue()
    {
        // Given "attack" and "talks" used as nouns
        var document = WithPeople("The attack killed two guards. The talks ended without a deal.");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is no indirect speech
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Maya Stein is urging the council to delay the vote.", "the council to delay the vote")]
    [InlineData("Maya Stein reminded voters that the polls close at eight.", "the polls close at eight")]
    [InlineData("Maya Stein ruled that the new map was drawn unfairly.", "the new map was drawn unfairly")]
    [InlineData("Maya Stein railed against the cost of the stadium.", "the cost of the stadium")]
    public void Urging_reminding_ruling_and_railing_report_their_content(string text, string content)
    {
        // Given one of these verbs with its object or clause
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the content is reported as the subject's indirect speech
        Assert.Equal(content, TextOf(document, quote));
        Assert.Equal("Maya Stein", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_comma_after_that_does_not_hide_the_reported_clause()
    {
        // Given "say that, ADVERBIAL, CLAUSE"
        var document = WithPeople("Maya Stein said that, in addition to the mayor, she would invite the governor.", "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the clause after the comma is the content
        Assert.Equal("in addition to the mayor, she would invite the governor", TextOf(document, quote));
    }

    [Fact]
    public void A_quote_introduced_by_that_is_also_reported_speech()
    {
        // Given "X said that "…"" with the quotation marks right after "that"
        var document = WithPeople("Maya Stein said that “the budget will not survive the winter.”", "Maya Stein");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is the direct quote and an indirect report carrying it, both hers
        Assert.Contains(quotes, q => q.Direct && TextOf(document, q) == "the budget will not survive the winter.");
        var indirect = Assert.Single(quotes, q => !q.Direct);
        Assert.Contains("the budget will not survive the winter", TextOf(document, indirect), StringComparison.Ordinal);
        Assert.Equal("Maya Stein", SpeakerOf(document, indirect));
    }

    [Fact]
    public void A_participle_after_a_direct_quote_reports_a_clause_of_its_own()
    {
        // Given '"…," adding that …' after a direct quote
        var document = WithPeople(
            "Maya Stein said: \"The mill was doing well when it was sold,\" adding that its value doubled within a year.", "Maya Stein");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the clause after "adding that" is indirect speech besides the direct quote
        Assert.Contains(quotes, q => q.Direct);
        var indirect = Assert.Single(quotes, q => !q.Direct);
        Assert.Equal("its value doubled within a year", TextOf(document, indirect));
    }

    [Fact]
    public void A_participle_of_saying_reports_its_clause()
    {
        // Given "…, insisting that …"
        var document = WithPeople("Maya Stein left the hall early, insisting that the count was over.", "Maya Stein");

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the clause is her indirect speech
        Assert.Equal("the count was over", TextOf(document, quote));
        Assert.Equal("Maya Stein", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_gerund_in_the_next_sentence_does_not_attribute_a_quoted_title()
    {
        // Given a quoted title ending a sentence and a gerund of a verb of saying in the next one
        var document = WithPeople(
            "The plan was part of his 1994 “Compact with Ohio.” In 1998 the vote for admitting Maya Stein passed easily.",
            "Maya Stein");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the title is no direct quote
        Assert.DoesNotContain(quotes, q => q.Direct);
    }

    [Theory]
    [InlineData("They joined a group called the River Friends last spring.")]
    [InlineData("Maya Stein called into a radio show on Monday.")]
    public void Called_that_names_or_phones_reports_nothing(string text)
    {
        // Given "called" naming a group, or a phone call
        var document = WithPeople(text, "Maya Stein");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is no reported speech
        Assert.Empty(quotes);
    }

    [Fact]
    public void Called_with_a_parsed_subject_reports_the_verdict()
    {
        // Given a parsed sentence "Pepper called the decision a win": "called" heads the clause with "Pepper" as subject
        var document = WithPeople("Pepper called the decision a win.", "Pepper");
        Parse(document, heads: [1, -1, 3, 1, 5, 1, 1], [DependencyLabel.Nsubj, DependencyLabel.Root, DependencyLabel.Det, DependencyLabel.Obj, DependencyLabel.Det, DependencyLabel.Xcomp, DependencyLabel.Punct]);

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the object and its complement are Pepper's reported verdict
        Assert.Equal("the decision a win", TextOf(document, quote));
        Assert.Equal("Pepper", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_possessed_noun_of_saying_reports_the_clause_that_opens()
    {
        // Given "X's claim that …" as the subject of a longer sentence, with its parse
        var document = WithPeople("Vance's claim that the count was rigged drew criticism.", "Vance");
        Parse(
            document,
            heads: [2, 0, 8, 7, 5, 7, 7, 2, -1, 8, 8],
            [DependencyLabel.NmodPoss, DependencyLabel.Case, DependencyLabel.Nsubj, DependencyLabel.Mark, DependencyLabel.Det, DependencyLabel.NsubjPass,
                DependencyLabel.AuxPass, DependencyLabel.Acl, DependencyLabel.Root, DependencyLabel.Obj, DependencyLabel.Punct]);

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the clause, and not the rest of the sentence, is Vance's reported content
        Assert.Equal("the count was rigged", TextOf(document, quote));
        Assert.Equal("Vance", SpeakerOf(document, quote));
    }

    [Fact]
    public void A_noun_of_saying_without_a_possessor_and_that_reports_nothing()
    {
        // Given nouns of saying used plainly
        var document = WithPeople("The statement was short. A fear of flying kept Vance home.", "Vance");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then there is no reported speech
        Assert.Empty(quotes);
    }

    private static void Parse(Document document, int[] heads, DependencyLabel[] labels)
    {
        for (var t = 0; t < heads.Length; t++)
        {
            document.Tokens[t].Head = heads[t];
            document.Tokens[t].Dependency = labels[t];
        }
    }
}
