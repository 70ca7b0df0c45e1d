namespace Chronicle.Training.Entities;

/// <summary>The figures of one part of the GUM split: the recogniser's and the entity stage's, on the same documents.</summary>
public sealed class EntityStagePart(string name, string? note = null)
{
    public string Name { get; } = name;

    /// <summary>What a reader of the figures must know about this part (e.g. that the stage was tuned on it).</summary>
    public string? Note { get; } = note;

    public int Documents { get; private set; }

    public int Tokens { get; private set; }

    /// <summary>Names of the stage set aside because they lie inside a longer name of the stage.</summary>
    public int NestedSetAside { get; private set; }

    public MentionScores Recogniser { get; } = new();

    public MentionScores Stage { get; } = new();

    /// <summary>The recogniser against the gold read as whole names (<see cref="GumNameConvention.WholeNames"/>).</summary>
    public MentionScores RecogniserWholeNames { get; } = new();

    /// <summary>The entity stage against the gold read as whole names.</summary>
    public MentionScores StageWholeNames { get; } = new();

    public void Add(EntityStageComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        Documents++;
        Tokens += comparison.Document.Tokens.Length;
        NestedSetAside += comparison.NestedSetAside;
        Recogniser.Add(comparison.Gold, comparison.Recogniser);
        Stage.Add(comparison.Gold, comparison.Stage);
        RecogniserWholeNames.Add(comparison.WholeNameGold, comparison.Recogniser);
        StageWholeNames.Add(comparison.WholeNameGold, comparison.Stage);
    }
}
