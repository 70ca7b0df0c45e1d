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

    // The "decoding" string table holds lines such as "beam-width=4".
    private const string BeamWidthKey = "beam-width=";

    private const string RelabelSection = "relabel";
    private const string RelabelLabelsSection = "relabel-labels";
    private const string RelabelFeaturesSection = "relabel-features";
    private const string MarginBelowKey = "margin-below=";

    /// <param name="labels">The UD relation of each class of <paramref name="labelModel"/>.</param>
    /// <param name="classes">The word classes the features read (null for none).</param>
    /// <param name="beamWidth">The beam the model was trained for (1: greedy); parsers use it unless told otherwise.</param>
    /// <param name="featureSet">The feature set the weights were trained for (<see cref="ParserFeatures.OldestVersion"/> to <see cref="ParserFeatures.Version"/>).</param>
    /// <param name="relabeller">The second pass that relabels complete parses (null: the arc-time labels stay).</param>
    public ParserModel(LinearModel transitions, LinearModel labelModel, IReadOnlyList<DependencyLabel> labels, WordClasses? classes = null, int beamWidth = 1,
        int featureSet = ParserFeatures.Version, DependencyRelabeller? relabeller = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(featureSet, ParserFeatures.OldestVersion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(featureSet, ParserFeatures.Version);
        if (transitions.ClassCount != Parsing.Transitions.Count || labelModel.ClassCount != labels.Count)
        {
            throw new ArgumentException("The class counts of the parser models do not match the transition system and labels.");
        }

        Transitions = transitions;
        LabelModel = labelModel;
        Labels = labels;
        Classes = classes ?? WordClasses.Empty;
        BeamWidth = beamWidth;
        FeatureSet = featureSet;
        TemplateCount = ParserFeatures.CountOf(featureSet);
        LabelTemplateCount = ParserFeatures.LabelCountOf(featureSet);
        Relabeller = relabeller;
    }

    /// <summary>The second pass over complete parses (<see cref="DependencyRelabeller"/>), or null when the model has none.</summary>
    public DependencyRelabeller? Relabeller { get; }

    /// <summary>
    /// The feature set the model was trained for. Each set only appends templates to the one before, so an older
    /// model scores the first <see cref="TemplateCount"/> features and parses exactly as it did with its own build.
    /// </summary>
    public int FeatureSet { get; }

    /// <summary>How many of the transition features (<see cref="ParserFeatures.Extract"/>) the model reads.</summary>
    public int TemplateCount { get; }

    /// <summary>How many of the label features (<see cref="ParserFeatures.ExtractLabel"/>) the model reads.</summary>
    public int LabelTemplateCount { get; }

    /// <summary>The beam width the model was trained with (1: greedy training), the default for <see cref="DependencyParser"/>.</summary>
    public int BeamWidth { get; }

    /// <summary>Distributional word classes (the tagger's, stored again so the parser loads on its own).</summary>
    public WordClasses Classes { get; }

    public LinearModel Transitions { get; }

    public LinearModel LabelModel { get; }

    public IReadOnlyList<DependencyLabel> Labels { get; }

    /// <exception cref="ModelLoadException">The file is missing, corrupt or for another feature set.</exception>
    public static ParserModel Load(string path)
    {
        var archive = ModelArchive.Load(path, Kind, ParserFeatures.OldestVersion, ParserFeatures.Version);
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

        // Models from before beam training have no "decoding" table: they are greedy.
        var beamWidth = 1;
        if (archive.StringTables.TryGetValue("decoding", out var decoding))
        {
            foreach (var line in decoding)
            {
                if (line.StartsWith(BeamWidthKey, StringComparison.Ordinal)
                    && !(int.TryParse(line.AsSpan(BeamWidthKey.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out beamWidth) && beamWidth >= 1))
                {
                    throw new ModelLoadException(path, $"has an invalid beam width '{line}'.");
                }
            }
        }

        try
        {
            return new ParserModel(archive.Linear("transitions", path), archive.Linear("labels", path), labels,
                WordClasses.FromTables(archive.Strings("clusters-coarse", path), archive.Strings("clusters-fine", path)), beamWidth, archive.FeatureSetVersion,
                LoadRelabeller(archive, path));
        }
        catch (ArgumentException ex)
        {
            throw new ModelLoadException(path, "is inconsistent: " + ex.Message, ex);
        }
    }

    /// <summary>The same weights, recorded for another beam width (to decode a beam-trained model greedily, or the reverse).</summary>
    public ParserModel WithBeamWidth(int beamWidth) => new(Transitions, LabelModel, Labels, Classes, beamWidth, FeatureSet, Relabeller);

    /// <summary>The same parser with another second pass (null: none, the arc-time labels stay).</summary>
    public ParserModel WithRelabeller(DependencyRelabeller? relabeller) => new(Transitions, LabelModel, Labels, Classes, BeamWidth, FeatureSet, relabeller);

    /// <summary>The parser's sections, plus the relabeller's ("relabel", "relabel-labels", "relabel-features") when it has one.</summary>
    public ModelArchive ToArchive()
    {
        var linear = new Dictionary<string, LinearModel> { ["transitions"] = Transitions, ["labels"] = LabelModel };
        var strings = new Dictionary<string, IReadOnlyList<string>>
        {
            ["labels"] = [.. Labels.Select(DependencyLabels.ToUd)],
            ["clusters-coarse"] = Classes.Coarse,
            ["clusters-fine"] = Classes.Fine,
            ["decoding"] = [BeamWidthKey + BeamWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        };
        if (Relabeller is { } relabeller)
        {
            linear[RelabelSection] = relabeller.Model;
            strings[RelabelLabelsSection] = [.. relabeller.Labels.Select(DependencyLabels.ToUd)];
            strings[RelabelFeaturesSection] =
            [
                RelabelFeatures.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MarginBelowKey + relabeller.MarginBelow.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
        }

        return new(Kind, FeatureSet, linear, strings);
    }

    // A parser file without the relabeller's sections (every file before the relabeller) parses exactly as before.
    private static DependencyRelabeller? LoadRelabeller(ModelArchive archive, string path)
    {
        var hasModel = archive.LinearModels.TryGetValue(RelabelSection, out var model);
        var hasLabels = archive.StringTables.TryGetValue(RelabelLabelsSection, out var names);
        var hasFeatures = archive.StringTables.TryGetValue(RelabelFeaturesSection, out var features);
        if (!hasModel && !hasLabels && !hasFeatures)
        {
            return null;
        }

        if (!(hasModel && hasLabels && hasFeatures))
        {
            throw new ModelLoadException(path, $"has an incomplete relabeller (it needs the sections '{RelabelSection}', '{RelabelLabelsSection}' and '{RelabelFeaturesSection}').");
        }

        var version = RelabelFeatures.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (features!.Count == 0 || features[0] != version)
        {
            throw new ModelLoadException(path, $"has a relabeller for feature set '{string.Join(',', features)}'; this build reads feature set {version}.");
        }

        var marginBelow = DependencyRelabeller.AllMargins;
        foreach (var line in features.Skip(1))
        {
            if (!line.StartsWith(MarginBelowKey, StringComparison.Ordinal)
                || !int.TryParse(line.AsSpan(MarginBelowKey.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out marginBelow)
                || marginBelow is < 1 or > DependencyRelabeller.AllMargins)
            {
                throw new ModelLoadException(path, $"has an invalid relabeller setting '{line}'.");
            }
        }

        var labels = new DependencyLabel[names!.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = DependencyLabels.Parse(names[i]);
            if (labels[i] == DependencyLabel.Other && names[i] != DependencyLabels.ToUd(DependencyLabel.Other))
            {
                throw new ModelLoadException(path, $"has an unknown relabeller label '{names[i]}'.");
            }
        }

        return new DependencyRelabeller(model!, labels, marginBelow);
    }
}
