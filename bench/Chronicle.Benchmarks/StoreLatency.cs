using System.Diagnostics;
using System.Globalization;
using Chronicle.Store;
using Chronicle.Store.Queries;

namespace Chronicle.Benchmarks;

/// <summary>
/// Per-query latency percentiles over the 1,000,000-event store (`store-latency`): BenchmarkDotNet's P95 is
/// over iteration means, so this times single queries with varying parameters (random country pairs, types
/// and years, seeded) after a warm-up, the way an analyst's session would hit the store.
/// </summary>
internal static class StoreLatency
{
    private static readonly string[] s_countries = ["USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR", "TUR", "IND", "BRA"];
    private static readonly string[] s_types = ["CONSULT", "ACCUSE", "ASSAULT"];

    public static void Run(TextWriter output, int queries = 200)
    {
        using var store = ArticleStores.Open(StoreCorpus.Database(1_000_000));
        output.WriteLine($"store: {store.Counts()}");
        var random = new Random(11);
        Measure(output, "dyad by month", queries, () =>
        {
            var (a, b) = Pair(random);
            return store.Dyad(new DyadQuery { First = a, Second = b, Bucket = TimeBucket.Month }).Count;
        });
        Measure(output, "event filter", queries, () =>
        {
            var year = 2015 + random.Next(10);
            return store.Events(new EventFilter
            {
                Source = s_countries[random.Next(s_countries.Length)],
                EventType = s_types[random.Next(s_types.Length)],
                From = $"{year}-01-01",
                To = $"{year}-12-31",
                Limit = 100,
            }).Count;
        });
    }

    private static (string, string) Pair(Random random)
    {
        var a = s_countries[random.Next(s_countries.Length)];
        string b;
        do
        {
            b = s_countries[random.Next(s_countries.Length)];
        }
        while (b == a);
        return (a, b);
    }

    private static void Measure(TextWriter output, string name, int queries, Func<int> query)
    {
        for (var i = 0; i < 20; i++)
        {
            query();
        }

        var times = new List<double>(queries);
        var rows = 0L;
        for (var i = 0; i < queries; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            rows += query();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {queries} queries, {rows / (double)queries:F1} rows each; p50 {At(0.5):F2} ms, p95 {At(0.95):F2} ms, max {times[^1]:F2} ms"));
    }
}
