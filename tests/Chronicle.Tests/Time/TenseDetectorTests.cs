using Chronicle.Documents;
using Chronicle.Tests.Support;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The clause tense around an expression, from word forms and, once a tagger ran, from verb tags.</summary>
public sealed class TenseDetectorTests
{
    private static Tense TenseAround(string sentence, string expression, Func<string, UniversalPos>? tag = null)
    {
        var document = TestDocuments.Segmented(sentence);
        if (tag is not null)
        {
            for (var i = 0; i < document.Tokens.Length; i++)
            {
                document.Tokens[i].Pos = tag(document.TextOf(i).ToString());
            }
        }

        var start = sentence.IndexOf(expression, StringComparison.Ordinal);
        var first = document.TokenIndexAtOrAfter(start);
        var end = document.TokenIndexAtOrAfter(start + expression.Length);
        return TenseDetector.Detect(document, document.Sentences[0].Tokens, first, end);
    }

    [Theory]
    [InlineData("Putin and Xi met in the Kremlin on Monday.", "Monday", Tense.Past)]
    [InlineData("The court issued an arrest warrant on Friday.", "Friday", Tense.Past)]
    [InlineData("More talks are scheduled for Tuesday.", "Tuesday", Tense.Future)]
    [InlineData("The ministers will meet on Thursday.", "Thursday", Tense.Future)]
    [InlineData("Elections will be held on June 28.", "June 28", Tense.Future)]
    [InlineData("On Wednesday, the delegation is to travel to New York.", "Wednesday", Tense.Future)]
    [InlineData("The company has announced on Monday a new plan.", "Monday", Tense.Past)]
    [InlineData("The exhibition runs through June 14.", "June 14", Tense.Unknown)]
    [InlineData("The minister is in Paris on Monday.", "Monday", Tense.Present)]
    [InlineData("Moscow is hosting talks on Friday.", "Friday", Tense.Future)]
    [InlineData("After decisions taken on Friday, staff are meeting all flights.", "Friday", Tense.Past)]
    [InlineData("Nokia announced on Friday that it is ready to sell the unit.", "Friday", Tense.Past)]
    [InlineData("The package is due to be signed on March 20, bankers said.", "March 20", Tense.Future)]
    [InlineData("Delivery is planned between March 20 and April 5, he said.", "April 5", Tense.Future)]
    public void The_nearest_verb_form_gives_the_tense_of_the_clause(string sentence, string expression, Tense expected)
    {
        // Given a sentence without part-of-speech tags

        // When the tense around the expression is read
        var tense = TenseAround(sentence, expression);

        // Then the nearest verb form decides
        Assert.Equal(expected, tense);
    }

    [Fact]
    public void With_tags_an_adjective_ending_in_ed_is_no_past_tense_cue()
    {
        // Given a sentence where the only "-ed" word is an adjective, and a future verb further away
        const string sentence = "The talks will bring armed groups together on Friday.";

        // When it is read without tags and with tags
        var untagged = TenseAround(sentence, "Friday");
        var tagged = TenseAround(sentence, "Friday", word => word switch
        {
            "will" => UniversalPos.AUX,
            "bring" => UniversalPos.VERB,
            "armed" => UniversalPos.ADJ,
            "groups" or "talks" => UniversalPos.NOUN,
            _ => UniversalPos.X,
        });

        // Then the word forms alone take "armed" for a past verb, and the tags let "will" decide
        Assert.Equal(Tense.Past, untagged);
        Assert.Equal(Tense.Future, tagged);
    }

    [Fact]
    public void With_tags_a_noun_like_will_is_no_future_cue()
    {
        // Given "will" used as a noun next to the expression
        const string sentence = "The voters expressed their will on Sunday.";

        // When it is read with tags
        var tagged = TenseAround(sentence, "Sunday", word => word switch
        {
            "will" or "voters" => UniversalPos.NOUN,
            "expressed" => UniversalPos.VERB,
            _ => UniversalPos.X,
        });

        // Then the past verb decides
        Assert.Equal(Tense.Past, tagged);
    }
}
