using Chronicle.Documents;
using Chronicle.Time;
using static Chronicle.Tests.Time.TimexTestHelper;

namespace Chronicle.Tests.Time;

/// <summary>Impossible dates, absurd numbers and empty documents are read without exceptions.</summary>
public sealed class TemporalTaggerBadInputTests
{
    public static TheoryData<string, string> ImpossibleDates => new()
    {
        { "The contract was signed on 31 February 2023.", "31 February 2023" },
        { "The contract was signed on February 30, 2021.", "February 30, 2021" },
        { "The file is dated 0000-01-01.", "0000-01-01" },
        { "A date of 2/29/2023 is printed on it.", "2/29/2023" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleDates))]
    public void An_impossible_date_is_recognised_with_a_null_value(string sentence, string span)
    {
        // Given a sentence with a date that does not exist

        // When the tagger reads it
        var expression = Single(sentence, Tuesday21March2023, span);

        // Then it is an expression without a value
        Assert.Null(expression.Value);
    }

    [Theory]
    [InlineData("The code 13/45/2023 was printed on the box.")]
    [InlineData("Month 13 of year 0 is not a date.")]
    [InlineData("The ratio was 3/0/12 and 00/00/0000.")]
    [InlineData("It has 99999999999 parts and 99999999999 years ago 123456789012345678901234567890 days.")]
    [InlineData("The 99999999999th century began 1e308 hours later.")]
    public void Numbers_that_cannot_be_dates_are_not_given_dates(string sentence)
    {
        // Given a sentence with numbers that are no dates

        // When the tagger reads it
        var found = Expressions(sentence, Tuesday21March2023);

        // Then nothing gets a calendar value
        Assert.All(found, e => Assert.Null(e.Value));
    }

    [Fact]
    public void Offsets_past_the_end_of_the_calendar_have_no_value()
    {
        // Given an article published near the calendar's ends
        const string text = "The empire fell 9000 years ago. The star will die 9000 years from now. Two days later it rained.";

        // When the tagger reads it with a publication date in year 1 and in year 9999
        var early = Expressions(text, new DateOnly(1, 1, 1));
        var late = Expressions(text, new DateOnly(9999, 12, 31));

        // Then offsets that leave the calendar resolve to null, and the rest resolve
        Assert.Null(early.Single(e => e.Text == "9000 years ago").Value);
        Assert.Equal("9001", early.Single(e => e.Text == "9000 years from now").Value);
        Assert.Null(late.Single(e => e.Text == "9000 years from now").Value);
        Assert.Equal("0999", late.Single(e => e.Text == "9000 years ago").Value);
    }

    [Fact]
    public void An_empty_document_has_no_time_expressions()
    {
        // Given a document with no text, tokens or sentences
        var document = new Document("", new ArticleMetadata("empty", Published: Tuesday21March2023));

        // When the tagger runs
        new TemporalTagger().Process(document);

        // Then there are no expressions
        Assert.Empty(document.TimeExpressions);
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("the")]
    [InlineData("last")]
    [InlineData("March 31,")]
    [InlineData("4-1/2")]
    [InlineData("[")]
    [InlineData("every")]
    [InlineData("The end of")]
    [InlineData("- - - 2023 - - -")]
    public void Expressions_cut_off_at_the_end_of_the_text_are_read_without_errors(string text)
    {
        // Given a text that stops in the middle of an expression

        // When the tagger reads it, with and without a publication date
        var withDate = Expressions(text, Tuesday21March2023);
        var withoutDate = Expressions(text, published: null);

        // Then it finishes, and whatever it found lies inside the text
        Assert.All(withDate.Concat(withoutDate), e => Assert.Contains(e.Text, text, StringComparison.Ordinal));
    }
}
