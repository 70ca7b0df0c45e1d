using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Chronicle.Store;
using Chronicle.Store.Queries;

namespace Chronicle.Benchmarks;

/// <summary>
/// Query latency over 1,000,000 stored events (<see cref="StoreCorpus"/>): a dyad-by-month series for one
/// country pair over all ten years, and an event filter (source country, type, one year, first 100).
/// The P95 column is the figure to compare with the 100 ms target.
/// </summary>
[Config(typeof(PercentileConfig))]
public class StoreQueryBenchmarks
{
    private IArticleStore? _store;

    [GlobalSetup]
    public void Setup() => _store = ArticleStores.Open(StoreCorpus.Database(1_000_000));

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark]
    public int DyadByMonth() => _store!.Dyad(new DyadQuery { First = "USA", Second = "CHN", Bucket = TimeBucket.Month }).Count;

    [Benchmark]
    public int EventFilter() => _store!.Events(new EventFilter
    {
        Source = "RUS",
        EventType = "CONSULT",
        From = "2020-01-01",
        To = "2020-12-31",
        Limit = 100,
    }).Count;

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P95);
        }
    }
}
