using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Pipeline;
using Chronicle.Segmentation;
using Chronicle.Tests.Support;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The founding article (Tuesday 21 March 2023): the dates the project was started for.</summary>
public sealed class SeedArticleTimeTests
{
    private static readonly DateOnly s_published = new(2023, 3, 21);

    private static IReadOnlyList<(string Text, string? Value, string Context)> ReadSeed()
    {
        // Cleaned as the analyzer cleans it, then segmented and tagged: no trained model is involved.
        var raw = File.ReadAllText(SharedData.SharedPath("seeds", "putin-xi-moscow.txt"));
        var cleaned = new TextCleaner().Clean(raw, givenTitle: null);
        var document = new Document(cleaned.Body, new ArticleMetadata("seed", Published: s_published), cleaned.Paragraphs);
        new Segmenter().Process(document);
        new TemporalTagger().Process(document);
        return [.. document.TimeExpressions.Select(t =>
        {
            var sentence = document.Sentences[document.SentenceIndexOf(t.Tokens.Start)];
            return (document.Text[t.Characters.Start..t.Characters.End], t.Value, document.TextOf(document.CharRange(sentence.Tokens)).ToString());
        })];
    }

    [Fact]
    public void Met_in_the_Kremlin_on_Monday_is_20_March()
    {
        // Given the seed article published on Tuesday 21 March 2023
        // When the standard pipeline reads it
        var dates = ReadSeed();

        // Then every "Monday" (the meeting) is the day before publication
        var mondays = dates.Where(d => d.Text == "Monday").ToList();
        Assert.NotEmpty(mondays);
        Assert.All(mondays, d => Assert.Equal("2023-03-20", d.Value));
    }

    [Fact]
    public void Talks_scheduled_for_Tuesday_and_the_interview_published_on_Tuesday_are_21_March()
    {
        // Given the seed article published on Tuesday 21 March 2023
        // When the standard pipeline reads it
        var dates = ReadSeed();

        // Then "Tuesday" is the publication day, in the future clause and in the past one
        Assert.Equal("2023-03-21", dates.Single(d => d.Text == "Tuesday" && d.Context.Contains("scheduled for Tuesday", StringComparison.Ordinal)).Value);
        Assert.Equal("2023-03-21", dates.Single(d => d.Text == "Tuesday" && d.Context.Contains("published on Tuesday", StringComparison.Ordinal)).Value);
        Assert.All(dates.Where(d => d.Text == "Tuesday"), d => Assert.Equal("2023-03-21", d.Value));
    }

    [Fact]
    public void The_arrest_warrant_on_Friday_is_17_March()
    {
        // Given the seed article published on Tuesday 21 March 2023
        // When the standard pipeline reads it
        var dates = ReadSeed();

        // Then the ICC's warrant "on Friday" is the Friday before publication
        Assert.Equal("2023-03-17", dates.Single(d => d.Text == "Friday").Value);
    }

    [Fact]
    public void Last_month_is_February_and_next_year_is_2024()
    {
        // Given the seed article published on Tuesday 21 March 2023
        // When the standard pipeline reads it
        var dates = ReadSeed();

        // Then the relative months and years resolve against publication
        Assert.Equal("2023-02", dates.Single(d => d.Text == "last month").Value);
        Assert.Equal("2024", dates.Single(d => d.Text == "next year").Value);
        Assert.Equal("2023-03", dates.Single(d => d.Text == "earlier this month").Value);
    }

    [Fact]
    public void Four_and_a_half_hours_and_for_months_are_durations_without_dates()
    {
        // Given the seed article published on Tuesday 21 March 2023
        // When the standard pipeline reads it
        var dates = ReadSeed();

        // Then the durations are there with no value
        Assert.Null(dates.Single(d => d.Text == "4-1/2 hours").Value);
        Assert.Null(dates.Single(d => d.Text == "months").Value);
    }

    [Fact]
    public void The_standard_pipeline_assigns_time_expressions_after_segmentation()
    {
        // Given the standard analyzer and a short dated article
        var analyzer = StandardPipeline.CreateAnalyzer();

        // When it reads the article
        var document = analyzer.Read(new ArticleInput("inline", Published: s_published, Text: "Putin and Xi met in the Kremlin on Monday."));

        // Then the time layer is there, resolved against publication
        Assert.Contains(analyzer.Pipeline.Pipes, p => p is TemporalTagger);
        Assert.Equal("2023-03-20", Assert.Single(document.TimeExpressions).Value);
    }
}
