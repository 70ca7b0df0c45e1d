using Chronicle.Time;
using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>
/// Forms that UD English tokenisation writes over several tokens or with their punctuation on the token: hyphenated
/// words split at the hyphen ("twenty - five"), abbreviations with their period ("Thu."), apostrophe years ("’71").
/// </summary>
public sealed class TemporalTaggerTokenisationTests
{
    public static TheoryData<string, string, TimeExpressionKind, string?, string> Forms => new()
    {
        { "The rebels fought for twenty-five years in the hills.", "twenty-five years", TimeExpressionKind.Duration, null, "P25Y" },
        { "Third-quarter profit rose sharply.", "Third-quarter", TimeExpressionKind.Date, null, "2023-Q3" },
        { "The bank expects a year-end rally in stocks.", "year-end", TimeExpressionKind.Date, "2023-12-31", "2023-12-31" },
        { "The memo is dated 10-February-2006 in the file.", "10-February-2006", TimeExpressionKind.Date, "2006-02-10", "2006-02-10" },
        { "Workers began a week-long strike at the port.", "a week-long", TimeExpressionKind.Duration, null, "P1W" },
        { "The notes mature in 12-1/2 years from issue.", "12-1/2 years", TimeExpressionKind.Duration, null, "P12.5Y" },
        { "The strike began 2-3 days ago in the north.", "2-3 days ago", TimeExpressionKind.Date, null, "PAST_REF" },
        { "Prices may rise in the next 12-18 months.", "the next 12-18 months", TimeExpressionKind.Duration, null, "PXM" },
        { "The trial opened on Thu. in Paris.", "Thu.", TimeExpressionKind.Date, "2023-03-16", "2023-03-16" },
        { "The shops close early on Fri.", "Fri.", TimeExpressionKind.Date, "2023-03-17", "2023-03-17" },
        { "She graduated with the class of \u201971 in Ohio.", "\u201971", TimeExpressionKind.Date, "1971", "1971" },
        { "The music of the \u201990s is back.", "the \u201990s", TimeExpressionKind.Date, null, "199" },
        { "The music of '80s bands is back.", "'80s", TimeExpressionKind.Date, null, "198" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Forms_split_or_kept_whole_by_UD_tokenisation_are_read_as_written(
        string sentence, string span, TimeExpressionKind kind, string? value, string timex3)
    {
        // Given an article published on Tuesday 21 March 2023

        // When the tagger reads the sentence
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then the whole written form is one expression with its kind, value and TIMEX3 value
        Assert.Equal(kind, expression.Kind);
        Assert.Equal(value, expression.Value);
        Assert.Equal(timex3, expression.Timex3);
    }

    [Fact]
    public void An_expression_over_split_hyphens_covers_all_its_tokens()
    {
        // Given a date and a duration that UD tokenisation splits at their hyphens
        var document = Tag("The form is dated 9-May-2006 and the talks lasted 4-1/2 hours.", Tuesday21March2023);

        // When the expressions are read back
        var found = document.TimeExpressions;

        // Then each covers its characters with exactly its tokens, hyphens included
        Assert.Equal(["9-May-2006", "4-1/2 hours"], found.Select(t => document.Text[t.Characters.Start..t.Characters.End]));
        Assert.Equal([5, 4], found.Select(t => t.Tokens.End - t.Tokens.Start));
        Assert.All(found, t => Assert.Equal(t.Characters, document.CharRange(t.Tokens)));
    }

    [Theory]
    [InlineData("The government unveiled a 10-year plan for roads.")]
    [InlineData("The Covid-19 crisis hit tourism.")]
    [InlineData("Leaders held a three-day summit in Rome.")]
    [InlineData("Sales showed a year-on-year rise in Europe.")]
    [InlineData("A 12 year-old boy found the hoard.")]
    public void A_hyphenated_modifier_that_only_counts_is_no_time_expression(string sentence)
    {
        // Given a sentence whose hyphenated word counts or names something

        // When the tagger reads it
        var found = Expressions(sentence, Tuesday21March2023);

        // Then no part of the compound is taken for a date or duration
        Assert.Empty(found);
    }
}
