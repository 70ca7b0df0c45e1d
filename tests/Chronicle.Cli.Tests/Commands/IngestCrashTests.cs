using System.Diagnostics;
using Chronicle.Cli.Tests.Support;
using Chronicle.Output;
using Chronicle.Store;
using Chronicle.Store.Queries;
using Chronicle.Store.Synthetic;

namespace Chronicle.Cli.Tests.Commands;

public sealed class IngestCrashTests
{
    private const int ArticleCount = 3000;

    [Theory]
    [MemberData(nameof(StoreSandbox.Backends), MemberType = typeof(StoreSandbox))]
    public async Task An_ingest_killed_mid_batch_and_rerun_stores_every_article_exactly_once(string backend)
    {
        // Given a large batch of article records and a store created beforehand
        using var sandbox = new StoreSandbox(backend);
        var templates = File.ReadLines(StoreSandbox.Fixture("wire-stories.jsonl")).Select(ArticleJson.Parse).ToList();
        var articles = new SyntheticCorpus(templates, templatesPerArticle: 2).Generate(ArticleCount, seed: 7).ToList();
        var expectedEvents = articles.ToDictionary(a => a.Id, a => a.Events.Count);
        var input = sandbox.File("batch.jsonl");
        await File.WriteAllLinesAsync(input, articles.Select(ArticleJson.ToJsonLine), TestContext.Current.CancellationToken);
        using var store = ArticleStores.Open(sandbox.Database);

        // When a child `chronicle ingest` is killed with SIGKILL once its first batches are committed
        var killedAt = await KillWhileIngesting(input, sandbox.Database, store);

        // Then it had not finished, and what it left holds whole articles only
        Assert.InRange(killedAt, 1, ArticleCount - 1);
        var counts = store.Counts();
        Assert.True(counts.Articles < ArticleCount, $"the child stored all {ArticleCount} articles before it was killed (it had {killedAt} when the kill was sent)");
        AssertWholeArticles(store, expectedEvents, counts);

        // When the same ingest is run again to the end
        var rerun = await CliRunner.RunAsync("ingest", input, "--db", sandbox.Database, "--batch-size", "500");

        // Then every article is stored exactly once, with all its events, each in a story
        Assert.Equal(0, rerun.ExitCode);
        var final = store.Counts();
        Assert.Equal(ArticleCount, final.Articles);
        Assert.Equal(expectedEvents.Values.Sum(), final.Events);
        Assert.Equal(ArticleCount, store.Articles().Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        AssertWholeArticles(store, expectedEvents, final);
        Assert.DoesNotContain(store.Events(new EventFilter { Limit = int.MaxValue }), e => e.StoryId is null);
    }

    private static async Task<long> KillWhileIngesting(string input, string database, IArticleStore store)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Chronicle.Cli.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { cli, "ingest", input, "--db", database, "--batch-size", "50" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the chronicle child process");
        var stopwatch = Stopwatch.StartNew();
        long stored = 0;
        while (stored == 0 && !child.HasExited && stopwatch.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(15, TestContext.Current.CancellationToken);
            stored = store.Counts().Articles;
        }

        if (child.HasExited)
        {
            var error = await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            Assert.Fail($"the child exited (code {child.ExitCode}) before it could be killed: {error}");
        }

        // Process.Kill sends SIGKILL on Unix: no handler, no flush, no rollback by the child.
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        return stored;
    }

    private static void AssertWholeArticles(IArticleStore store, Dictionary<string, int> expectedEvents, StoreCounts counts)
    {
        var stored = store.Events(new EventFilter { Limit = int.MaxValue })
            .GroupBy(e => e.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var ids = store.Articles().Select(a => a.Id).ToList();
        Assert.Equal(counts.Articles, ids.Count);
        Assert.All(ids, id => Assert.Equal(expectedEvents[id], stored.GetValueOrDefault(id)));
        Assert.Equal(ids.Sum(id => expectedEvents[id]), counts.Events);
    }
}
