using BenchmarkDotNet.Attributes;
using Chronicle.Output;
using Chronicle.Store;

namespace Chronicle.Benchmarks;

/// <summary>
/// Store speed without NLP: article records with 20,000 events in all written into a fresh SQLite store in
/// batches of 500 articles (one transaction each, stories updated). Events per second = 20,000 / Mean.
/// </summary>
[MemoryDiagnoser]
public class StoreWriteBenchmarks
{
    public const int Events = 20_000;

    private List<Article> _articles = [];
    private string _folder = "";
    private IArticleStore? _store;

    [GlobalSetup]
    public void Setup() => _articles = StoreCorpus.WithEvents(Events, seed: 2);

    [IterationSetup]
    public void CreateStore()
    {
        _folder = Directory.CreateTempSubdirectory("chronicle-bench-write-").FullName;
        _store = ArticleStores.Open(Path.Combine(_folder, "write.db"));
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    [InvocationCount(1)]
    public int Write20000EventsToSqlite()
    {
        var events = 0;
        foreach (var batch in _articles.Chunk(500))
        {
            events += _store!.Store(batch).Events;
        }

        return events;
    }
}
