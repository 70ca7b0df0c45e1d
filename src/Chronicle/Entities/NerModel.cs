using System.Buffers;
using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Entities;

/// <summary>
/// A trained BILOU sequence labeller: hashed emission weights per class, label-bigram weights, and the class
/// → tag table; decoding is constrained Viterbi. Immutable and thread-safe: scratch comes from the shared
/// array pool per call.
/// </summary>
public sealed class NerModel
{
    public const string Kind = "ner";

    private const string EmissionsName = "emissions";
    private const string TransitionsName = "transitions";
    private const string TagsName = "tags";
    private const string GazetteerName = "gazetteer";
    private const string FirstStagePrefix = "stage1-";
    private const string CoarseClustersName = "clusters-coarse";
    private const string FineClustersName = "clusters-fine";
    private const string FinestClustersName = "clusters-finest";
    private const string LexiconName = "lexicon";

    private readonly ushort[] _tags;
    private readonly float[] _transitionScores;
    private readonly float[] _endMask;

    /// <param name="tags">The entity tag (<see cref="EntityTags"/>) of each class; must contain <see cref="EntityTags.Outside"/>.</param>
    /// <param name="clusters">The word classes the weights were trained with, or null.</param>
    /// <param name="gazetteer">The gazetteer the weights were trained with, or null.</param>
    /// <param name="firstStage">A model whose document-wide predictions this one reads as features (same tags, clusters and gazetteer), or null.</param>
    /// <param name="lexicon">What the first stage tagged in a news corpus, read as features beside its document predictions; only with a first stage.</param>
    /// <param name="featureSet">The feature set the weights were trained with (<see cref="NerFeatures.OldestVersion"/> to <see cref="NerFeatures.Version"/>).</param>
    public NerModel(LinearModel emissions, LinearModel transitions, IReadOnlyList<ushort> tags, WordClusters? clusters = null, IGazetteer? gazetteer = null, NerModel? firstStage = null, NameLexicon? lexicon = null, int featureSet = NerFeatures.Version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(featureSet, NerFeatures.OldestVersion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(featureSet, NerFeatures.Version);
        ArgumentNullException.ThrowIfNull(emissions);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(tags);
        if (emissions.ClassCount != tags.Count || transitions.ClassCount != tags.Count)
        {
            throw new ArgumentException($"The models have {emissions.ClassCount} and {transitions.ClassCount} classes for {tags.Count} tags.", nameof(tags));
        }

        if (!tags.Contains(EntityTags.Outside))
        {
            throw new ArgumentException("The tag set has no outside tag.", nameof(tags));
        }

        Emissions = emissions;
        Transitions = transitions;
        FeatureSet = featureSet;
        _tags = [.. tags];
        Clusters = clusters;
        Gazetteer = gazetteer;
        FirstStage = firstStage;
        Lexicon = firstStage is null && lexicon is not null ? throw new ArgumentException("A name lexicon needs a first stage.", nameof(lexicon)) : lexicon;
        _transitionScores = TransitionScores(transitions, _tags);
        _endMask = BilouViterbi.EndMask(_tags);
    }

    public LinearModel Emissions { get; }

    /// <summary>The feature set (<see cref="NerFeatures"/> version) the model reads.</summary>
    public int FeatureSet { get; }

    public LinearModel Transitions { get; }

    public IReadOnlyList<ushort> Tags => _tags;

    public WordClusters? Clusters { get; }

    public IGazetteer? Gazetteer { get; }

    /// <summary>The first stage of a stacked model, or null.</summary>
    public NerModel? FirstStage { get; }

    /// <summary>The corpus name lexicon the second stage reads, or null.</summary>
    public NameLexicon? Lexicon { get; }

    /// <summary>
    /// The document-wide evidence this model reads: word evidence, plus, for a stacked model, the first stage's
    /// predictions over the whole document. Build it once per document and pass it to <see cref="Predict"/>.
    /// </summary>
    public DocumentEvidence Evidence(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (FirstStage is null)
        {
            return new DocumentEvidence(document, links: FeatureSet >= 8);
        }

        var firstEvidence = FirstStage.Evidence(document);
        var tags = ArrayPool<ushort>.Shared.Rent(Math.Max(1, document.Tokens.Length));
        try
        {
            tags.AsSpan(0, document.Tokens.Length).Clear();
            foreach (var sentence in document.Sentences)
            {
                FirstStage.Predict(document, sentence.Tokens, tags.AsSpan(sentence.Tokens.Start, sentence.Tokens.Length), firstEvidence);
            }

            return firstEvidence.WithPredictions(document, tags.AsSpan(0, document.Tokens.Length), Lexicon);
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(tags);
        }
    }

    public int ClassCount => _tags.Length;

    /// <summary>Labels one sentence: writes the entity tag of each of its tokens into <paramref name="tags"/>.</summary>
    /// <param name="evidence">From <see cref="Evidence"/>; built here when null (pass it when labelling many sentences of one document).</param>
    public void Predict(Document document, TokenRange sentence, Span<ushort> tags, DocumentEvidence? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var n = sentence.Length;
        if (n <= 0)
        {
            return;
        }

        if (tags.Length < n)
        {
            throw new ArgumentException($"Room for {tags.Length} tags, the sentence has {n} tokens.", nameof(tags));
        }

        var k = _tags.Length;
        var keys = ArrayPool<NerFeatures.TokenKeys>.Shared.Rent(n);
        var marks = ArrayPool<GazetteerMark>.Shared.Rent(n);
        var emissions = ArrayPool<float>.Shared.Rent((n * k) + (2 * k));
        var indices = ArrayPool<int>.Shared.Rent((n * k) + n);
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxPerToken];
        try
        {
            var markSpan = marks.AsSpan(0, n);
            markSpan.Clear();
            Gazetteer?.Mark(document, sentence, markSpan);
            var keySpan = keys.AsSpan(0, n);
            NerFeatures.Prepare(document, sentence, Clusters, evidence ?? Evidence(document), keySpan);
            var emissionSpan = emissions.AsSpan(0, n * k);
            emissionSpan.Clear();
            for (var t = 0; t < n; t++)
            {
                var count = NerFeatures.Extract(document, sentence, keySpan, markSpan, t, features, featureSet: FeatureSet);
                Emissions.AddScores(features[..count], emissionSpan.Slice(t * k, k));
            }

            var path = indices.AsSpan(n * k, n);
            BilouViterbi.Decode(emissionSpan, k, _transitionScores, _endMask, indices.AsSpan(0, n * k), emissions.AsSpan(n * k, 2 * k), path);
            for (var t = 0; t < n; t++)
            {
                tags[t] = _tags[path[t]];
            }
        }
        finally
        {
            ArrayPool<NerFeatures.TokenKeys>.Shared.Return(keys);
            ArrayPool<GazetteerMark>.Shared.Return(marks);
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<int>.Shared.Return(indices);
        }
    }

