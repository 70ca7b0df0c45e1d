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
    public static TaggerModel Train(IReadOnlyList<GoldSentence> train, TaggerTrainingOptions options, Action<int, TaggerModel>? afterEpoch = null, WordClasses? classes = null)
    {
        classes ??= WordClasses.Empty;
        var tagNames = new List<string> { "_" };
        tagNames.AddRange(train.SelectMany(s => s.Xpos).Distinct().Order(StringComparer.Ordinal));
        var tagIds = tagNames.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var uposClasses = Enum.GetValues<UniversalPos>().Where(u => u != UniversalPos.None).ToArray();
        var dictionary = BuildTagDictionary(train, options);
        var ambiguityClasses = BuildAmbiguityClasses(train, options);
        var (lexicon, rules) = LemmaTableBuilder.Build(train);

        var tagTrainer = new SparsePerceptronTrainer(tagNames.Count - 1);
        var uposTrainer = new SparsePerceptronTrainer(uposClasses.Length);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(options.Seed);
        var current = Build(tagTrainer, uposTrainer, tagNames, uposClasses, dictionary, ambiguityClasses, lexicon, rules, options.PruneBelow, classes);
        var words = new WordFeatures[16];
        var tags = new int[16];
        var ambiguity = new ulong[16];
        var wordClasses = new ulong[16];
        var features = new ulong[TaggerFeatures.Count];
        var scores = new float[Math.Max(tagNames.Count, uposClasses.Length)];
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = train[index];
                var n = sentence.Length;
                if (words.Length < n)
                {
                    words = new WordFeatures[n * 2];
                    tags = new int[n * 2];
                    ambiguity = new ulong[n * 2];
                    wordClasses = new ulong[n * 2];
                }

                for (var i = 0; i < n; i++)
                {
                    words[i] = WordFeatures.Of(sentence.Words[i]);
                    ambiguity[i] = current.AmbiguityOf(words[i]);
                    wordClasses[i] = classes.Of(words[i]);
                }

                var sentenceClasses = wordClasses.AsSpan(0, n);
                var casing = TaggerFeatures.SentenceCasing(words.AsSpan(0, n));

                var sentenceWords = words.AsSpan(0, n);
                var sentenceAmbiguity = ambiguity.AsSpan(0, n);
                int previous = TaggerFeatures.StartTag, secondPrevious = TaggerFeatures.StartTag;
                for (var i = 0; i < n; i++)
                {
                    var gold = tagIds[sentence.Xpos[i]];
                    var guess = current.DictionaryTag(words[i]);
                    if (guess == 0)
                    {
                        TaggerFeatures.Extract(sentenceWords, sentenceAmbiguity, sentenceClasses, casing, i, previous, secondPrevious, features);
                        tagTrainer.Tick();
                        tagTrainer.Score(features, scores);
                        guess = ArgMax(scores.AsSpan(0, tagTrainer.ClassCount)) + 1;
                        tagTrainer.Update(features, gold - 1, guess - 1);
                    }

                    tags[i] = guess;
                    secondPrevious = previous;
                    previous = guess;
                }

                for (var i = 0; i < n; i++)
                {
                    TaggerFeatures.ExtractUpos(sentenceWords, sentenceClasses, tags.AsSpan(0, n), i, features);
                    uposTrainer.Tick();
                    uposTrainer.Score(features.AsSpan(0, TaggerFeatures.UposCount), scores);
                    var guess = ArgMax(scores.AsSpan(0, uposClasses.Length));
                    uposTrainer.Update(features.AsSpan(0, TaggerFeatures.UposCount), Array.IndexOf(uposClasses, sentence.Upos[i]), guess);
                }
            }

            if (afterEpoch is not null || epoch == options.Epochs)
            {
                current = Build(tagTrainer, uposTrainer, tagNames, uposClasses, dictionary, ambiguityClasses, lexicon, rules, options.PruneBelow, classes);
                afterEpoch?.Invoke(epoch, current);
            }
        }

        return current;
    }

    private static TaggerModel Build(SparsePerceptronTrainer tags, SparsePerceptronTrainer upos, List<string> tagNames, UniversalPos[] uposClasses,
        List<string> dictionary, List<string> ambiguityClasses, List<string> lexicon, List<string> rules, float pruneBelow, WordClasses classes) =>
        new(tags.ToModel(pruneBelow), upos.ToModel(pruneBelow), tagNames, uposClasses, dictionary, ambiguityClasses, lexicon, rules, classes);

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
