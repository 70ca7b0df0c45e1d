using System.Diagnostics;
using System.Globalization;
using Chronicle.Web;
using Microsoft.Extensions.Logging;

namespace Chronicle.Benchmarks;

/// <summary>
/// A bounded load run against <c>chronicle serve</c> (`web-latency [EVENTS] [REQUESTS] [CLIENTS]`): starts the
/// web server on a free loopback port over the synthetic store of EVENTS events (100,000 by default, built
/// once into the temp folder), warms up, then sends a fixed number of requests per endpoint from CLIENTS
/// concurrent HTTP clients and prints p50/p95/max of the full round trip (request, query, JSON, response).
/// Parameters vary per request (random country pairs, types, years; seeded) as an analyst's session would.
/// </summary>
internal static class WebLatency
{
    private static readonly string[] s_countries = ["USA", "CHN", "RUS", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR", "TUR", "IND", "BRA"];
    private static readonly string[] s_types = ["CONSULT", "ACCUSE", "ASSAULT"];

    public static async Task<int> Run(string[] args, TextWriter output)
    {
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
        var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
        var database = StoreCorpus.Database(events);
        await using var app = ChronicleWebApp.Build(
            new WebOptions { Database = database, Urls = "http://127.0.0.1:0", StoreConnections = Math.Max(4, clients) },
            logging => logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/") };
        output.WriteLine($"server {http.BaseAddress} over {database} ({events:N0} events); {requests} requests per endpoint, {clients} client(s)");

        var random = new Random(11);
        await Measure(output, http, "GET /api/dyads/{a}/{b}?by=month", requests, clients, () =>
        {
            var a = s_countries[random.Next(s_countries.Length)];
            var b = s_countries.Where(c => c != a).ElementAt(random.Next(s_countries.Length - 1));
            return $"api/dyads/{a}/{b}?by=month";
        });
        await Measure(output, http, "GET /api/events?source&type&from&to&limit=100", requests, clients, () =>
        {
            var year = 2015 + random.Next(10);
            return $"api/events?source={s_countries[random.Next(s_countries.Length)]}&type={s_types[random.Next(s_types.Length)]}&from={year}-01-01&to={year}-12-31&limit=100";
        });
        await Measure(output, http, "GET /api/stories?source&from&to&limit=100", requests, clients, () =>
        {
            var year = 2015 + random.Next(10);
            return $"api/stories?source={s_countries[random.Next(s_countries.Length)]}&from={year}-01-01&to={year}-12-31&limit=100";
        });
        await app.StopAsync();
        return 0;
    }

    private static async Task Measure(TextWriter output, HttpClient http, string name, int requests, int clients, Func<string> next)
    {
        // The paths are drawn up front so that the seeded sequence does not depend on the clients' interleaving.
        var paths = Enumerable.Range(0, requests + 20).Select(_ => next()).ToArray();
        for (var i = 0; i < 20; i++)
        {
            await Get(http, paths[i]);
        }

        var times = new double[requests];
        var bytes = 0L;
        var cursor = 19;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref cursor)) < paths.Length)
            {
                var stopwatch = Stopwatch.StartNew();
                var length = await Get(http, paths[i]);
                times[i - 20] = stopwatch.Elapsed.TotalMilliseconds;
                Interlocked.Add(ref bytes, length);
            }
        }));

        Array.Sort(times);
        double At(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {requests} requests, {bytes / (double)requests / 1024:F1} KiB each; p50 {At(0.5):F2} ms, p95 {At(0.95):F2} ms, max {times[^1]:F2} ms"));
    }

    private static async Task<long> Get(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }

        return body.Length;
    }
}
