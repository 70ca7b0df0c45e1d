using BenchmarkDotNet.Running;
using Chronicle.Benchmarks;

if (args.Length > 0 && args[0] == "throughput")
{
    return SegmentationThroughput.Run(args, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
