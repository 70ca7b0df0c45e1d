namespace Chronicle.Training.Evaluation;

/// <summary>Counts of a set comparison (true positives, gold size, predicted size) and the precision, recall and F1 they give.</summary>
public readonly record struct PrfCounts(int TruePositives, int Gold, int Predicted)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) =>
        new(a.TruePositives + b.TruePositives, a.Gold + b.Gold, a.Predicted + b.Predicted);
}
