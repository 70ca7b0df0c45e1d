using BenchmarkDotNet.Running;
using Chronicle.Benchmarks;

// `store-corpus` builds (once) the 1,000,000-event database the store query benchmarks read, outside the
// benchmark's own setup time limit.
if (args is ["store-corpus"])
{
    Console.WriteLine(StoreCorpus.Database(1_000_000));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
