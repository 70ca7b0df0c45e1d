using Chronicle.Cleaning;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cleaning;

public sealed class TextCleanerTests
{
    private const string SeedHeadline = "Amid Russia-Ukraine War, Putin Meets 'Dear Friend' Jinping In Moscow; US Reacts";

    private readonly TextCleaner _cleaner = new();

    [Fact]
    public void The_seed_gets_its_headline_as_title_and_loses_the_advertisement_and_the_repeated_headline()
    {
        // Given the seed article as scraped (bundled in samples/)
        var raw = File.ReadAllText(SharedData.RepositoryPath("samples", "seed-putin-xi-moscow.txt"));

        // When it is cleaned
        var cleaned = _cleaner.Clean(raw, givenTitle: null);

        // Then the headline is the title and nowhere in the body, there is no ad marker, and the dateline is Moscow
        Assert.Equal(SeedHeadline, cleaned.Title);
        Assert.DoesNotContain(SeedHeadline, cleaned.Body);
        Assert.DoesNotContain("Advertisement", cleaned.Body);
        Assert.StartsWith("Russian President Vladimir Putin", cleaned.Body);
        Assert.Contains("\n\nMoscow: Vladimir Putin and his", cleaned.Body);
        Assert.Equal("Moscow", cleaned.Dateline);
        Assert.Equal(17, cleaned.Paragraphs.Count);
    }

    [Fact]
    public void Paragraph_ranges_index_the_body_and_are_separated_by_blank_lines()
    {
        // Given text with messy spacing and blank lines
        const string raw = "Headline of the day\r\n\r\n  First   paragraph\u00A0here.  \n\n\n Second\tparagraph\u200B. \n";

        // When it is cleaned
        var cleaned = _cleaner.Clean(raw, givenTitle: null);

        // Then whitespace is collapsed, invisible characters are gone, and the ranges cover exactly the paragraphs
        Assert.Equal("First paragraph here.\n\nSecond paragraph.", cleaned.Body);
        Assert.Equal(["First paragraph here.", "Second paragraph."], cleaned.Paragraphs.Select(p => cleaned.Body[p.Start..p.End]));
    }

    [Fact]
    public void A_headline_repeated_anywhere_is_dropped_even_with_other_quotes_and_case()
    {
        // Given a given title repeated later in the text with curly quotes and other case
        const string raw = "The lead paragraph says what happened.\n\nMINISTER SAYS \u2018NO DEAL\u2019 ON BUDGET\n\nThe last paragraph.";

        // When it is cleaned
        var cleaned = _cleaner.Clean(raw, givenTitle: "Minister says 'no deal' on budget");

        // Then the repeat is gone and a note says so
        Assert.Equal("The lead paragraph says what happened.\n\nThe last paragraph.", cleaned.Body);
        Assert.Contains(cleaned.Notes, n => n.Contains("repeated", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_paragraph_is_all_body_and_never_a_title()
    {
        // Given one short line and nothing else
        var cleaned = _cleaner.Clean("Markets rose on Monday", givenTitle: null);

        // Then it stays the body
        Assert.Null(cleaned.Title);
        Assert.Equal("Markets rose on Monday", cleaned.Body);
    }

    [Fact]
    public void A_first_line_ending_like_a_sentence_is_not_taken_for_a_headline()
    {
        // Given a text whose first line is a sentence
        var cleaned = _cleaner.Clean("The minister resigned on Friday.\n\nShe gave no reason.", givenTitle: null);

        // Then there is no title and both lines are body
        Assert.Null(cleaned.Title);
        Assert.Equal(2, cleaned.Paragraphs.Count);
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_their_paragraph()
    {
        // Given a paragraph wrapped at a fixed width
        const string raw = "The central bank raised rates by a quarter point\non Thursday, its third increase this year, and said\nmore were likely.\n\nMarkets fell.";

        // When it is cleaned
        var cleaned = _cleaner.Clean(raw, givenTitle: "Rates rise");

        // Then the wrapped lines are one paragraph
        Assert.Equal(2, cleaned.Paragraphs.Count);
        Assert.StartsWith("The central bank raised rates by a quarter point on Thursday, its third increase this year, and said more were likely.", cleaned.Body);
    }

    [Theory]
    [InlineData("Moscow: Vladimir Putin and Xi Jinping met.", "Moscow")]
    [InlineData("SALVADOR, Feb 26 - Showers continued throughout the week.", "Salvador")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "Washington")]
    [InlineData("LONDON, March 3 (Reuters) - Shares fell.", "London")]
    [InlineData("NEW YORK — Stocks rose.", "New York")]
    [InlineData("Kyiv, Ukraine — Air raid sirens sounded.", "Kyiv")]
    [InlineData("New Delhi: The government announced a plan.", "New Delhi")]
    public void A_dateline_is_kept_in_the_text_and_its_place_recorded(string paragraph, string place)
    {
        // When a text opening with a dateline is cleaned
        var cleaned = _cleaner.Clean(paragraph, givenTitle: "Title");

        // Then the place is recorded and the text is unchanged
        Assert.Equal(place, cleaned.Dateline);
        Assert.Equal(paragraph, cleaned.Body);
    }

    [Theory]
    [InlineData("President Joe Biden — who had said little — spoke on Monday.")]
    [InlineData("Note: this story has been updated.")]
    [InlineData("Russian President Vladimir Putin said on Monday that talks would go on.")]
    [InlineData("Kyiv, which says the war cannot end until Russia withdraws, welcomed the plan.")]
    [InlineData("Hodgson - now in charge at Viking Stavanger - was at the match on Tuesday.")]
    [InlineData("Result: Nadal 6-7 6-2 7-6 6-2 Roddick")]
    public void Openings_that_only_look_like_datelines_record_no_place(string paragraph)
    {
        Assert.Null(_cleaner.Clean(paragraph, givenTitle: "Title").Dateline);
    }

    [Fact]
    public void A_later_paragraph_needs_a_clear_dateline_to_give_a_place()
    {
        // Given a lead, then a paragraph opening with a name and a parenthetical dash
        const string raw = "Former Blackburn boss Roy Hodgson says there should be a winter break.\n\nHodgson — now in charge at Viking — was at Anfield on Tuesday.";

        // Then no dateline is recorded, while a colon dateline in the same place is
        Assert.Null(_cleaner.Clean(raw, givenTitle: "Title").Dateline);
        Assert.Equal("Moscow", _cleaner.Clean("A lead paragraph without a dateline.\n\nMoscow: Talks went on.", givenTitle: "Title").Dateline);
    }
}
