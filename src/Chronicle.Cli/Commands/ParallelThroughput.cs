namespace Chronicle.Cli.Commands;

/// <summary>What <c>chronicle bench --threads N</c> measured: the NLP stages run over all documents on N threads.</summary>
/// <param name="Stages">The stages run, joined with " + ".</param>
/// <param name="LoadAverage">The machine's one-minute load average when the measurement started (0 where unknown): on a shared machine, wall-clock rates depend on it.</param>
internal sealed record ParallelThroughput(string Stages, int Threads, double WallSeconds, double TokensPerSecond, double LoadAverage);
