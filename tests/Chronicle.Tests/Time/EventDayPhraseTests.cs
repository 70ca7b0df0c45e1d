using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>Days named by their event ("the opening night", "day three of the summit") take the date a story gives them in apposition.</summary>
public sealed class EventDayPhraseTests
{
    [Fact]
    public void An_event_day_after_a_dated_weekday_takes_its_date()
    {
        // Given an event day in apposition after a weekday and its part of day
        const string text = "Crowds filled the hall on Friday evening, the opening night, and cheered.";

        // When the tagger reads it in an article of Tuesday 21 March 2023
        var expression = Single(text, Tuesday21March2023, "opening night");

        // Then the event day is that Friday
        Assert.Equal("2023-03-17", expression.Value);
    }

    [Fact]
    public void An_event_day_before_its_date_takes_the_date_and_later_mentions_share_it()
    {
        // Given an event day dated by the apposition after it, and mentioned again in a later paragraph
        const string text = "Closing night, March 4, 2023, of the festival drew a record crowd.\n\nMany guests stayed late on the festival's closing night.";

        // When the tagger reads it
        var found = Expressions(text, Tuesday21March2023).Where(e => e.Text.Equals("closing night", StringComparison.OrdinalIgnoreCase)).ToList();

        // Then both mentions carry the date of the apposition
        Assert.Equal(2, found.Count);
        Assert.All(found, e => Assert.Equal("2023-03-04", e.Value));
    }

    [Fact]
    public void A_numbered_day_with_its_of_phrase_takes_the_date_it_stands_beside()
    {
        // Given "Yesterday, day three of the summit, ..." in an article of Tuesday 21 March 2023
        const string text = "Yesterday, day three of the Geneva climate summit, delegates agreed on a text.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "day three of the Geneva climate summit");

        // Then the numbered day is yesterday
        Assert.Equal("2023-03-20", expression.Value);
    }

    [Fact]
    public void An_event_day_no_apposition_dates_is_not_an_expression()
    {
        // Given an event day with no date beside it anywhere in the story
        const string text = "The opening night was sold out. Critics praised the final day of the run.";

        // When the tagger reads it
        var found = Expressions(text, Tuesday21March2023);

        // Then neither phrase is reported
        Assert.DoesNotContain(found, e => e.Text.Contains("night", StringComparison.Ordinal) || e.Text.Contains("day", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_weekday_after_a_story_date_is_marked_on_the_weekday_alone()
    {
        // Given "the next Tuesday" after a Saturday the story named, in an article of Monday 5 March 2007
        const string text = "She visited the fair on Saturday. She came home the next Tuesday and it was quiet.";

        // When the tagger reads it
        var found = Expressions(text, new DateOnly(2007, 3, 5));

        // Then the weekday alone is marked, counted from that Saturday
        Assert.Contains(("Tuesday", (string?)"2007-03-06"), found.Select(e => (e.Text, e.Value)));
        Assert.DoesNotContain(found, e => e.Text.Contains("next", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Nine_eleven_is_the_day_of_the_2001_attacks()
    {
        // Given "9/11" in an article written years later
        const string text = "The memorial honours those who died on 9/11 in New York.";

        // When the tagger reads it
        var expression = Single(text, Tuesday21March2023, "9/11");

        // Then it is 11 September 2001, not a day of the publication year
        Assert.Equal("2001-09-11", expression.Value);
    }
}
