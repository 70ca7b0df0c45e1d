namespace Chronicle.Training.Evaluation;

/// <summary>Precision, recall and F1, each rounded to three decimals as score.py rounds them.</summary>
public readonly record struct Prf(double Precision, double Recall, double F1)
{
    /// <summary>score.py's <c>prf</c>: null when there is neither gold nor prediction.</summary>
    public static Prf? From(int truePositives, int gold, int predicted)
    {
        if (gold == 0 && predicted == 0)
        {
            return null;
        }

        var p = predicted != 0 ? (double)truePositives / predicted : 0.0;
        var r = gold != 0 ? (double)truePositives / gold : 0.0;
        var f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(PythonValues.Round3(p), PythonValues.Round3(r), PythonValues.Round3(f));
    }
}
