using System.Text;
using System.Text.Json;
using Chronicle.Output;
using Chronicle.Store.Export;
using Chronicle.Store.Queries;
using Chronicle.Store.Tests.Support;
using Parquet.Serialization;

namespace Chronicle.Store.Tests.Export;

public sealed class ExportRoundTripTests
{
    [Fact]
    public async Task Gdelt_rows_have_61_columns_with_cameo_codes_and_story_counts()
    {
        // Given the stored fixture set
        using var test = Loaded();

        // When it is exported as GDELT and read back
        var lines = (await Export(test.Store, ExportFormat.Gdelt)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var columns = File.ReadLines(Fixtures.Path("gdelt2-columns.txt")).ToList();
        var rows = lines.Select(l => l.Split('\t')).Select(f => columns.Zip(f).ToDictionary(p => p.First, p => p.Second)).ToList();

        // Then there is one row per story, each of 61 fields, and the summit row carries its codes and counts
        Assert.Equal(6, rows.Count);
        Assert.All(lines, l => Assert.Equal(GdeltExporter.ColumnCount, l.Split('\t').Length));
        var summit = Assert.Single(rows, r => r["NumArticles"] == "4");
        Assert.Equal("20230320", summit["SQLDATE"]);
        Assert.Equal("043", summit["EventCode"]);
        Assert.Equal("04", summit["EventRootCode"]);
        Assert.Equal("1", summit["QuadClass"]);
        Assert.Equal("5", summit["NumMentions"]);
        Assert.Equal("3", summit["NumSources"]);
        Assert.Equal("apnews.com", summit["SOURCEURL"]);
        Assert.Equal("CHN", summit["Actor1CountryCode"]);
        Assert.Equal("GOV", summit["Actor1Type1Code"]);
        var strike = Assert.Single(rows, r => r["EventRootCode"] == "19");
        Assert.Equal("4", strike["QuadClass"]);
        Assert.Equal("-10.0", strike["GoldsteinScale"]);
        Assert.Equal("Kyiv", strike["ActionGeo_FullName"]);
    }

    [Fact]
    public async Task Plover_records_use_the_manuals_field_names()
    {
        using var test = Loaded();

        // When the stories are exported as PLOVER JSON lines
        var lines = (await Export(test.Store, ExportFormat.Plover)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        // Then each record has the required PLOVER fields and the summit lists every evidence sentence
        Assert.Equal(6, records.Count);
        Assert.All(records, r =>
        {
            Assert.StartsWith("chronicle-", r.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Array, r.GetProperty("actor").ValueKind);
            Assert.Equal(JsonValueKind.Array, r.GetProperty("event").ValueKind);
        });
        var summit = Assert.Single(records, r => r.GetProperty("num_articles").GetInt32() == 4);
        Assert.Equal("2023-03-20", summit.GetProperty("date").GetString());
        Assert.Equal("CONSULT", summit.GetProperty("event")[0].GetString());
        Assert.Equal("CHN", summit.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("GOV", summit.GetProperty("actor")[0].GetProperty("sector").GetString());
        Assert.Equal("RUS", summit.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal(5, summit.GetProperty("event_text").GetArrayLength());
        Assert.Equal(1, summit.GetProperty("quad_code").GetInt32());
    }

    [Fact]
    public async Task Csv_rows_read_back_to_the_stored_events()
    {
        using var test = Loaded();
        var events = test.Store.Events(new EventFilter { Limit = 1000 });

        // When events are exported as CSV and parsed back
        var rows = CsvReader.Parse(await Export(test.Store, ExportFormat.Csv));

        // Then the header and every value survive, quotes and commas in evidence included
        Assert.Equal(EventRow.Columns, rows[0]);
        Assert.Equal(events.Count, rows.Count - 1);
        var byId = rows.Skip(1).ToDictionary(r => long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(events, e =>
        {
            var row = byId[e.Id];
            Assert.Equal(e.Evidence, row[16]);
            Assert.Equal(e.ArticleId, row[1]);
            Assert.Equal(e.Cameo ?? "", row[9]);
            Assert.Equal(e.Goldstein, double.Parse(row[10], System.Globalization.CultureInfo.InvariantCulture));
        });
        Assert.Contains(rows, r => r[16].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Jsonl_export_reads_back_as_the_same_article_records()
    {
        using var test = Loaded();

        // When articles are exported as JSONL and parsed back
        var lines = (await Export(test.Store, ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then they are the stored records
        Assert.Equal(
            Fixtures.WireStories().OrderBy(a => a.Id, StringComparer.Ordinal).Select(ArticleJson.ToJsonLine),
            lines.Select(ArticleJson.Parse).Select(ArticleJson.ToJsonLine));
    }

    [Fact]
    public async Task Parquet_rows_read_back_to_the_stored_events()
    {
        using var test = Loaded();
        var events = test.Store.Events(new EventFilter { Limit = 1000 });

        // When events are exported as Parquet and read back
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(test.Store, ExportFormat.Parquet, stream, cancellationToken: TestContext.Current.CancellationToken);
        stream.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<EventRow>(stream, cancellationToken: TestContext.Current.CancellationToken)).Data;

        // Then every event is there with its values
        Assert.Equal(events.Count, rows.Count);
        Assert.Equal(
            events.Select(e => $"{e.Id}|{e.ArticleId}|{e.EventType}|{e.Cameo}|{e.Goldstein}|{e.Date}|{e.Evidence}|{e.StoryId}").Order(StringComparer.Ordinal),
            rows.Select(r => $"{r.Id}|{r.ArticleId}|{r.Event}|{r.Cameo}|{r.Goldstein}|{r.Date}|{r.Evidence}|{r.StoryId}").Order(StringComparer.Ordinal));
    }

    private static TestStore Loaded()
    {
        var test = TestStore.Create("sqlite");
        test.Store.Store(Fixtures.WireStories(), TestContext.Current.CancellationToken);
        return test;
    }

    private static async Task<string> Export(IArticleStore store, ExportFormat format)
    {
        using var stream = new MemoryStream();
        await Exporter.WriteAsync(store, format, stream, cancellationToken: TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
