namespace Chronicle.Training.Entities;

/// <summary>How word classes are learnt from unlabelled text (all fixed, written to meta.json with the command).</summary>
/// <param name="MinCount">Word forms seen fewer times get no class.</param>
/// <param name="MaxWords">At most this many (most frequent) forms get a class.</param>
/// <param name="ContextWords">Neighbours that describe a word: the most frequent lower-cased forms.</param>
/// <param name="FinestPerFine">Each fine class is split into at most this many finest classes (0: no finest classes).</param>
public sealed record WordClusterOptions(
    int MinCount = 3, int MaxWords = 50_000, int ContextWords = 1_000,
    int CoarseClusters = 64, int FineClusters = 400, int Iterations = 12, int Seed = 7, int FinestPerFine = 0);
