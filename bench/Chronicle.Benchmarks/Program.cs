using BenchmarkDotNet.Running;
using Chronicle.Benchmarks;

// `store-corpus` builds (once) the 1,000,000-event database the store query benchmarks read, outside the
// benchmark's own setup time limit.
if (args is ["store-corpus"])
{
    Console.WriteLine(StoreCorpus.Database(1_000_000));
    return;
}

// `store-latency` times single queries over it and prints p50/p95 (see StoreLatency).
if (args is ["store-latency"])
{
    StoreLatency.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
