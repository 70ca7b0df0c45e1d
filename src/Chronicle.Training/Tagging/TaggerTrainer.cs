using Chronicle.Documents;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Tagging;

/// <summary>
/// Trains the tagger: greedy left-to-right averaged perceptron over <see cref="TaggerFeatures"/>, with the
/// model's own previous predictions as history (as at run time), plus the Penn → UPOS model and the lemma tables.
/// Deterministic for a given seed.
/// </summary>
public static class TaggerTrainer
{
    /// <param name="classes">Distributional word classes the features read (null for none); stored in the model.</param>
    /// <param name="log">Progress of the second pass's jackknife (null for none).</param>
    public static TaggerModel Train(IReadOnlyList<GoldSentence> train, TaggerTrainingOptions options, Action<int, TaggerModel>? afterEpoch = null, WordClasses? classes = null,
        Action<string>? log = null)
    {
        classes ??= WordClasses.Empty;
        var tagNames = new List<string> { "_" };
        tagNames.AddRange(train.SelectMany(s => s.Xpos).Distinct().Order(StringComparer.Ordinal));
        var tagIds = tagNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var uposClasses = Enum.GetValues<UniversalPos>().Where(u => u != UniversalPos.None).ToArray();
        var dictionary = BuildTagDictionary(train, options);
        var ambiguityClasses = BuildAmbiguityClasses(train, options);
        var (lexicon, rules) = LemmaTableBuilder.Build(train);
        var uposByTag = BuildUposByTag(train, options);
        var firstPass = options.StackFolds > 1 ? Jackknife(train, options, classes, tagIds, log) : null;

        var seeds = options.Seeds is { Count: > 0 } listed ? listed : [options.Seed];
        var passes = seeds.Select(seed => new TaggerTrainingPass(seed, train.Count, tagNames.Count - 1, firstPass is not null, uposClasses.Length)).ToArray();
        var lookups = Build(passes[0].Tags, passes[0].Stacked, passes[0].Upos, tagNames, uposClasses, dictionary, ambiguityClasses, lexicon, rules, options.PruneBelow, classes, uposByTag);
        var current = lookups;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            foreach (var pass in passes)
            {
                pass.Epoch(train, lookups, classes, tagIds, uposClasses, firstPass);
            }

            if (afterEpoch is not null || epoch == options.Epochs)
            {
                current = passes.Length == 1
                    ? Build(passes[0].Tags, passes[0].Stacked, passes[0].Upos, tagNames, uposClasses, dictionary, ambiguityClasses, lexicon, rules, options.PruneBelow, classes, uposByTag)
                    : new TaggerModel(Average(passes, p => p.Tags, options.PruneBelow), Average(passes, p => p.Upos, options.PruneBelow), tagNames, uposClasses, dictionary,
                        ambiguityClasses, lexicon, rules, classes, firstPass is null ? null : Average(passes, p => p.Stacked!, options.PruneBelow), uposByTag);
                afterEpoch?.Invoke(epoch, current);
            }
        }

