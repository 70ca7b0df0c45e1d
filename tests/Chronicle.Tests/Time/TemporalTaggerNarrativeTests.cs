using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>Holidays, narrative dating, anaphora and the less common written forms.</summary>
public sealed class TemporalTaggerNarrativeTests
{
    public static TheoryData<string, string, string?> Dates => new()
    {
        // Holidays, fixed and movable.
        { "The shops were closed on Christmas Day.", "Christmas Day", "2022-12-25" },
        { "Fireworks lit the sky on New Year's Eve.", "New Year's Eve", "2022-12-31" },
        { "The pope will celebrate Easter in Rome.", "Easter", "2023-04-09" },
        { "The attack happened on Good Friday 2019.", "Good Friday 2019", "2019-04-19" },
        { "Families gathered for Thanksgiving 2022.", "Thanksgiving 2022", "2022-11-24" },

        // Narrative dating and anaphora: a written year dates the yearless dates after it in its paragraph.
        { "In 1831 Galois was arrested. He was released on July 14.", "July 14", "1831-07-14" },
        { "The war began in 1914. That year, millions were drafted.", "That year", "1914" },
        { "The flood came on 3 May 2010. That night the dam held.", "That night", "2010-05-03" },
        { "The ship sank in 1912. Three years later the inquiry closed.", "Three years later", "1915" },

        // Written forms.
        { "She graduated with the class of '71 in Ohio.", "'71", "1971" },
        { "He wrote the trio in 1890 \u2013 91 in Prague.", "91", "1891" },
        { "The form is dated 9-May-2006 by the clerk.", "9-May-2006", "2006-05-09" },
        { "Celebrations were held on the fifth of January.", "fifth of January", "2023-01-05" },
        { "Targets are set for the year 2030.", "the year 2030", "2030" },
        { "A 2011 study by the United Nations found waste.", "2011", "2011" },
        { "He was born circa 347 in Stridon.", "347", "0347" },
        { "The city was captured in 866 AD by the Vikings.", "866 AD", "0866" },
        { "The settlement dates from (1704 \u2013 1787) records.", "1704", "1704" },
        { "The board met on Tues. and voted.", "Tues.", "2023-03-21" },
        { "Louis XV reigned 1715 - 1774 in France.", "1715", "1715" },
        { "In his 1796 essay Paine argued for a dividend.", "1796", "1796" },
        { "The mine opened in 2008. The first strike came three years prior.", "three years prior", "2005" },
        { "The board met last Thurs. in Boston.", "last Thurs.", "2023-03-16" },

        // Anaphoric parts of days and intensified anaphora count from the story's last date.
        { "He was shot on 30 May 2010. He died the following morning.", "the following morning", "2010-05-31" },
        { "The plant closed in 1982. But the very next year, a rival reopened it.", "the very next year", "1983" },
        { "The rebels took the town on 4 June 2012. The previous night, shelling began.", "The previous night", "2012-06-03" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Holidays_narratives_and_rarer_forms_are_resolved(string sentence, string span, string? value)
    {
        // Given an article published on Tuesday 21 March 2023

        // When the tagger reads the sentence
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then the expression has the expected value
        Assert.Equal(value, expression.Value);
    }

    [Fact]
    public void A_written_year_in_another_paragraph_does_not_date_a_yearless_date()
    {
        // Given a year in one paragraph and a yearless date in the next
        const string text = "The company was founded in 1998.\n\nShares fell on March 14 after the report.";

        // When the tagger reads it
        var found = Expressions(text, Tuesday21March2023);

        // Then the yearless date belongs to the publication year
        Assert.Equal("2023-03-14", found.Single(e => e.Text == "March 14").Value);
    }

    [Fact]
    public void A_fraction_is_not_a_quarter_of_a_year()
    {
        // Given "a quarter of" as a fraction
        var found = Expressions("A quarter of the vote went to the opposition.", Tuesday21March2023);

        // When the tagger reads it, then there is no expression
        Assert.Empty(found);
    }
}
