using Chronicle.Documents;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Tagging;

/// <summary>
/// One perceptron training run of the tagger's linear models (Penn tags, optional second pass, UPOS) with its own
/// shuffle seed. <see cref="TaggerTrainer"/> runs one per seed in lockstep, epoch by epoch, and averages them.
/// Not thread-safe.
/// </summary>
internal sealed class TaggerTrainingPass
{
    private readonly Random _random;
    private readonly int[] _order;
    private WordFeatures[] _words = new WordFeatures[16];
    private int[] _tags = new int[16];
    private ulong[] _ambiguity = new ulong[16];
    private ulong[] _wordClasses = new ulong[16];
    private readonly ulong[] _features = new ulong[Math.Max(TaggerFeatures.StackedCount, TaggerFeatures.UposCount)];
    private readonly float[] _scores;

    public TaggerTrainingPass(int seed, int sentenceCount, int tagClasses, bool stacked, int uposClasses)
    {
        _random = new Random(seed);
        _order = Enumerable.Range(0, sentenceCount).ToArray();
        Tags = new SparsePerceptronTrainer(tagClasses);
        Stacked = stacked ? new SparsePerceptronTrainer(tagClasses) : null;
        Upos = new SparsePerceptronTrainer(uposClasses);
        _scores = new float[Math.Max(tagClasses + 1, uposClasses)];
    }

    public SparsePerceptronTrainer Tags { get; }

    public SparsePerceptronTrainer? Stacked { get; }

    public SparsePerceptronTrainer Upos { get; }

    /// <summary>One epoch over <paramref name="train"/> in this run's shuffled order.</summary>
    /// <param name="lookups">A model with the tag dictionary and ambiguity classes (its weights are not read).</param>
    /// <param name="firstPass">The jackknifed first-pass tags the second pass learns from (null for a one-pass tagger).</param>
    public void Epoch(IReadOnlyList<GoldSentence> train, TaggerModel lookups, WordClasses classes, Dictionary<string, int> tagIds, UniversalPos[] uposClasses, int[][]? firstPass)
    {
        _random.Shuffle(_order);
        foreach (var index in _order)
        {
            var sentence = train[index];
            var n = sentence.Length;
            if (_words.Length < n)
            {
                _words = new WordFeatures[n * 2];
                _tags = new int[n * 2];
                _ambiguity = new ulong[n * 2];
                _wordClasses = new ulong[n * 2];
            }

            for (var i = 0; i < n; i++)
            {
                _words[i] = WordFeatures.Of(sentence.Words[i]);
                _ambiguity[i] = lookups.AmbiguityOf(_words[i]);
                _wordClasses[i] = classes.Of(_words[i]);
            }

            var sentenceClasses = _wordClasses.AsSpan(0, n);
            var sentenceWords = _words.AsSpan(0, n);
            var casing = TaggerFeatures.SentenceCasing(sentenceWords);
            var sentenceAmbiguity = _ambiguity.AsSpan(0, n);
            int previous = TaggerFeatures.StartTag, secondPrevious = TaggerFeatures.StartTag;
            for (var i = 0; i < n; i++)
            {
                var gold = tagIds[sentence.Xpos[i]];
                var guess = lookups.DictionaryTag(_words[i]);
                if (guess == 0)
                {
                    TaggerFeatures.Extract(sentenceWords, sentenceAmbiguity, sentenceClasses, casing, i, previous, secondPrevious, _features);
                    var used = _features.AsSpan(0, TaggerFeatures.Count);
                    Tags.Tick();
                    Tags.Score(used, _scores);
                    guess = TaggerTrainer.ArgMax(_scores.AsSpan(0, Tags.ClassCount)) + 1;
                    Tags.Update(used, gold - 1, guess - 1);
                }

                _tags[i] = guess;
                secondPrevious = previous;
                previous = guess;
            }

            if (Stacked is not null)
            {
                // The second pass learns from the jackknifed first-pass tags, with its own predictions as history.
                var stackedInput = firstPass![index];
                previous = secondPrevious = TaggerFeatures.StartTag;
                for (var i = 0; i < n; i++)
                {
                    var guess = lookups.DictionaryTag(_words[i]);
                    if (guess == 0)
                    {
                        TaggerFeatures.ExtractStacked(sentenceWords, sentenceAmbiguity, sentenceClasses, casing, i, previous, secondPrevious, stackedInput, _features);
                        Stacked.Tick();
                        Stacked.Score(_features, _scores);
                        guess = TaggerTrainer.ArgMax(_scores.AsSpan(0, Stacked.ClassCount)) + 1;
                        Stacked.Update(_features, tagIds[sentence.Xpos[i]] - 1, guess - 1);
                    }

                    _tags[i] = guess;
                    secondPrevious = previous;
                    previous = guess;
                }
            }

            for (var i = 0; i < n; i++)
            {
                TaggerFeatures.ExtractUpos(sentenceWords, sentenceAmbiguity, sentenceClasses, casing, _tags.AsSpan(0, n), i, _features);
                var used = _features.AsSpan(0, TaggerFeatures.UposCount);
                Upos.Tick();
                Upos.Score(used, _scores);
                var guess = TaggerTrainer.ArgMax(_scores.AsSpan(0, uposClasses.Length));
                Upos.Update(used, Array.IndexOf(uposClasses, sentence.Upos[i]), guess);
            }
        }
    }
}
