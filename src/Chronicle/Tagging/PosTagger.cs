using System.Buffers;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Tagging;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger: assigns Penn tags (<see cref="TokenData.Tag"/>), UPOS and lemmas.
/// Holds only the immutable model, so one instance is safe to share across threads.
/// </summary>
public sealed class PosTagger : IPipe
{
    public PosTagger(TaggerModel model) => Model = model;

    public TaggerModel Model { get; }

    /// <summary>
    /// How far below the best Penn tag's score another Penn tag may be and still replace it where the UPOS model picks a
    /// class the best tag does not allow (chosen on EWT dev and the GUM news documents); beyond it the Penn tag stands
    /// and the UPOS model's best class that the tag allows is taken.
    /// </summary>
    public float RepairMargin { get; init; } = DefaultRepairMargin;

    /// <summary>The default <see cref="RepairMargin"/>.</summary>
    public const float DefaultRepairMargin = 8f;

    /// <summary>
    /// For a two-pass model (<see cref="TaggerModel.Stacked"/>): a word whose first-pass best tag leads the runner-up by
    /// at least this much keeps it without a second-pass scoring; the second pass re-tags only the doubtful words, which
    /// saves most of its time (infinity: the second pass scores every word).
    /// </summary>
    public float StackMargin { get; init; } = DefaultStackMargin;

    /// <summary>The default <see cref="StackMargin"/>.</summary>
    public const float DefaultStackMargin = float.PositiveInfinity;

    public string Name => "tagger";

    public PipeContract Contract { get; } = new(Annotation.Tokens | Annotation.Sentences, Annotation.PartsOfSpeech | Annotation.Lemmas);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.TagNames = Model.TagNames;
        var longest = 0;
        foreach (var sentence in document.Sentences)
        {
            longest = Math.Max(longest, sentence.Tokens.Length);
        }

