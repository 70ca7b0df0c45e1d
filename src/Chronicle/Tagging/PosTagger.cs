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
        var tags = ArrayPool<int>.Shared.Rent(longest);
        var ambiguity = ArrayPool<ulong>.Shared.Rent(longest * 2);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Tag(document, sentence.Tokens, words, tags, ambiguity);
            }
        }
        finally
        {
            ArrayPool<WordFeatures>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<ulong>.Shared.Return(ambiguity);
        }
    }

    /// <summary>Tags one token range in place (Penn tag, UPOS, lemma).</summary>
    /// <param name="ambiguityBuffer">Scratch space of at least twice the range's length.</param>
    public void Tag(Document document, TokenRange range, Span<WordFeatures> wordBuffer, Span<int> tagBuffer, Span<ulong> ambiguityBuffer)
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
        PredictTags(words, tags, ambiguityBuffer[..n], classes);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.UposCount];
        Span<float> scores = stackalloc float[Model.Upos.ClassCount];
        var tokens = document.Tokens;
        for (var i = 0; i < n; i++)
        {
            TaggerFeatures.ExtractUpos(words, classes, tags, i, features);
            ref var token = ref tokens[range.Start + i];
            token.Tag = (ushort)tags[i];
            token.Pos = Model.UposClasses[Model.Upos.Predict(features, scores)];
            token.Lemma = Model.Lemmatizer.Lemmatize(document, range.Start + i, tags[i]);
        }
    }

    /// <summary>Predicts the Penn tag ids (index into <see cref="TaggerModel.TagNames"/>) of a sentence.</summary>
    /// <param name="ambiguity">Scratch space for the words' ambiguity classes (length ≥ the sentence's).</param>
    /// <param name="classes">Receives the words' packed <see cref="WordClasses"/> (length ≥ the sentence's).</param>
    public void PredictTags(ReadOnlySpan<WordFeatures> words, Span<int> tags, Span<ulong> ambiguity, Span<ulong> classes)
    {
        var table = Model.Classes;
        for (var i = 0; i < words.Length; i++)
        {
            ambiguity[i] = Model.AmbiguityOf(words[i]);
            classes[i] = table.Of(words[i]);
        }

        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[Model.Tags.ClassCount];
        var casing = TaggerFeatures.SentenceCasing(words);
        int previous = TaggerFeatures.StartTag, secondPrevious = TaggerFeatures.StartTag;
        for (var i = 0; i < words.Length; i++)
        {
            var tag = Model.DictionaryTag(words[i]);
            if (tag == 0)
            {
                TaggerFeatures.Extract(words, ambiguity, classes, casing, i, previous, secondPrevious, features);
                tag = Model.Tags.Predict(features, scores) + 1;
            }

            tags[i] = tag;
            secondPrevious = previous;
            previous = tag;
        }
    }
}