        return current;
    }

    /// <summary>
    /// The first pass's tag ids for every training sentence, each fold (sentence index mod k) tagged by a one-pass
    /// model trained on the other folds. Folds are independent, so two train at once; each writes only its own
    /// sentences, so the result does not depend on scheduling.
    /// </summary>
    private static int[][] Jackknife(IReadOnlyList<GoldSentence> train, TaggerTrainingOptions options, WordClasses classes, Dictionary<string, int> tagIds, Action<string>? log)
    {
        var folds = options.StackFolds;
        var result = new int[train.Count][];
        var onePass = options with { StackFolds = 0 };
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var model = Train(rest, onePass, classes: classes);
            var tagger = new PosTagger(model);
            var words = new WordFeatures[16];
            var ambiguity = new ulong[16];
            var wordClasses = new ulong[16];
            var scratch = new int[16];
            for (var i = fold; i < train.Count; i += folds)
            {
                var sentence = train[i];
                var n = sentence.Length;
                if (words.Length < n)
                {
                    words = new WordFeatures[n * 2];
                    ambiguity = new ulong[n * 2];
                    wordClasses = new ulong[n * 2];
                    scratch = new int[n * 2];
                }

                for (var t = 0; t < n; t++)
                {
                    words[t] = WordFeatures.Of(sentence.Words[t]);
                }

                // The fold model's tag ids index its own tag list, which may lack a rare tag: map through the names.
                var own = new int[n];
                tagger.PredictTags(words.AsSpan(0, n), own, ambiguity, wordClasses, scratch);
                for (var t = 0; t < n; t++)
                {
                    own[t] = tagIds[model.TagNames[own[t]]];
                }

                result[i] = own;
            }

            lock (result)
            {
                log?.Invoke($"tagger: second-pass jackknife fold {fold + 1}/{folds} tagged");
            }
        });

        return result;
    }

    private static TaggerModel Build(SparsePerceptronTrainer tags, SparsePerceptronTrainer? stacked, SparsePerceptronTrainer upos, List<string> tagNames, UniversalPos[] uposClasses,
        List<string> dictionary, List<string> ambiguityClasses, List<string> lexicon, List<string> rules, float pruneBelow, WordClasses classes,
        List<string> uposByTag) =>
        new(tags.ToModel(pruneBelow), upos.ToModel(pruneBelow), tagNames, uposClasses, dictionary, ambiguityClasses, lexicon, rules, classes, stacked?.ToModel(pruneBelow), uposByTag);

    /// <summary>The mean of the runs' averaged weights (each run pruned as a single model is, then the mean pruned again).</summary>
    private static Chronicle.Learning.LinearModel Average(TaggerTrainingPass[] passes, Func<TaggerTrainingPass, SparsePerceptronTrainer> trainer, float pruneBelow) =>
        ModelAveraging.Average([.. passes.Select(p => trainer(p).ToModel(pruneBelow))], pruneBelow);

    /// <summary>
    /// The UPOS each Penn tag took in training at least <see cref="TaggerTrainingOptions.UposPairMinCount"/> times or for a
    /// tenth of its words (so a small training set keeps its pairs).
    /// </summary>
    public static List<string> BuildUposByTag(IReadOnlyList<GoldSentence> train, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<UniversalPos, int>>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Xpos[i], out var byUpos))
                {
                    counts[sentence.Xpos[i]] = byUpos = [];
                }

                byUpos[sentence.Upos[i]] = byUpos.GetValueOrDefault(sentence.Upos[i]) + 1;
            }
        }

        return [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key}\t{string.Join('|', c.Value.Where(u => u.Value >= options.UposPairMinCount || u.Value * 10 >= c.Value.Values.Sum()).Select(u => u.Key.ToString()).Order(StringComparer.Ordinal))}")];
    }

    private static List<string> BuildTagDictionary(IReadOnlyList<GoldSentence> train, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Words[i], out var byTag))
                {
                    counts[sentence.Words[i]] = byTag = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byTag[sentence.Xpos[i]] = byTag.GetValueOrDefault(sentence.Xpos[i]) + 1;
            }
        }

        var entries = new List<string>();
        foreach (var (word, byTag) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var total = byTag.Values.Sum();
            var (tag, count) = byTag.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First();
            if (total >= options.DictionaryMinCount && count >= options.DictionaryMinShare * total)
            {
                entries.Add($"{word}\t{tag}");
            }
        }

        return entries;
    }

    private static List<string> BuildAmbiguityClasses(IReadOnlyList<GoldSentence> train, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var word = Normalise(sentence.Words[i]);
                if (!counts.TryGetValue(word, out var byTag))
                {
                    counts[word] = byTag = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byTag[sentence.Xpos[i]] = byTag.GetValueOrDefault(sentence.Xpos[i]) + 1;
            }
        }

        var entries = new List<string>();
        foreach (var (word, byTag) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var total = byTag.Values.Sum();
            if (total < options.AmbiguityMinCount)
            {
                continue;
            }

            var tags = byTag.Where(t => t.Value >= options.AmbiguityMinShare * total).Select(t => t.Key).Order(StringComparer.Ordinal);
            entries.Add($"{word}\t{string.Join('|', tags)}");
        }

        return entries;
    }

    /// <summary>The form <see cref="WordFeatures.Norm"/> hashes: lower case, digits as 0.</summary>
    private static string Normalise(string word) =>
        string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = char.IsAsciiDigit(w[i]) ? '0' : char.ToLowerInvariant(w[i]);
            }
        });

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