        var words = ArrayPool<WordFeatures>.Shared.Rent(longest);
        var tags = ArrayPool<int>.Shared.Rent(longest * 2);
        var ambiguity = ArrayPool<ulong>.Shared.Rent(longest * 2);
        var tagScores = ArrayPool<float>.Shared.Rent(longest * Model.Tags.ClassCount);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Tag(document, sentence.Tokens, words, tags, ambiguity, tagScores);
            }
        }
        finally
        {
            ArrayPool<WordFeatures>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<ulong>.Shared.Return(ambiguity);
            ArrayPool<float>.Shared.Return(tagScores);
        }
    }

    /// <summary>Tags one token range in place (Penn tag, UPOS, lemma).</summary>
    /// <param name="tagBuffer">Scratch space of at least twice the range's length.</param>
    /// <param name="ambiguityBuffer">Scratch space of at least twice the range's length.</param>
    /// <param name="scoreBuffer">Scratch space of at least the range's length times the number of Penn tags.</param>
    public void Tag(Document document, TokenRange range, Span<WordFeatures> wordBuffer, Span<int> tagBuffer, Span<ulong> ambiguityBuffer, Span<float> scoreBuffer)
    {
        var n = range.Length;
        if (n == 0)
        {
            return;
        }

        var words = wordBuffer[..n];
        var tags = tagBuffer[..n];
        for (var i = 0; i < n; i++)
        {
            words[i] = WordFeatures.Of(document.TextOf(range.Start + i));
        }

        var classes = ambiguityBuffer.Slice(n, n);
        var ambiguity = ambiguityBuffer[..n];
        var tagScores = scoreBuffer[..(n * Model.Tags.ClassCount)];
        PredictTags(words, tags, ambiguity, classes, tagBuffer.Slice(n, n), tagScores);
        var casing = TaggerFeatures.SentenceCasing(words);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.UposCount];
        Span<float> scores = stackalloc float[Model.Upos.ClassCount];
        // The UPOS model reads the Penn tags as predicted (as in training); where it disagrees with a Penn tag, the
        // Penn tag changes afterwards, so the final tags are in the second half of the buffer.
        var final = tagBuffer.Slice(n, n);
        var tokens = document.Tokens;
        for (var i = 0; i < n; i++)
        {
            TaggerFeatures.ExtractUpos(words, ambiguity, classes, casing, tags, i, features);
            var tag = tags[i];
            tokens[range.Start + i].Pos = Model.UposClasses[PredictUpos(features, scores, tagScores.Slice(i * Model.Tags.ClassCount, Model.Tags.ClassCount), ref tag)];
            final[i] = tag;
        }

        for (var i = 0; i < n; i++)
        {
            ref var token = ref tokens[range.Start + i];
            token.Tag = (ushort)final[i];
            token.Lemma = Model.Lemmatizer.Lemmatize(document, range.Start + i, final[i]);
        }
    }

    /// <summary>
    /// The UPOS model's best class, kept consistent with the Penn tag (<see cref="TaggerModel.UposAllowed"/>): the UPOS
    /// model reads the word and the tags on both sides, so where it picks a class the Penn tag does not allow, the Penn
    /// tag becomes the best-scoring one that allows it (a left-to-right NNP read as NOUN becomes NN); a word the tag
    /// dictionary tagged (no Penn scores) keeps its tag and gets the best class that tag allows.
    /// </summary>
    private int PredictUpos(ReadOnlySpan<ulong> features, Span<float> scores, ReadOnlySpan<float> tagScores, ref int tag)
    {
        scores.Clear();
        Model.Upos.AddScores(features, scores);
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            best = scores[c] > scores[best] ? c : best;
        }

        if (Model.UposAllowed(tag, best))
        {
            return best;
        }

        if (!float.IsNaN(tagScores[0]))
        {
            var repaired = -1;
            for (var t = 0; t < tagScores.Length; t++)
            {
                if (Model.UposAllowed(t + 1, best) && (repaired < 0 || tagScores[t] > tagScores[repaired]))
                {
                    repaired = t;
                }
            }

            if (repaired >= 0 && tagScores[repaired] >= tagScores[tag - 1] - RepairMargin)
            {
                tag = repaired + 1;
                return best;
            }
        }

        var allowed = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (Model.UposAllowed(tag, c) && (allowed < 0 || scores[c] > scores[allowed]))
            {
                allowed = c;
            }
        }

        return allowed >= 0 ? allowed : best;
    }

    /// <summary>Predicts the Penn tag ids (index into <see cref="TaggerModel.TagNames"/>) of a sentence.</summary>
    /// <param name="ambiguity">Scratch space for the words' ambiguity classes (length ≥ the sentence's).</param>
    /// <param name="classes">Receives the words' packed <see cref="WordClasses"/> (length ≥ the sentence's).</param>
    /// <param name="firstPass">Scratch space for the first pass's tags when the model has a second pass (length ≥ the sentence's).</param>
    /// <param name="tagScores">Receives each word's Penn-tag scores (the model's classes, one row per word; NaN where the tag
    /// dictionary chose), or empty.</param>
    public void PredictTags(ReadOnlySpan<WordFeatures> words, Span<int> tags, Span<ulong> ambiguity, Span<ulong> classes, Span<int> firstPass, Span<float> tagScores = default)
    {
        var table = Model.Classes;
        for (var i = 0; i < words.Length; i++)
        {
            ambiguity[i] = Model.AmbiguityOf(words[i]);
            classes[i] = table.Of(words[i]);
        }

        Span<ulong> features = stackalloc ulong[TaggerFeatures.StackedCount];
        var classCount = Model.Tags.ClassCount;
        Span<float> scores = stackalloc float[classCount];
        var casing = TaggerFeatures.SentenceCasing(words);
        var stacked = Model.Stacked;
        var record = !tagScores.IsEmpty;
        var first = stacked is null ? tags : firstPass[..words.Length];
        // Per word, whether the first pass is sure enough to skip the second (dictionary words are always sure).
        var sure = stacked is null ? null : ArrayPool<bool>.Shared.Rent(words.Length);
        try
        {
            int previous = TaggerFeatures.StartTag, secondPrevious = TaggerFeatures.StartTag;
            for (var i = 0; i < words.Length; i++)
            {
                var tag = Model.DictionaryTag(words[i]);
                var certain = tag != 0;
                if (tag == 0)
                {
                    TaggerFeatures.Extract(words, ambiguity, classes, casing, i, previous, secondPrevious, features);
                    tag = Model.Tags.Predict(features[..TaggerFeatures.Count], scores) + 1;
                    certain = sure is not null && Lead(scores, tag - 1) >= StackMargin;
                    if (record)
                    {
                        scores.CopyTo(tagScores.Slice(i * classCount, classCount));
                    }
                }
                else if (record)
                {
                    tagScores[i * classCount] = float.NaN;
                }

                if (sure is not null)
                {
                    sure[i] = certain;
                }

                first[i] = tag;
                secondPrevious = previous;
                previous = tag;
            }

            if (sure is not null)
            {
                SecondPass(words, tags, ambiguity, classes, first, sure, casing, features, scores, tagScores);
            }
        }
        finally
        {
            if (sure is not null)
            {
                ArrayPool<bool>.Shared.Return(sure);
            }
        }
    }

    /// <summary>How far the best class's score leads the runner-up.</summary>
    private static float Lead(ReadOnlySpan<float> scores, int best)
    {
        var second = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != best && scores[c] > second)
            {
                second = scores[c];
            }
        }

        return scores[best] - second;
    }

    private void SecondPass(ReadOnlySpan<WordFeatures> words, Span<int> tags, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<ulong> classes, ReadOnlySpan<int> first,
        ReadOnlySpan<bool> sure, int casing, Span<ulong> features, Span<float> scores, Span<float> tagScores)
    {
        var stacked = Model.Stacked!;
        var classCount = scores.Length;
        var record = !tagScores.IsEmpty;
        int previous = TaggerFeatures.StartTag, secondPrevious = TaggerFeatures.StartTag;
        for (var i = 0; i < words.Length; i++)
        {
            var tag = first[i];
            if (!sure[i])
            {
                TaggerFeatures.ExtractStacked(words, ambiguity, classes, casing, i, previous, secondPrevious, first, features);
                tag = stacked.Predict(features, scores) + 1;
                if (record)
                {
                    scores.CopyTo(tagScores.Slice(i * classCount, classCount));
                }
            }

            tags[i] = tag;
            secondPrevious = previous;
            previous = tag;
        }
    }
}
