using Chronicle.Documents;
using static Chronicle.Tests.Quotes.QuoteTestDocuments;

namespace Chronicle.Tests.Quotes;

public sealed class ParsedIndirectSpeechTests
{
    private const string Sentence = "Kirby said on a call with reporters in Washington Xi should press Putin.";

    // Kirby said on a call with reporters in Washington Xi should press Putin .
    private static readonly (int Head, DependencyLabel Label)[] s_tree =
    [
        (1, DependencyLabel.Nsubj), (-1, DependencyLabel.Root), (4, DependencyLabel.Case), (4, DependencyLabel.Det),
        (1, DependencyLabel.Obl), (6, DependencyLabel.Case), (4, DependencyLabel.Nmod), (8, DependencyLabel.Case),
        (6, DependencyLabel.Nmod), (11, DependencyLabel.Nsubj), (11, DependencyLabel.Aux), (1, DependencyLabel.Ccomp),
        (11, DependencyLabel.Obj), (1, DependencyLabel.Punct),
    ];

    [Fact]
    public void With_a_parse_the_clausal_complement_of_the_reporting_verb_is_the_content()
    {
        // Given a sentence whose reported clause follows a long adjunct, with its dependency parse
        var document = WithPeople(Sentence, "Kirby", "Xi", "Putin");
        Assert.Equal(s_tree.Length, document.Tokens.Length);
        for (var i = 0; i < s_tree.Length; i++)
        {
            document.Tokens[i].Head = s_tree[i].Head;
            document.Tokens[i].Dependency = s_tree[i].Label;
        }

        // When quotes are extracted
        var quote = Assert.Single(ExtractQuotes(document));

        // Then the ccomp subtree is the content and the nsubj the speaker
        Assert.False(quote.Direct);
        Assert.Equal("Xi should press Putin", TextOf(document, quote));
        Assert.Equal("Kirby", SpeakerOf(document, quote));
    }

    [Fact]
    public void Without_a_parse_the_same_sentence_reports_no_clause_rather_than_the_adjunct()
    {
        // Given the same sentence unparsed
        var document = WithPeople(Sentence, "Kirby", "Xi", "Putin");

        // When quotes are extracted
        var quotes = ExtractQuotes(document);

        // Then the surface patterns do not take the prepositional adjunct for reported speech
        Assert.Empty(quotes);
    }
}
