using System.Diagnostics;
using System.Globalization;
using Chronicle.Output;
using Chronicle.Store;

namespace Chronicle.Benchmarks;

/// <summary>
/// Store write speed without NLP (`store-write [EVENTS] [BATCH] [RUNS] [DB]`): the synthetic article records of
/// <see cref="StoreCorpus"/> (EVENTS events in all, 20,000 by default) written into a fresh store in batches of
/// BATCH articles (500 by default; one transaction each, stories included), RUNS times (3 by default), printing
/// events per second for each run, by wall clock and by the process's CPU time (which a busy machine disturbs less). DB is a PostgreSQL URL or connection string to measure that backend (written
/// into a schema of its own, made afresh for each run); a new SQLite file in the temp folder otherwise. Quicker than
/// <see cref="StoreWriteBenchmarks"/> and prints the figure the store's target is stated in.
/// </summary>
internal static class StoreWrite
{
    public static int Run(string[] args, TextWriter output)
    {
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var batchSize = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;
        var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
        var postgres = args.Length > 4 ? args[4] : null;
        var articles = StoreCorpus.WithEvents(events, seed: 2);
        var total = articles.Sum(a => a.Events.Count);
        output.WriteLine($"{articles.Count:N0} articles, {total:N0} events, batches of {batchSize}, {(postgres is null ? "SQLite" : "PostgreSQL")}");
        for (var run = 0; run < runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("chronicle-bench-write-").FullName;
            try
            {
                using var store = ArticleStores.Open(postgres is null ? Path.Combine(folder, "write.db") : FreshSchema(postgres));
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var stories = 0;
                foreach (var batch in articles.Chunk(batchSize))
                {
                    stories += store.Store(batch).StoriesTouched;
                }

                var seconds = stopwatch.Elapsed.TotalSeconds;
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run + 1}: {seconds:F2} s, {total / seconds:N0} events/s; CPU {cpuSeconds:F2} s, {total / cpuSeconds:N0} events per CPU second ({stories:N0} stories written; {store.Counts()})"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    // A fresh PostgreSQL store in a schema of its own (dropped and created again), so nothing else in the database is touched.
    private static string FreshSchema(string connectionString)
    {
        var builder = Chronicle.Store.Postgres.PostgresArticleStore.ConnectionString(connectionString);
        using (var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP SCHEMA IF EXISTS chronicle_bench_write CASCADE; CREATE SCHEMA chronicle_bench_write";
            command.ExecuteNonQuery();
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(builder.ConnectionString) { SearchPath = "chronicle_bench_write" }.ConnectionString;
    }
}
