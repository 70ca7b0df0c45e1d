using System.Text.Json;

namespace Chronicle.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    [Fact]
    public async Task The_seed_article_comes_out_with_its_headline_as_title_and_no_boilerplate()
    {
        var seed = CliRunner.SharedPath("seeds", "putin-xi-moscow.txt");
        if (seed is null)
        {
            Assert.Skip("../shared is not beside the repository; the seed article is there.");
        }

        var result = await CliRunner.RunAsync("extract", seed!, "--published", "2023-03-21");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        const string headline = "Amid Russia-Ukraine War, Putin Meets 'Dear Friend' Jinping In Moscow; US Reacts";
        Assert.Equal(headline, root.GetProperty("title").GetString());
        Assert.Equal("2023-03-21", root.GetProperty("published").GetString());
        var body = root.GetProperty("body").GetString()!;
        Assert.DoesNotContain("Advertisement", body);
        Assert.DoesNotContain(headline, body);
        Assert.StartsWith("Russian President Vladimir Putin", body);
        Assert.Equal("Moscow", root.GetProperty("dateline").GetString());
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_naming_it()
    {
        var result = await CliRunner.RunAsync("extract", "/nonexistent/article.txt");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/nonexistent/article.txt", result.Error);
    }

    [Fact]
    public async Task A_malformed_date_is_refused()
    {
        var result = await CliRunner.RunWithInputAsync("Some text here.", "extract", "-", "--published", "21/03/2023");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Error);
    }
}
