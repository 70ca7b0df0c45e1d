namespace Chronicle.Cli.Commands;

/// <summary>One row of <c>chronicle bench</c>: a stage's fastest pass, with rates computed from its CPU time.</summary>
internal sealed record BenchStage(string Name, double WallSeconds, double CpuSeconds, double ArticlesPerSecond, double TokensPerSecond, double MegabytesPerSecond);
