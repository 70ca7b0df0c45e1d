using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// Trains the arc-hybrid parser with a dynamic oracle (Goldberg &amp; Nivre): at every state the model is updated
/// towards the best-scoring zero-cost transition, and from the second epoch on training mostly follows the model's
/// own prediction, so it learns to recover from its mistakes. With <see cref="ParserTrainingOptions.BeamWidth"/> above 1
/// it trains globally instead (<see cref="BeamParserTrainer"/>). Gold trees are projectivised by lifting first.
/// With several <see cref="ParserTrainingOptions.Seeds"/> it trains one run per seed in lockstep (one epoch of each in
/// turn) and the model after each epoch is the mean of the runs' averaged weights. Deterministic for given seeds.
/// </summary>
public static class ParserTrainer
{
    /// <param name="classes">Word classes the features read (null for none); stored in the model.</param>
    /// <param name="afterEpochPrunedFirst">With several seeds, also given after each epoch the mean of the runs each
    /// pruned first (for measuring the pruning order; null: not built).</param>
    /// <param name="featureUpos">Per sentence, the universal POS the features read (null: the gold ones, as with gold Penn tags).</param>
    /// <param name="featureLemmas">Per sentence, the lemmas the features read (null: the gold ones).</param>
    public static ParserModel Train(IReadOnlyList<GoldSentence> train, IReadOnlyList<string[]> featureTags, ParserTrainingOptions options,
        Action<int, ParserModel>? afterEpoch = null, Action<string>? log = null, WordClasses? classes = null, Action<int, ParserModel>? afterEpochPrunedFirst = null,
        IReadOnlyList<UniversalPos[]>? featureUpos = null, IReadOnlyList<string[]>? featureLemmas = null)
    {
        classes ??= WordClasses.Empty;
        var labels = Enum.GetValues<DependencyLabel>().Where(l => l != DependencyLabel.None).ToArray();
        var examples = new List<ParserExample>(train.Count);
        var lifted = 0;
        for (var s = 0; s < train.Count; s++)
        {
            examples.Add(ToExample(train[s], featureTags[s], featureUpos?[s], featureLemmas?[s], classes, out var liftedArcs));
            lifted += liftedArcs;
        }

        log?.Invoke($"parser: {lifted:N0} non-projective arcs lifted for training");
        var seeds = options.Seeds is { Count: > 0 } listed ? listed : [options.Seed];
        var passes = seeds.Select(seed => new ParserTrainingPass(seed, examples.Count, labels, options)).ToArray();
        ParserModel? model = null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            // The runs share only the read-only examples, so two train at once; each run's updates depend on its own
            // order alone, so the models do not depend on scheduling.
            var updated = new int[passes.Length];
            Parallel.For(0, passes.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => updated[p] = passes[p].Epoch(examples, epoch));
            foreach (var count in options.BeamWidth > 1 ? updated : [])
            {
                log?.Invoke($"parser epoch {epoch}: beam {options.BeamWidth}, {options.BeamUpdate} updates in {count:N0} of {examples.Count:N0} sentences");
            }

            if (afterEpoch is not null || epoch == options.Epochs)
            {
                model = Build(passes, labels, classes, options, pruneRunsFirst: false);
                afterEpoch?.Invoke(epoch, model);
                if (afterEpochPrunedFirst is not null && passes.Length > 1)
                {
                    afterEpochPrunedFirst(epoch, Build(passes, labels, classes, options, pruneRunsFirst: true));
                }
            }
        }

        return model!;
    }

    /// <summary>
    /// A training sentence as the parser's features read it, its tree projectivised by lifting
    /// (<paramref name="lifted"/>: how many arcs were lifted); null universal POS or lemmas read the gold ones.
    /// </summary>
    internal static ParserExample ToExample(GoldSentence sentence, string[] featureTags, UniversalPos[]? featureUpos, string[]? featureLemmas, WordClasses classes, out int lifted)
    {
        var n = sentence.Length;
        var (heads, liftedArcs) = Projectivizer.Projectivize(sentence.Heads);
        lifted = liftedArcs;
        var words = new ulong[n + 1];
        var tags = new ulong[n + 1];
        var gold = new int[n + 1];
        var wordClasses = new ulong[n + 1];
        var upos = new ulong[n];
        var lemmas = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            upos[i] = DependencyParser.UposValue((featureUpos ?? sentence.Upos)[i]);
            lemmas[i] = WordFeatures.NormOf((featureLemmas ?? sentence.Lemmas)[i]);
            words[i] = WordFeatures.NormOf(sentence.Words[i]);
            wordClasses[i] = classes.Of(WordFeatures.FormOf(sentence.Words[i]), words[i]);
            tags[i] = DependencyParser.TagValue(featureTags[i]);
            gold[i] = heads[i] < 0 ? n : heads[i];
        }

        gold[n] = -1;
        wordClasses[n] = DependencyParser.RootValue;
        return new ParserExample(words, tags, wordClasses, gold, sentence.Labels, upos, lemmas);
    }

    /// <summary>
    /// The model of the runs so far: one run's averaged weights pruned, or the mean of several runs' averaged weights
    /// (<see cref="ModelAveraging"/>), pruned as one run's would be. Pruning the runs first as well would drop every
    /// weight that is below the threshold in some run, pulling the means of the features the runs share towards zero.
    /// </summary>
    private static ParserModel Build(ParserTrainingPass[] passes, DependencyLabel[] labels, WordClasses classes, ParserTrainingOptions options, bool pruneRunsFirst)
    {
        if (passes.Length == 1)
        {
            return new ParserModel(passes[0].TransitionTrainer.ToModel(options.PruneTransitionsBelow), passes[0].LabelTrainer.ToModel(options.PruneLabelsBelow), labels, classes,
                options.BeamWidth);
        }

        var transitionFloor = pruneRunsFirst ? options.PruneTransitionsBelow : 0f;
        var labelFloor = pruneRunsFirst ? options.PruneLabelsBelow : 0f;
        var transitions = ModelAveraging.Average([.. passes.Select(p => p.TransitionTrainer.ToModel(transitionFloor))], options.PruneTransitionsBelow);
        var labelModel = ModelAveraging.Average([.. passes.Select(p => p.LabelTrainer.ToModel(labelFloor))], options.PruneLabelsBelow);
        return new ParserModel(transitions, labelModel, labels, classes, options.BeamWidth);
    }
}
