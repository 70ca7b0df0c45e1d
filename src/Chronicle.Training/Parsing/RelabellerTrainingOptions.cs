namespace Chronicle.Training.Parsing;

/// <summary>Fixed settings of a relabeller training run (`train parser --relabel-only`).</summary>
public sealed record RelabellerTrainingOptions
{
    public int Epochs { get; init; } = 3;

    /// <summary>Seed of the training-order shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Seeds of the runs to average (empty: one run with <see cref="Seed"/>), as the parser's <c>--seeds</c>.</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [];

    /// <summary>
    /// Where the arc-time labels of the training trees come from: 0, the committed parser's label model on the gold
    /// trees' transition sequences (it was trained on these sentences, so its labels are better than at run time);
    /// k &gt; 1, label models trained on the gold sequences of the other k-1 folds (noisier, as at run time).
    /// </summary>
    public int ArcLabelFolds { get; init; }

    /// <summary>Epochs of each fold's label model (with <see cref="ArcLabelFolds"/> above 1).</summary>
    public int ArcLabelEpochs { get; init; } = 8;

    /// <summary>
    /// Only arcs whose arc-time margin bucket is below this are relabelled at run time
    /// (<see cref="Chronicle.Parsing.DependencyRelabeller.AllMargins"/>: all). Training still learns from every arc: trained
    /// on the narrow-margin arcs alone, it scored 83.07 on EWT dev against 83.14 for all arcs (both without the gate).
    /// </summary>
    public int MarginBelow { get; init; } = Chronicle.Parsing.DependencyRelabeller.AllMargins;

    /// <summary>Averaged weights smaller than this are pruned from the saved model.</summary>
    public float PruneBelow { get; init; } = 1f;
}