    public ModelArchive ToArchive() => new(
        Kind,
        FeatureSet,
        FirstStage is null
            ? new Dictionary<string, LinearModel> { [EmissionsName] = Emissions, [TransitionsName] = Transitions }
            : new Dictionary<string, LinearModel>
            {
                [EmissionsName] = Emissions,
                [TransitionsName] = Transitions,
                [FirstStagePrefix + EmissionsName] = FirstStage.Emissions,
                [FirstStagePrefix + TransitionsName] = FirstStage.Transitions,
            },
        new Dictionary<string, IReadOnlyList<string>>
        {
            [TagsName] = [.. _tags.Select(EntityTags.Name)],
            [GazetteerName] = Gazetteer is null ? [] : [Gazetteer.Name],
            [CoarseClustersName] = Clusters?.Coarse ?? [],
            [FineClustersName] = Clusters?.Fine ?? [],
            [FinestClustersName] = Clusters?.Finest ?? [],
            [LexiconName] = Lexicon?.Entries ?? [],
        });

    public void Save(string path) => ToArchive().Save(path);

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    /// <param name="gazetteer">
    /// The gazetteer the model was trained with; null for none or for the built-in one the model names
    /// (<see cref="BuiltInGazetteers"/>: the actor knowledge base, alone or with the name lists), which is then loaded here.
    /// </param>
    /// <exception cref="ModelLoadException">The file is missing, corrupt, for other features, or for another gazetteer.</exception>
    public static NerModel Load(string path, IGazetteer? gazetteer = null)
    {
        ModelArchive archive;
        try
        {
            archive = ModelArchive.Load(path, Kind, NerFeatures.OldestVersion, NerFeatures.Version);
        }
        catch (InvalidOperationException ex)
        {
            // The Brotli decoder reports garbage this way.
            throw new ModelLoadException(path, "is corrupt: " + ex.Message, ex);
        }

        var names = archive.Strings(TagsName, path);
        var tags = new ushort[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            try
            {
                tags[i] = EntityTags.Parse(names[i]);
            }
            catch (FormatException ex)
            {
                throw new ModelLoadException(path, "is corrupt: " + ex.Message, ex);
            }
        }

        var trainedWith = archive.Strings(GazetteerName, path);
        gazetteer ??= trainedWith.Count == 0 ? null : BuiltInGazetteer(trainedWith[0], path);
        var expected = gazetteer?.Name;
        if ((trainedWith.Count == 0 ? null : trainedWith[0]) != expected)
        {
            throw new ModelLoadException(path,
                $"was trained with gazetteer '{(trainedWith.Count == 0 ? "none" : trainedWith[0])}' but is loaded with '{expected ?? "none"}': retrain it.");
        }

        try
        {
            var coarse = archive.Strings(CoarseClustersName, path);
            var fine = archive.Strings(FineClustersName, path);
            var finest = archive.StringTables.TryGetValue(FinestClustersName, out var table) ? table : [];
            var clusters = coarse.Count + fine.Count == 0 ? null : new WordClusters(coarse, fine, finest);
            var firstStage = archive.LinearModels.ContainsKey(FirstStagePrefix + EmissionsName)
                ? new NerModel(archive.Linear(FirstStagePrefix + EmissionsName, path), archive.Linear(FirstStagePrefix + TransitionsName, path), tags, clusters, gazetteer, featureSet: archive.FeatureSetVersion)
                : null;
            var entries = archive.Strings(LexiconName, path);
            var lexicon = entries.Count == 0 ? null : new NameLexicon(entries);
            return new NerModel(archive.Linear(EmissionsName, path), archive.Linear(TransitionsName, path), tags, clusters, gazetteer, firstStage, lexicon, archive.FeatureSetVersion);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new ModelLoadException(path, "is corrupt: " + ex.Message, ex);
        }
    }

    /// <summary>The gazetteer shipped with the library under <paramref name="name"/>, or null.</summary>
    private static IGazetteer? BuiltInGazetteer(string name, string path)
    {
        try
        {
            return BuiltInGazetteers.Find(name);
        }
        catch (GazetteerDataException ex)
        {
            throw new ModelLoadException(path, $"needs gazetteer '{name}', whose lists cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Label-bigram weights plus the BILOU mask, for <see cref="BilouViterbi.Decode"/>.</summary>
    public static float[] TransitionScores(LinearModel transitions, ReadOnlySpan<ushort> tags)
    {
        var k = tags.Length;
        var scores = BilouViterbi.TransitionMask(tags);
        Span<ulong> feature = stackalloc ulong[1];
        for (var previous = 0; previous <= k; previous++)
        {
            feature[0] = NerFeatures.Transition(previous);
            transitions.AddScores(feature, scores.AsSpan(previous * k, k));
        }

        return scores;
    }
}
