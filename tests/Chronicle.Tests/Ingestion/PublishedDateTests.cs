using Chronicle.Ingestion;

namespace Chronicle.Tests.Ingestion;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2023-03-21", "2023-03-21")]
    [InlineData("2023-03-21T23:30:00-05:00", "2023-03-21")]
    [InlineData("2023-03-21 08:00:00", "2023-03-21")]
    [InlineData("20230321", "2023-03-21")]
    [InlineData("2023/03/21", "2023-03-21")]
    [InlineData("Tue, 21 Mar 2023 10:00:00 GMT", "2023-03-21")]
    [InlineData("March 21, 2023", "2023-03-21")]
    public void Dates_found_in_records_and_pages_are_read(string value, string expected)
    {
        // When the value is parsed
        var parsed = PublishedDate.TryParse(value, out var date);

        // Then it is the date the outlet wrote (a timestamp's local date, not moved to UTC)
        Assert.True(parsed);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("next week")]
    [InlineData("2023-13-45")]
    public void What_is_not_a_date_is_refused(string value)
    {
        Assert.False(PublishedDate.TryParse(value, out _));
    }
}
