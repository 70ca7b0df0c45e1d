using BenchmarkDotNet.Running;
using Chronicle.Benchmarks;

// `throughput` measures cleaning and segmentation MB/s over a news corpus (see SegmentationThroughput).
if (args.Length > 0 && args[0] == "throughput")
{
    return SegmentationThroughput.Run(args, Console.Out);
}

// `store-corpus` builds (once) the 1,000,000-event database the store query benchmarks read, outside the
// benchmark's own setup time limit.
if (args is ["store-corpus"])
{
    Console.WriteLine(StoreCorpus.Database(1_000_000));
    return 0;
}

// `store-write [EVENTS] [BATCH] [RUNS] [DB]` prints events/s written to a fresh store (see StoreWrite).
if (args.Length > 0 && args[0] == "store-write")
{
    return StoreWrite.Run(args, Console.Out);
}

// `store-latency` times single queries over it and prints p50/p95 (see StoreLatency).
if (args is ["store-latency"])
{
    StoreLatency.Run(Console.Out);
    return 0;
}

// `web-latency [EVENTS] [REQUESTS] [CLIENTS]` is a bounded HTTP load run against the web API (see WebLatency).
if (args.Length > 0 && args[0] == "web-latency")
{
    return await WebLatency.Run(args, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
