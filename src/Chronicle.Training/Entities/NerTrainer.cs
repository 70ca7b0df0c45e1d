using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Entities;

/// <summary>
/// Trains the BILOU labeller as a structured averaged perceptron (Collins 2002): each sentence is decoded with
/// constrained Viterbi under the current weights, and where the best path differs from gold, emission weights
/// move towards the gold tags and label-bigram weights towards the gold bigrams. Features are extracted once,
/// as they depend on words only. <see cref="TrainStacked"/> trains two stages: the second also reads the types
/// the first predicted for each word form across the document, with first-stage predictions on the training
/// documents made by models trained on the other folds (so they are as wrong as on new text). Deterministic.
/// </summary>
public sealed class NerTrainer(NerTrainingOptions options, WordClusters? clusters = null, IGazetteer? gazetteer = null, IReadOnlyList<Document>? corpus = null)
{
    private sealed record CompiledSentence(ulong[] Features, int[] Offsets, int[] Gold);

    /// <summary>Trains a single-stage model.</summary>
    public NerModel Train(IReadOnlyList<NerExample> training, IReadOnlyList<NerExample>? dev = null, Action<NerEpochReport>? progress = null) =>
        TrainStage(1, training, dev, progress, e => new DocumentEvidence(e.Document, links: options.FeatureSet >= 8), firstStage: null);

    /// <summary>
    /// Trains a two-stage model (see the class summary) with <paramref name="folds"/>-fold first-stage predictions.
    /// With an unlabelled corpus, the second stage also reads a <see cref="NameLexicon"/> of what the first stage tagged
    /// there; for the training documents of each fold, that lexicon comes from the fold's own first-stage model, which
    /// never saw their labels.
    /// </summary>
    public NerModel TrainStacked(IReadOnlyList<NerExample> training, IReadOnlyList<NerExample>? dev = null, Action<NerEpochReport>? progress = null, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var evidence = new Dictionary<NerExample, DocumentEvidence>(ReferenceEqualityComparer.Instance);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = training.Where((_, i) => i % folds == fold).ToList();
            var rest = training.Where((_, i) => i % folds != fold).ToList();
            var foldModel = TrainStage(1, rest, null, null, e => new DocumentEvidence(e.Document, links: options.FeatureSet >= 8), firstStage: null);
            var foldLexicon = corpus is null ? null : new NameLexiconBuilder().Build(foldModel, corpus);
            foreach (var example in held)
            {
                evidence[example] = WithPredictions(foldModel, example, foldLexicon);
            }
        }

