using System.Text.Json;
using Chronicle.Cleaning;
using Chronicle.Ingestion;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;
using Chronicle.Training.Extraction;

namespace Chronicle.Tests.Ingestion;

/// <summary>
/// Our own HTML pages shaped like news sites (plain article, live blog, gallery, paywall teaser, AMP, JSON-LD-only
/// dates, broken markup), each with its expected body, title and date, in Fixtures/html.
/// </summary>
public sealed class HtmlFixtureTests(ITestOutputHelper output)
{
    private static readonly ArticleAnalyzer s_analyzer = new(new PipelineBuilder().Build(), new TextCleaner());

    public static TheoryData<string> Pages => [.. FixtureNames()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_gives_its_title_date_and_dateline(string page)
    {
        // Given a fixture page and what it should give
        var expected = Expected()[page];

        // When it is read as an article
        var document = s_analyzer.Prepare(Input(page));

        // Then title, date and dateline are those of the page
        Assert.Equal(expected.GetProperty("title").GetString(), document.Metadata.Title);
        Assert.Equal(expected.GetProperty("published").GetString(), document.Metadata.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(expected.GetProperty("dateline").GetString(), document.Metadata.Dateline);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Each_page_keeps_its_article_paragraphs_and_drops_the_furniture(string page)
    {
        // Given a fixture page
        var expectedBody = File.ReadAllText(FixturePath(Path.ChangeExtension(page, ".txt"))).Trim().ReplaceLineEndings("\n");

        // When it is read as an article
        var document = s_analyzer.Prepare(Input(page));

        // Then every expected paragraph is in the body, and the body has no boilerplate line left
        foreach (var paragraph in expectedBody.Split("\n\n"))
        {
            Assert.Contains(paragraph, document.Text);
        }

        foreach (var paragraph in document.Paragraphs)
        {
            Assert.False(Boilerplate.IsBoilerplate(document.Text[paragraph.Start..paragraph.End]), $"boilerplate left in {page}: {document.Text[paragraph.Start..paragraph.End]}");
        }

        Assert.DoesNotContain("Advertisement", document.Text);
        Assert.DoesNotContain("Photo:", document.Text);
        Assert.DoesNotContain("newsletter", document.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Body_shingle_F1_over_the_fixture_pages_stays_at_its_measured_level()
    {
        // Given every fixture page with its expected body
        var scores = new List<ShingleScore>();
        foreach (var page in FixtureNames())
        {
            var expectedBody = File.ReadAllText(FixturePath(Path.ChangeExtension(page, ".txt")));

            // When each is read
            var body = s_analyzer.Prepare(Input(page)).Text;
            var score = BodyOverlap.Score(expectedBody, body);
            output.WriteLine($"{page}: precision {score.Precision:F3}, recall {score.Recall:F3}");
            scores.Add(score);
        }

        // Then precision and recall averaged per page give an F1 no lower than measured when this test was written
        var (precision, recall, f1) = BodyOverlap.Average(scores);
        output.WriteLine($"pages {scores.Count}: precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}");
        Assert.Equal(9, scores.Count);
        Assert.True(f1 >= 0.99, $"body F1 {f1:F3} fell below 0.99");
    }

    private static ArticleInput Input(string page) =>
        new(page, Source: page, Html: File.ReadAllText(FixturePath(page)));

    private static string FixturePath(string name) => SharedData.RepositoryPath("tests", "Chronicle.Tests", "Fixtures", "html", name);

    private static IEnumerable<string> FixtureNames() =>
        Directory.EnumerateFiles(SharedData.RepositoryPath("tests", "Chronicle.Tests", "Fixtures", "html"), "*.html")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    private static Dictionary<string, JsonElement> Expected()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FixturePath("expected.json")));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
