using System.Text.Json;
using Chronicle.Cli.Tests.Support;

namespace Chronicle.Cli.Tests.Commands;

public sealed class QueryCommandTests
{
    [Fact]
    public async Task Stories_come_out_as_json_with_their_counts()
    {
        // Given the hand-written wire stories ingested
        using var sandbox = await Loaded();

        // When the asserted meetings are asked for as JSON
        var result = await CliRunner.RunAsync("query", "stories", "--db", sandbox.Database, "--type", "CONSULT", "--modality", "asserted", "--format", "json");

        // Then the summit and the later meeting come out, the summit with 4 articles from 3 sources
        Assert.Equal(0, result.ExitCode);
        var stories = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, stories.Count);
        var summit = Assert.Single(stories, s => s.GetProperty("articles").GetInt32() == 4);
        Assert.Equal(3, summit.GetProperty("sources").GetInt32());
        Assert.Equal("043", summit.GetProperty("cameo").GetString());
    }

    [Fact]
    public async Task A_storys_evidence_lists_every_report_with_its_sentence()
    {
        // Given the summit story's id
        using var sandbox = await Loaded();
        var stories = await CliRunner.RunAsync("query", "stories", "--db", sandbox.Database, "--type", "CONSULT", "--to", "2023-03-22", "--modality", "asserted", "--format", "json");
        var id = JsonDocument.Parse(stories.Output).RootElement[0].GetProperty("id").GetInt64();

        // When its evidence is asked for
        var result = await CliRunner.RunAsync("query", "evidence", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", sandbox.Database, "--format", "json");

        // Then the five reports come out, each with its article and sentence
        Assert.Equal(0, result.ExitCode);
        var reports = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, reports.Count);
        Assert.Contains(reports, r => r.GetProperty("evidence").GetString() == "The leaders met for more than four hours, and met again over dinner.");
    }

    [Fact]
    public async Task Events_come_out_as_csv_filtered_by_country_and_place()
    {
        using var sandbox = await Loaded();

        // When Russian events in Kyiv are asked for as CSV
        var result = await CliRunner.RunAsync("query", "events", "--db", sandbox.Database, "--source", "RUS", "--place", "Kyiv", "--format", "csv");

        // Then a header and the two reports of the strike come out
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("date,source,source_name,event,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("ASSAULT", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quotes_actors_dyads_and_search_answer_as_tables()
    {
        using var sandbox = await Loaded();

        // When each of the other queries is asked for as a table
        var quotes = await CliRunner.RunAsync("query", "quotes", "--db", sandbox.Database, "--speaker", "Blinken");
        var actors = await CliRunner.RunAsync("query", "actors", "--db", sandbox.Database, "--limit", "2");
        var dyads = await CliRunner.RunAsync("query", "dyads", "RUS", "CHN", "--db", sandbox.Database, "--by", "week");
        var search = await CliRunner.RunAsync("query", "search", "dinner", "--db", sandbox.Database);

        // Then each draws its rows on the console
        Assert.All(new[] { quotes, actors, dyads, search }, r => Assert.Equal(0, r.ExitCode));
        Assert.Contains("should not be fooled", quotes.Error, StringComparison.Ordinal);
        Assert.Contains("CHNGOV", actors.Error, StringComparison.Ordinal);
        Assert.Contains("2023-03-20", dyads.Error, StringComparison.Ordinal);
        Assert.Contains("[dinner]", search.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        using var sandbox = await Loaded();

        var result = await CliRunner.RunAsync("query", "events", "--db", sandbox.Database, "--format", "xml");

        Assert.NotEqual(0, result.ExitCode);
    }

    private static async Task<StoreSandbox> Loaded()
    {
        var sandbox = new StoreSandbox();
        var ingest = await CliRunner.RunAsync("ingest", StoreSandbox.Fixture("wire-stories.jsonl"), "--db", sandbox.Database);
        Assert.Equal(0, ingest.ExitCode);
        return sandbox;
    }
}