        var first = TrainStage(1, training, null, progress, e => new DocumentEvidence(e.Document, links: options.FeatureSet >= 8), firstStage: null);
        var lexicon = corpus is null ? null : new NameLexiconBuilder().Build(first, corpus);
        return TrainStage(2, training, dev, progress, e => evidence[e], first, lexicon);
    }

    private static DocumentEvidence WithPredictions(NerModel model, NerExample example, NameLexicon? lexicon)
    {
        var document = example.Document;
        var plain = model.Evidence(document);
        var tags = new ushort[document.Tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            model.Predict(document, sentence.Tokens, tags.AsSpan(sentence.Tokens.Start, sentence.Tokens.Length), plain);
        }

        return plain.WithPredictions(document, tags, lexicon);
    }

    private NerModel TrainStage(int stage, IReadOnlyList<NerExample> training, IReadOnlyList<NerExample>? dev, Action<NerEpochReport>? progress,
        Func<NerExample, DocumentEvidence> evidenceOf, NerModel? firstStage, NameLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        var tags = training.SelectMany(e => e.Tags).Append(EntityTags.Outside).Distinct().Order().ToArray();
        var classOf = new Dictionary<ushort, int>();
        for (var c = 0; c < tags.Length; c++)
        {
            classOf[tags[c]] = c;
        }

        var sentences = Compile(training, classOf, evidenceOf);
        if (options.Runs <= 1)
        {
            var (emissions, transitions) = TrainRun(stage, sentences, tags, options.Seed, dev, progress, firstStage, lexicon);
            return Build(emissions, transitions, tags, firstStage, lexicon);
        }

        // Several runs that differ only in their shuffle seed, averaged weight by weight: an ensemble at the cost of one model.
        var runs = Enumerable.Range(0, options.Runs)
            .Select(r => TrainRun(stage, sentences, tags, options.Seed + (r * 1000), dev, progress, firstStage, lexicon)).ToList();
        return Build(Average([.. runs.Select(r => r.Emissions)]).Pruned(options.PruneBelow), Average([.. runs.Select(r => r.Transitions)]), tags, firstStage, lexicon);
    }

    private (LinearModel Emissions, LinearModel Transitions) TrainRun(int stage, List<CompiledSentence> sentences, ushort[] tags, int seed,
        IReadOnlyList<NerExample>? dev, Action<NerEpochReport>? progress, NerModel? firstStage, NameLexicon? lexicon)
    {
        var k = tags.Length;
        var emissions = new AveragedPerceptronTrainer(k, 1 << 18);
        var transitions = new AveragedPerceptronTrainer(k, 64);
        var mask = BilouViterbi.TransitionMask(tags);
        var end = BilouViterbi.EndMask(tags);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var maxLength = sentences.Count == 0 ? 0 : sentences.Max(s => s.Gold.Length);
        var emissionScores = new float[maxLength * k];
        var transitionScores = new float[(k + 1) * k];
        var backpointers = new int[maxLength * k];
        var scratch = new float[2 * k];
        var path = new int[maxLength];
        Span<ulong> single = stackalloc ulong[1];
        var row = new float[k];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            foreach (var index in order)
            {
                var sentence = sentences[index];
                var n = sentence.Gold.Length;
                for (var t = 0; t < n; t++)
                {
                    emissions.Score(sentence.Features.AsSpan(sentence.Offsets[t], sentence.Offsets[t + 1] - sentence.Offsets[t]), emissionScores.AsSpan(t * k, k));
                }

                mask.CopyTo(transitionScores, 0);
                for (var previous = 0; previous <= k; previous++)
                {
                    single[0] = NerFeatures.Transition(previous);
                    transitions.Score(single, row);
                    for (var c = 0; c < k; c++)
                    {
                        transitionScores[(previous * k) + c] += row[c];
                    }
                }

                BilouViterbi.Decode(emissionScores.AsSpan(0, n * k), k, transitionScores, end, backpointers, scratch, path.AsSpan(0, n));
                emissions.Tick();
                transitions.Tick();
                if (!path.AsSpan(0, n).SequenceEqual(sentence.Gold))
                {
                    errors++;
                    Update(sentence, path.AsSpan(0, n), emissions, transitions, k);
                }
            }

            NerScores? devScores = null;
            if (dev is { Count: > 0 } && progress is not null)
            {
                devScores = NerEvaluator.Evaluate(Build(emissions.ToModel(options.PruneBelow), transitions.ToModel(0f), tags, firstStage, lexicon), dev);
            }

            progress?.Invoke(new NerEpochReport(stage, epoch, sentences.Count, errors, devScores));
        }

        return (emissions.ToModel(options.Runs > 1 ? 0f : options.PruneBelow), transitions.ToModel(0f));
    }

    /// <summary>The weight-by-weight mean of models over the same classes (a feature missing from a model weighs 0 there).</summary>
    private static LinearModel Average(IReadOnlyList<LinearModel> models)
    {
        var k = models[0].ClassCount;
        var sums = new Dictionary<ulong, float[]>();
        var order = new List<ulong>();
        foreach (var model in models)
        {
            foreach (var (feature, row) in model.Rows())
            {
                if (!sums.TryGetValue(feature, out var sum))
                {
                    sum = new float[k];
                    sums[feature] = sum;
                    order.Add(feature);
                }

                var weights = row.Span;
                for (var c = 0; c < k; c++)
                {
                    sum[c] += weights[c] / models.Count;
                }
            }
        }

        var all = new float[order.Count * k];
        for (var i = 0; i < order.Count; i++)
        {
            sums[order[i]].CopyTo(all, i * k);
        }

        return new LinearModel(k, [.. order], all);
    }

    private static void Update(CompiledSentence sentence, ReadOnlySpan<int> predicted, AveragedPerceptronTrainer emissions, AveragedPerceptronTrainer transitions, int k)
    {
        Span<ulong> single = stackalloc ulong[1];
        for (var t = 0; t < predicted.Length; t++)
        {
            var gold = sentence.Gold[t];
            var guess = predicted[t];
            emissions.Update(sentence.Features.AsSpan(sentence.Offsets[t], sentence.Offsets[t + 1] - sentence.Offsets[t]), gold, guess);
            var goldPrevious = t == 0 ? k : sentence.Gold[t - 1];
            var guessPrevious = t == 0 ? k : predicted[t - 1];
            if (goldPrevious != guessPrevious || gold != guess)
            {
                single[0] = NerFeatures.Transition(goldPrevious);
                transitions.Update(single, gold, -1);
                single[0] = NerFeatures.Transition(guessPrevious);
                transitions.Update(single, guess, -1, -1f);
            }
        }
    }

    private NerModel Build(LinearModel emissions, LinearModel transitions, ushort[] tags, NerModel? firstStage, NameLexicon? lexicon) =>
        new(Sparsify(emissions), transitions, tags, clusters, gazetteer, firstStage, lexicon, options.FeatureSet);

    /// <summary>Zeroes the small weights inside kept rows: they change no decision and zeros compress to almost nothing.</summary>
    private LinearModel Sparsify(LinearModel model)
    {
        var keys = new List<ulong>(model.FeatureCount);
        var weights = new List<float>(model.FeatureCount * model.ClassCount);
        foreach (var (feature, row) in model.Rows())
        {
            keys.Add(feature);
            foreach (var weight in row.Span)
            {
                weights.Add(Math.Abs(weight) < options.PruneBelow ? 0f : weight);
            }
        }

        return new LinearModel(model.ClassCount, keys.ToArray(), [.. weights]);
    }

    /// <summary>How often each word form occurs in the training text.</summary>
    private static Dictionary<string, int> WordFrequencies(IReadOnlyList<NerExample> examples)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            var document = example.Document;
            foreach (var token in document.Tokens)
            {
                var form = document.Text[token.Start..token.End];
                frequency[form] = frequency.GetValueOrDefault(form) + 1;
            }
        }

        return frequency;
    }

    /// <summary>Extracts every sentence's features once, dropping features rarer than the options allow.</summary>
    private List<CompiledSentence> Compile(IReadOnlyList<NerExample> examples, Dictionary<ushort, int> classOf, Func<NerExample, DocumentEvidence> evidenceOf)
    {
        var raw = new List<(ulong[] Features, int[] Offsets, int[] Gold)>();
        var counts = new Dictionary<ulong, int>();
        var frequency = WordFrequencies(examples);
        var buffer = new ulong[NerFeatures.MaxPerToken];
        foreach (var example in examples)
        {
            var document = example.Document;
            var evidence = evidenceOf(example);
            foreach (var sentence in document.Sentences)
            {
                var range = sentence.Tokens;
                var n = range.Length;
                if (n == 0)
                {
                    continue;
                }

                var keys = new NerFeatures.TokenKeys[n];
                var marks = new GazetteerMark[n];
                gazetteer?.Mark(document, range, marks);
                NerFeatures.Prepare(document, range, clusters, evidence, keys);
                var features = new List<ulong>(n * NerFeatures.MaxPerToken);
                var offsets = new int[n + 1];
                var gold = new int[n];
                for (var t = 0; t < n; t++)
                {
                    var rare = frequency.GetValueOrDefault(document.Text[document.Tokens[range.Start + t].Start..document.Tokens[range.Start + t].End]) <= options.RareWordCount;
                    var count = NerFeatures.Extract(document, range, keys, marks, t, buffer, identity: !rare, featureSet: options.FeatureSet);
                    for (var f = 0; f < count; f++)
                    {
                        features.Add(buffer[f]);
                        counts[buffer[f]] = counts.GetValueOrDefault(buffer[f]) + 1;
                    }

                    offsets[t + 1] = features.Count;
                    gold[t] = classOf[example.Tags[range.Start + t]];
                }

                raw.Add(([.. features], offsets, gold));
                if (options.GazetteerCopies && marks.Any(m => !m.IsEmpty))
                {
                    var copy = new List<ulong>(features.Count);
                    var copyOffsets = new int[n + 1];
                    for (var t = 0; t < n; t++)
                    {
                        var count = NerFeatures.Extract(document, range, keys, marks, t, buffer, lexical: marks[t].IsEmpty, featureSet: options.FeatureSet);
                        for (var f = 0; f < count; f++)
                        {
                            copy.Add(buffer[f]);
                            counts[buffer[f]] = counts.GetValueOrDefault(buffer[f]) + 1;
                        }

                        copyOffsets[t + 1] = copy.Count;
                    }

                    raw.Add(([.. copy], copyOffsets, gold));
                }
            }
        }

        var compiled = new List<CompiledSentence>(raw.Count);
        foreach (var (features, offsets, gold) in raw)
        {
            var kept = new List<ulong>(features.Length);
            var keptOffsets = new int[offsets.Length];
            for (var t = 0; t + 1 < offsets.Length; t++)
            {
                for (var f = offsets[t]; f < offsets[t + 1]; f++)
                {
                    if (counts[features[f]] >= options.MinFeatureCount)
                    {
                        kept.Add(features[f]);
                    }
                }

                keptOffsets[t + 1] = kept.Count;
            }

            compiled.Add(new CompiledSentence([.. kept], keptOffsets, gold));
        }

        return compiled;
    }
}
