using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Tagging;

namespace Chronicle.Parsing;

/// <summary>
/// The trained parser: a transition model (shift / left / right) and an arc-label model over UD relations.
/// Immutable; one instance serves any number of threads.
/// </summary>
public sealed class ParserModel
{
    public const string Kind = "parser";

    /// <param name="labels">The UD relation of each class of <paramref name="labelModel"/>.</param>
    /// <param name="classes">The word classes the features read (null for none).</param>
    public ParserModel(LinearModel transitions, LinearModel labelModel, IReadOnlyList<DependencyLabel> labels, WordClasses? classes = null)
    {
        if (transitions.ClassCount != Parsing.Transitions.Count || labelModel.ClassCount != labels.Count)
        {
            throw new ArgumentException("The class counts of the parser models do not match the transition system and labels.");
        }

        Transitions = transitions;
        LabelModel = labelModel;
        Labels = labels;
        Classes = classes ?? WordClasses.Empty;
    }

    /// <summary>Distributional word classes (the tagger's, stored again so the parser loads on its own).</summary>
    public WordClasses Classes { get; }

    public LinearModel Transitions { get; }

    public LinearModel LabelModel { get; }

    public IReadOnlyList<DependencyLabel> Labels { get; }

    /// <exception cref="ModelLoadException">The file is missing, corrupt or for another feature set.</exception>
    public static ParserModel Load(string path)
    {
        var archive = ModelArchive.Load(path, Kind, ParserFeatures.Version);
        var names = archive.Strings("labels", path);
        var labels = new DependencyLabel[names.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = DependencyLabels.Parse(names[i]);
            if (labels[i] == DependencyLabel.Other && names[i] != DependencyLabels.ToUd(DependencyLabel.Other))
            {
                throw new ModelLoadException(path, $"has an unknown dependency label '{names[i]}'.");
            }
        }

        try
        {
            return new ParserModel(archive.Linear("transitions", path), archive.Linear("labels", path), labels,
                WordClasses.FromTables(archive.Strings("clusters-coarse", path), archive.Strings("clusters-fine", path)));
        }
        catch (ArgumentException ex)
        {
            throw new ModelLoadException(path, "is inconsistent: " + ex.Message, ex);
        }
    }

    public ModelArchive ToArchive() => new(
        Kind,
        ParserFeatures.Version,
        new Dictionary<string, LinearModel> { ["transitions"] = Transitions, ["labels"] = LabelModel },
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["labels"] = [.. Labels.Select(DependencyLabels.ToUd)],
            ["clusters-coarse"] = Classes.Coarse,
            ["clusters-fine"] = Classes.Fine,
        });
}
