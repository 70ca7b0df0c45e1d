namespace Chronicle.Training.Tagging;

/// <summary>Fixed settings of a tagger training run (all written to meta.json).</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// Shuffle seeds of several training runs whose averaged weights are averaged into one model (null or empty:
    /// one run with <see cref="Seed"/>). The runs go in lockstep, one epoch each in turn, so the per-epoch scores are
    /// the averaged model's.
    /// </summary>
    public IReadOnlyList<int>? Seeds { get; init; }

    /// <summary>A word enters the tag dictionary when seen at least this often…</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>…and with one tag at least this share of the time.</summary>
    public double DictionaryMinShare { get; init; } = 0.995;

    /// <summary>A word gets an ambiguity class (its set of training tags) when seen at least this often…</summary>
    public int AmbiguityMinCount { get; init; } = 3;

    /// <summary>…counting the tags it takes at least this share of the time.</summary>
    public double AmbiguityMinShare { get; init; } = 0.05;

    /// <summary>
    /// Folds of the jackknife that gives the second pass its training input (the first pass's tags of each training
    /// sentence from a first-pass model trained on the other folds, as noisy as at run time); 0 trains a one-pass tagger.
    /// </summary>
    public int StackFolds { get; init; }

    /// <summary>The UPOS model may give a Penn tag's words a UPOS only if the pair was seen at least this often in training.</summary>
    public int UposPairMinCount { get; init; } = 3;

    /// <summary>Averaged weights smaller than this are pruned from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
}
