namespace Chronicle.Training.Extraction;

/// <summary>How one page's extracted body overlaps the expected body, counted in word shingles.</summary>
public sealed record ShingleScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Share of extracted shingles that belong to the expected body; 1 when nothing was extracted and nothing was expected.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 1 : 0) : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Share of expected shingles that were extracted; 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
}
