namespace Chronicle.Cli.Commands;

/// <summary>What <c>chronicle bench</c> measured on one corpus.</summary>
internal sealed record BenchResult(
    string Corpus,
    int Articles,
    int Failures,
    int Unreadable,
    long Tokens,
    long Bytes,
    double LoadSeconds,
    int Passes,
    IReadOnlyList<BenchStage> Stages,
    long PeakWorkingSet,
    long AllocatedBytes)
{
    /// <summary>The multi-threaded NLP throughput (<c>--threads</c> above 1), or null.</summary>
    public ParallelThroughput? Parallel { get; init; }
}
