using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>Where a yearless date takes its year from: a following "last year", a range's year, a plan told in the past, or the paragraph.</summary>
public sealed class TemporalTaggerYearContextTests
{
    public static TheoryData<string, string, string?> Dates => new()
    {
        // A deictic year after the date gives its year; the date keeps its own extent.
        { "The factory closed in August last year after a fire.", "August", "2022-08" },
        { "Ministers met on March 20 last year in Nicosia.", "March 20", "2022-03-20" },
        { "Students marched on September 20 of this year.", "September 20", "2023-09-20" },
        { "The exhibition runs through June 14 this year.", "June 14", "2023-06-14" },

        // A range's year belongs to both ends.
        { "Households used electricity from March to August 2011 in the survey.", "March", "2011-03" },

        // A plan told in the past is read as the nearest date, not pushed a year ahead.
        { "The emergency was expected to end on January 15, but it was lifted early.", "January 15", "2023-01-15" },
        { "The storm was expected to reach the coast late Monday night.", "Monday", "2023-03-20" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Yearless_dates_take_the_year_their_context_gives(string sentence, string span, string? value)
    {
        // Given an article published on Tuesday 21 March 2023

        // When the tagger reads the sentence
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then the expression has the expected value
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void Yearless_months_listed_in_one_sentence_run_forward()
    {
        // Given a schedule of months in one sentence, in an article of 9 October 2013, with no tense near the last ones
        const string text = "I am going to Vegas next month, then Rome in December, Oslo in January, Lima in February, Cairo in March, and Perth in April.";

        // When the tagger reads it
        var found = Expressions(text, new DateOnly(2013, 10, 9));

        // Then April follows March 2014 instead of falling back to April 2013
        Assert.Contains(("March", (string?)"2014-03"), found.Select(e => (e.Text, e.Value)));
        Assert.Contains(("April", (string?)"2014-04"), found.Select(e => (e.Text, e.Value)));
    }

    [Fact]
    public void Yearless_months_in_a_past_sentence_keep_their_own_years()
    {
        // Given months listed in a past clause, in an article of 9 October 2013
        const string text = "He toured Rome in September and visited Oslo in April.";

        // When the tagger reads it
        var found = Expressions(text, new DateOnly(2013, 10, 9));

        // Then April is the April before publication
        Assert.Contains(("April", (string?)"2013-04"), found.Select(e => (e.Text, e.Value)));
    }

    [Fact]
    public void The_year_of_a_law_does_not_date_a_later_month_of_its_paragraph()
    {
        // Given a paragraph that names a law by its year and then tells of last month's ruling
        const string text = "The case turned on the 1965 Voting Rights Act. In late February, the court ruled against the state.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "late February");

        // Then the month is this story's February
        Assert.Equal("2023-02", expression.Value);
    }

    [Fact]
    public void The_year_of_an_event_still_dates_a_later_month_of_its_paragraph()
    {
        // Given a paragraph about the 2016 primaries and a yearless month in the past
        const string text = "Sanders fought the 2016 Democratic primaries hard. He stayed in the race until June.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "June");

        // Then the month belongs to 2016
        Assert.Equal("2016-06", expression.Value);
    }

    [Fact]
    public void A_yearless_day_close_to_publication_keeps_the_publication_year_despite_an_older_year_in_the_paragraph()
    {
        // Given a paragraph that mentions an old founding year and a day a week before publication
        const string text = "The convention was launched in 1997. It ran over three days, from March 14 to 16.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "March 14");

        // Then the day is in the publication year
        Assert.Equal("2023-03-14", expression.Value);
    }

    [Fact]
    public void A_holiday_that_starts_a_place_name_is_not_a_date()
    {
        // Given "Easter Island" and "Christmas Island"
        const string text = "The statues of Easter Island were studied. Flights to Christmas Island resumed.";

        // When the tagger reads it
        var found = Expressions(text, Tuesday21March2023);

        // Then no holiday is reported
        Assert.Empty(found);
    }
}
