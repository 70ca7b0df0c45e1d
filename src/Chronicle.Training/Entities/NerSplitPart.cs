namespace Chronicle.Training.Entities;

/// <summary>Which part of the GUM split a document belongs to (see <see cref="GumSplit"/>).</summary>
public enum NerSplitPart
{
    Train,
    Dev,
    Test,
}
