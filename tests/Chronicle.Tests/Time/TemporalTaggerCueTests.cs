using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>Words that look like time cues but are not ("following" as a preposition, "due to" before a noun), and possessive years.</summary>
public sealed class TemporalTaggerCueTests
{
    public static TheoryData<string, string, string?> Dates => new()
    {
        // "following" without "the" is a preposition: the weekday after it is read on its own, in the clause's tense.
        { "The town declared a state of calamity following Wednesday's quake.", "Wednesday", "2023-03-15" },

        // "due to" before a noun phrase gives a cause, not a schedule; "due to be" still looks ahead.
        { "Six died due to a landslide after the aftershock on Saturday.", "Saturday", "2023-03-18" },
        { "The treaty is due to be signed on Friday.", "Friday", "2023-03-24" },

        // A year with a possessive is a year; the year alone is marked.
        { "She had a small role in 2003's comedy Cheaper by the Dozen.", "2003", "2003" },
        { "Markets recovered from 2008\u2019s crash within years.", "2008", "2008" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Cue_words_are_read_by_their_use(string sentence, string span, string? value)
    {
        // Given an article published on Tuesday 21 March 2023

        // When the tagger reads the sentence
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then the expression has the expected value
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void A_count_with_a_possessive_is_not_taken_for_a_year()
    {
        // Given a four-digit number outside the modern years, with a possessive
        const string text = "The 1200's walls still stand.";

        // When the tagger reads it
        var found = Expressions(text, Tuesday21March2023);

        // Then no year is reported
        Assert.DoesNotContain(found, e => e.Text.StartsWith("1200", StringComparison.Ordinal));
    }

    [Fact]
    public void A_yearless_month_in_a_future_clause_is_not_dated_by_an_earlier_written_year()
    {
        // Given a written year earlier in the paragraph and a month in a clause that looks ahead
        const string text = "In 1873 he first played in Prague. He will play there again in May.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "May");

        // Then the month is the coming May, not May 1873
        Assert.Equal("2023-05", expression.Value);
    }

    [Fact]
    public void A_yearless_month_in_a_past_clause_still_takes_the_written_year()
    {
        // Given a written year earlier in the paragraph and a month in a past clause
        const string text = "In 1873 he first played in Prague. He returned there in May.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "May");

        // Then the month belongs to the narrative year
        Assert.Equal("1873-05", expression.Value);
    }
}
