using Chronicle.Time;
using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>Every form the tagger knows, in sentences of our own, resolved against Tuesday 21 March 2023.</summary>
public sealed class TemporalTaggerTests
{
    public static TheoryData<string, string, string?> Dates => new()
    {
        // Explicit dates in the common formats.
        { "The treaty was signed on 21 March 2023 in Geneva.", "21 March 2023", "2023-03-21" },
        { "The treaty was signed on March 21, 2023 in Geneva.", "March 21, 2023", "2023-03-21" },
        { "The summit ended on March 9 2014 without a deal.", "March 9 2014", "2014-03-09" },
        { "Monday, March 4, 2019", "Monday, March 4, 2019", "2019-03-04" },
        { "The vote was held on 3/21/2023 after a long debate.", "3/21/2023", "2023-03-21" },
        { "Results from 21.03.2022 were published.", "21.03.2022", "2022-03-21" },
        { "The file is dated 2023-03-21 and was leaked.", "2023-03-21", "2023-03-21" },
        { "SALVADOR, Feb 26 - Brazil's president said the economy grew.", "Feb 26", "2023-02-26" },
        { "The deadline passed on Jan. 5 without an agreement.", "Jan. 5", "2023-01-05" },
        { "The company reported the loss on the 8th of March.", "8th of March", "2023-03-08" },
        { "Prices rose sharply in July 2003, the survey found.", "July 2003", "2003-07" },
        { "Troops were deployed in March of 2019.", "March of 2019", "2019-03" },
        { "The fund was created in 2019 by the central bank.", "2019", "2019" },
        { "The law changed in mid-2019 after protests.", "mid-2019", "2019" },
        { "The leaders met in early 2020.", "early 2020", "2020" },

        // A yearless date takes the year that fits the tense.
        { "Protests began on March 14 in the capital.", "March 14", "2023-03-14" },
        { "Elections will be held on June 28.", "June 28", "2023-06-28" },
        { "The company was founded on December 25 by two brothers.", "December 25", "2022-12-25" },
        { "In March, a box of letters was found in the attic.", "March", "2023-03" },
        { "In May, the minister resigned.", "May", "2022-05" },
        { "The budget is due in April, officials said.", "April", "2023-04" },
        { "The talks will resume in January.", "January", "2024-01" },
        { "The office closes at the end of March.", "the end of March", "2023-03-31" },

        // Weekdays: past → on or before publication, future → on or after; the publication day counts in both.
        { "Putin and Xi met in the Kremlin on Monday.", "Monday", "2023-03-20" },
        { "The court issued an arrest warrant on Friday.", "Friday", "2023-03-17" },
        { "He told the newspaper in an interview published on Tuesday.", "Tuesday", "2023-03-21" },
        { "More official talks are scheduled for Tuesday.", "Tuesday", "2023-03-21" },
        { "The ministers will meet on Thursday in Brussels.", "Thursday", "2023-03-23" },
        { "On Wednesday, the delegation is to travel to New York.", "Wednesday", "2023-03-22" },
        { "The team plans to meet Saturday.", "Saturday", "2023-03-25" },
        { "Rain fell on Sunday night across the region.", "Sunday", "2023-03-19" },
        { "The minister resigned last Friday.", "last Friday", "2023-03-17" },
        { "The minister resigned last Tuesday.", "last Tuesday", "2023-03-14" },
        { "The vote is next Friday.", "next Friday", "2023-03-24" },
        { "The vote is next Tuesday.", "next Tuesday", "2023-03-28" },
        { "The envoy arrives this Friday.", "this Friday", "2023-03-24" },

        // Deictic days, weeks, months and years.
        { "Yesterday the parliament voted against the bill.", "Yesterday", "2023-03-20" },
        { "The results are expected today.", "today", "2023-03-21" },
        { "The president will speak tomorrow.", "tomorrow", "2023-03-22" },
        { "The president will speak tonight.", "tonight", "2023-03-21" },
        { "Shops were looted last night.", "last night", "2023-03-20" },
        { "The index fell this morning.", "this morning", "2023-03-21" },
        { "The peace plan was unveiled last month.", "last month", "2023-02" },
        { "Russians would re-elect him next year.", "next year", "2024" },
        { "The economy shrank last year.", "last year", "2022" },
        { "Inflation peaked this year.", "this year", "2023" },
        { "The new law takes effect next month.", "next month", "2023-04" },
        { "Xi obtained a third term earlier this month.", "earlier this month", "2023-03" },
        { "A verdict is expected later this year.", "later this year", "2023" },
        { "Backlogs are to be cleared by year end.", "year end", "2023-12-31" },
        { "Guidelines are expected by the end of the year.", "the end of the year", "2023-12-31" },

        // Offsets from publication and from the last date named.
        { "The ceasefire collapsed two days ago.", "two days ago", "2023-03-19" },
        { "The agency proposed it two years ago.", "two years ago", "2021" },
        { "The plant was closed three months ago.", "three months ago", "2022-12" },
        { "The rebels attacked a week ago.", "a week ago", "2023-03-14" },
        { "\"[Five] years ago, a bridge was built.\"", "[Five] years ago", "2018" },
        { "The dam broke on March 2, 2023. A week later the river flooded the town.", "A week later", "2023-03-09" },
        { "The dam broke on March 2, 2023. Two days later the river flooded the town.", "Two days later", "2023-03-04" },
        { "The dam broke on March 2, 2023. The next day the river flooded the town.", "The next day", "2023-03-03" },
        { "The plant opened in 2008. A year later it closed.", "A year later", "2009" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Time_expressions_are_found_with_their_span_and_resolved_against_publication(string sentence, string span, string? value)
    {
        // Given an article published on Tuesday 21 March 2023

        // When the tagger reads the sentence
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then the expression has the expected span and value
        Assert.Equal(value, expression.Value);
    }

    public static TheoryData<string, string, TimeExpressionKind, string> Unvalued => new()
    {
        // Durations and sets are recognised but are no calendar date.
        { "They held informal talks for nearly 4-1/2 hours.", "4-1/2 hours", TimeExpressionKind.Duration, "PT4.5H" },
        { "Moscow has been promoting a visit for months.", "months", TimeExpressionKind.Duration, "PXM" },
        { "The siege lasted three weeks.", "three weeks", TimeExpressionKind.Duration, "P3W" },
        { "Prices have risen over the past two years.", "the past two years", TimeExpressionKind.Duration, "P2Y" },
        { "The committee meets every Monday.", "every Monday", TimeExpressionKind.Set, "XXXX-WXX-1" },
        { "The figures are published weekly.", "weekly", TimeExpressionKind.Set, "P1W" },
        { "The board meets twice a year.", "twice a year", TimeExpressionKind.Set, "P1Y" },
        { "The market opens at 3 p.m. local time.", "3 p.m.", TimeExpressionKind.Time, "T15:00" },
        { "Trading resumed at 10:30 GMT.", "10:30 GMT", TimeExpressionKind.Time, "T10:30" },

        // Seasons, quarters, weeks and decades: ISO dates have no place for them, TIMEX3 does.
        { "Growth slowed in the second quarter of 2022.", "the second quarter of 2022", TimeExpressionKind.Date, "2022-Q2" },
        { "Profits rose in Q1 2024.", "Q1 2024", TimeExpressionKind.Date, "2024-Q1" },
        { "The offensive is expected in summer 2023.", "summer 2023", TimeExpressionKind.Date, "2023-SU" },
        { "The talks failed last summer.", "last summer", TimeExpressionKind.Date, "2022-SU" },
        { "The envoy visited Kyiv last week.", "last week", TimeExpressionKind.Date, "2023-W11" },
        { "The economy boomed in the 1990s.", "the 1990s", TimeExpressionKind.Date, "199" },
        { "Such rules date from the 19th century.", "the 19th century", TimeExpressionKind.Date, "18" },
    };

    [Theory]
    [MemberData(nameof(Unvalued))]
    public void Durations_sets_seasons_and_weeks_have_no_article_value_but_keep_their_timex3(
        string sentence, string span, TimeExpressionKind kind, string timex3)
    {
        // Given an article published on Tuesday 21 March 2023

        // When the tagger reads the sentence
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then the expression is recognised with its kind and TIMEX3 value, and has no article value
        Assert.Equal(kind, expression.Kind);
        Assert.Equal(timex3, expression.Timex3);
        Assert.Null(expression.Value);
    }

    [Fact]
    public void Without_a_publication_date_only_absolute_dates_get_values()
    {
        // Given an article with no publication date
        const string text = "The treaty was signed on 21 March 2023. The ministers met on Monday and will meet again next month. The deal came in March.";

        // When the tagger reads it
        var found = Expressions(text, published: null);

        // Then the explicit date is resolved and the relative ones are recognised with a null value
        Assert.Equal("2023-03-21", found.Single(e => e.Text == "21 March 2023").Value);
        Assert.Null(found.Single(e => e.Text == "Monday").Value);
        Assert.Null(found.Single(e => e.Text == "next month").Value);
        Assert.Null(found.Single(e => e.Text == "March").Value);
        Assert.Equal("XXXX-WXX-1", found.Single(e => e.Text == "Monday").Timex3);
    }

    [Fact]
    public void A_number_that_counts_things_is_not_a_year()
    {
        // Given sentences with four-digit counts and one with a year
        const string text = "A survey of 1709 schoolchildren was run. Police sent 2000 troops and paid $1999 for it. It began in 1999.";

        // When the tagger reads them
        var found = Expressions(text, Tuesday21March2023);

        // Then only the year is an expression
        Assert.Equal(["1999"], found.Select(e => e.Text));
    }

    [Fact]
    public void May_the_modal_verb_and_a_name_like_April_Ryan_are_not_months()
    {
        // Given a sentence where month names are words or names
        const string text = "The talks may fail, April Ryan said. Theresa May resigned in May.";

        // When the tagger reads it
        var found = Expressions(text, Tuesday21March2023);

        // Then only "May" after "in" is a month
        var only = Assert.Single(found);
        Assert.Equal("May", only.Text);
        Assert.Equal("2022-05", only.Value);
    }

    [Fact]
    public void A_range_written_as_one_token_gives_two_years_with_their_own_offsets()
    {
        // Given a year range without spaces
        var document = Tag("Ozone pollution over 2000-2050 was modelled.", Tuesday21March2023);

        // When the expressions are read back
        var found = document.TimeExpressions;

        // Then each year is an expression of its own
        Assert.Equal(["2000", "2050"], found.Select(t => document.Text[t.Characters.Start..t.Characters.End]));
        Assert.Equal(["2000", "2050"], found.Select(t => t.Value));
    }

    [Fact]
    public void Expressions_are_in_text_order_with_their_token_ranges()
    {
        // Given a text with several expressions
        var document = Tag("Yesterday the envoy arrived. He leaves on Friday, March 24, 2023 after talks.", Tuesday21March2023);

        // When the expressions are read back
        var found = document.TimeExpressions;

        // Then they are in order, and their token ranges cover their characters exactly
        Assert.Equal(2, found.Count);
        Assert.True(found[0].Characters.Start < found[1].Characters.Start);
        foreach (var expression in found)
        {
            Assert.Equal(expression.Characters, document.CharRange(expression.Tokens));
        }

        Assert.Equal("2023-03-24", found[1].Value);
    }
}
