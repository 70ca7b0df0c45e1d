using System.Buffers;
using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Tagging;

namespace Chronicle.Parsing;

/// <summary>
/// Arc-hybrid dependency parser (averaged perceptron, UD relations): greedy, or with a beam of
/// <see cref="BeamWidth"/> hypotheses (<see cref="ParserBeam"/>). Writes <see cref="TokenData.Head"/>
/// (document token index, -1 for the sentence root) and <see cref="TokenData.Dependency"/>. Holds only the immutable
/// model, so one instance is safe to share across threads.
/// </summary>
public sealed class DependencyParser : IPipe, IParserScorer
{
    /// <summary>Hash of the virtual root's word and tag.</summary>
    public const ulong RootValue = 0x524F_4F54UL;

    private readonly int _rootClass;
    private readonly bool _forceBeam;

    /// <param name="beamWidth">Hypotheses kept per step (1 = greedy); null: the width the model was trained with.</param>
    public DependencyParser(ParserModel model, int? beamWidth = null)
        : this(model, beamWidth, forceBeam: false)
    {
    }

    /// <param name="forceBeam">Decode with <see cref="ParserBeam"/> even at width 1 (tests compare it with the greedy path).</param>
    internal DependencyParser(ParserModel model, int? beamWidth, bool forceBeam)
    {
        _forceBeam = forceBeam;
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        BeamWidth = beamWidth ?? model.BeamWidth;
        Contract = new(
            Annotation.Tokens | Annotation.Sentences | Annotation.PartsOfSpeech | (model.FeatureSet >= 5 ? Annotation.Lemmas : Annotation.None),
            Annotation.Dependencies);
        ArgumentOutOfRangeException.ThrowIfLessThan(BeamWidth, 1, nameof(beamWidth));
        _rootClass = -1;
        for (var i = 0; i < model.Labels.Count; i++)
        {
            if (model.Labels[i] == DependencyLabel.Root)
            {
                _rootClass = i;
            }
        }
    }

    public ParserModel Model { get; }

    /// <summary>Hypotheses kept per step; 1 parses greedily.</summary>
    public int BeamWidth { get; }

    public string Name => "parser";

    /// <summary>Feature set 5 reads the tagger's lemmas besides its tags (universal POS come with <see cref="Annotation.PartsOfSpeech"/>).</summary>
    public PipeContract Contract { get; }

    /// <summary>The hash the parser's features use for a Penn tag name.</summary>
    public static ulong TagValue(ReadOnlySpan<char> tagName) => FeatureHash.Of(7, tagName);

    /// <summary>The value the parser's features use for a universal POS.</summary>
    public static ulong UposValue(UniversalPos pos) => 0x5550_4F53_0000UL | (byte)pos;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagValues = new ulong[document.TagNames.Count];
        for (var i = 0; i < tagValues.Length; i++)
        {
            tagValues[i] = TagValue(document.TagNames[i]);
        }

        var longest = 0;
        foreach (var sentence in document.Sentences)
        {
            longest = Math.Max(longest, sentence.Tokens.Length);
        }

        var words = ArrayPool<ulong>.Shared.Rent(longest + 1);
        var tags = ArrayPool<ulong>.Shared.Rent(longest + 1);
        var classes = ArrayPool<ulong>.Shared.Rent(longest + 1);
        var upos = ArrayPool<ulong>.Shared.Rent(longest + 1);
        var lemmas = ArrayPool<ulong>.Shared.Rent(longest + 1);
        var table = Model.Classes;
        var state = new ParseState();
        var beam = BeamWidth > 1 || _forceBeam ? new ParserBeam(BeamWidth) : null;
        var relabeller = Model.Relabeller;
        var heads = relabeller is null ? null : ArrayPool<int>.Shared.Rent(longest);
        var labels = relabeller is null ? null : ArrayPool<DependencyLabel>.Shared.Rent(longest);
        var alternatives = relabeller is null ? null : ArrayPool<ushort>.Shared.Rent(longest + 1);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var range = sentence.Tokens;
                var n = range.Length;
                FeatureValues(document, range, tagValues, table, words, tags, classes, upos, lemmas);

                var parsed = state;
                if (beam is null)
                {
                    Parse(state, words.AsSpan(0, n + 1), tags.AsSpan(0, n + 1), classes.AsSpan(0, n + 1), upos.AsSpan(0, n), lemmas.AsSpan(0, n),
                        alternatives is null ? default : alternatives.AsSpan(0, n));
                }
                else
                {
                    parsed = ParseBeam(beam, words.AsSpan(0, n + 1), tags.AsSpan(0, n + 1), classes.AsSpan(0, n + 1), upos.AsSpan(0, n), lemmas.AsSpan(0, n));
                    // The beam keeps no runner-up labels: the relabeller reads none.
                    alternatives?.AsSpan(0, n).Clear();
                }

                if (relabeller is not null)
                {
                    for (var i = 0; i < n; i++)
                    {
                        var head = parsed.Head(i);
                        heads![i] = head == n || head < 0 ? -1 : head;
                        labels![i] = parsed.Label(i);
                    }

                    relabeller.Relabel(heads.AsSpan(0, n), labels.AsSpan(0, n), words.AsSpan(0, n), tags.AsSpan(0, n), classes.AsSpan(0, n), upos.AsSpan(0, n), lemmas.AsSpan(0, n),
                        alternatives.AsSpan(0, n));
                }

                for (var i = 0; i < n; i++)
                {
                    ref var token = ref document.Tokens[range.Start + i];
                    var head = parsed.Head(i);
                    token.Head = head == n || head < 0 ? -1 : range.Start + head;
                    token.Dependency = relabeller is null ? parsed.Label(i) : labels![i];
                }
            }
        }
        finally
        {
            if (heads is not null)
            {
                ArrayPool<int>.Shared.Return(heads);
            }

            if (labels is not null)
            {
                ArrayPool<DependencyLabel>.Shared.Return(labels);
            }

            if (alternatives is not null)
            {
                ArrayPool<ushort>.Shared.Return(alternatives);
            }

            ArrayPool<ulong>.Shared.Return(words);
            ArrayPool<ulong>.Shared.Return(tags);
            ArrayPool<ulong>.Shared.Return(classes);
            ArrayPool<ulong>.Shared.Return(upos);
            ArrayPool<ulong>.Shared.Return(lemmas);
        }
    }

    /// <summary>The values the parser's features read for each word of <paramref name="range"/> (one entry per word, from 0).</summary>
    /// <param name="tagValues">Per tag id of <paramref name="document"/>, its <see cref="TagValue"/>.</param>
    internal static void FeatureValues(Document document, TokenRange range, ReadOnlySpan<ulong> tagValues, WordClasses table,
        Span<ulong> words, Span<ulong> tags, Span<ulong> classes, Span<ulong> upos, Span<ulong> lemmas)
    {
        for (var i = 0; i < range.Length; i++)
        {
            var token = document.Tokens[range.Start + i];
            var text = document.TextOf(range.Start + i);
            words[i] = WordFeatures.NormOf(text);
            classes[i] = table.IsEmpty ? WordClasses.Unknown : table.Of(WordFeatures.FormOf(text), words[i]);
            tags[i] = token.Tag < tagValues.Length ? tagValues[token.Tag] : ParserFeatures.None;
            upos[i] = UposValue(token.Pos);
            lemmas[i] = token.Lemma >= 0 ? WordFeatures.NormOf(document.Lemmas[token.Lemma]) : words[i];
        }
    }

    /// <summary>
    /// Parses one sentence into <paramref name="state"/>. <paramref name="words"/>, <paramref name="tags"/> and
    /// <paramref name="classes"/> hold one value per word plus one for the root at the end (overwritten here);
    /// <paramref name="upos"/> and <paramref name="lemmas"/> one per word (<see cref="ParseState.Reset(int, ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, ReadOnlySpan{ulong})"/>).
    /// </summary>
    /// <param name="alternatives">Per word (when not empty), the runner-up label and the margin to it when the word's arc was
    /// labelled (<see cref="Alternative"/>), which the relabeller reads.</param>
    public void Parse(ParseState state, Span<ulong> words, Span<ulong> tags, Span<ulong> classes, ReadOnlySpan<ulong> upos = default, ReadOnlySpan<ulong> lemmas = default,
        Span<ushort> alternatives = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var n = words.Length - 1;
        words[n] = RootValue;
        tags[n] = RootValue;
        classes[n] = RootValue;
        state.Reset(n, tags, upos, lemmas);
        Span<ulong> features = stackalloc ulong[Math.Max(ParserFeatures.Count, ParserFeatures.LabelCount)];
        Span<float> scores = stackalloc float[Transitions.Count];
        Span<float> labelScores = stackalloc float[Model.Labels.Count];
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, words, tags, classes, features[..Model.TemplateCount]);
            scores.Clear();
            Model.Transitions.AddScores(features[..Model.TemplateCount], scores);
            var transition = BestValid(state, scores);
            var label = DependencyLabel.None;
            var (dependent, head) = transition.Arc(state);
            if (dependent >= 0)
            {
                label = head == n ? DependencyLabel.Root : PredictLabel(state, words, tags, classes, dependent, head, features, labelScores);
                if (alternatives.Length > dependent)
                {
                    alternatives[dependent] = head == n ? (ushort)0 : Alternative(labelScores, label, Model.Labels, _rootClass);
                }
            }

            transition.Apply(state, label);
        }
    }

    /// <summary>
    /// Parses one sentence with <paramref name="beam"/> (same spans as <see cref="Parse"/>) and returns the best
    /// complete state, which belongs to the beam and stays valid until its next use.
    /// </summary>
    public ParseState ParseBeam(ParserBeam beam, Span<ulong> words, Span<ulong> tags, Span<ulong> classes, ReadOnlySpan<ulong> upos = default, ReadOnlySpan<ulong> lemmas = default)
    {
        ArgumentNullException.ThrowIfNull(beam);
        var n = words.Length - 1;
        words[n] = RootValue;
        tags[n] = RootValue;
        classes[n] = RootValue;
        return beam.Parse(this, words, tags, classes, upos, lemmas);
    }

    void IParserScorer.ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores) => Model.Transitions.AddScores(features[..Model.TemplateCount], scores);

    DependencyLabel IParserScorer.PredictLabel(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, int dependent, int head, Span<ulong> scratch)
    {
        Span<float> scores = stackalloc float[Model.Labels.Count];
        return PredictLabel(state, words, tags, classes, dependent, head, scratch, scores);
    }

    internal static ITransition BestValid(ParseState state, ReadOnlySpan<float> scores)
    {
        ITransition? best = null;
        var bestScore = float.NegativeInfinity;
        foreach (var transition in Transitions.All)
        {
            if (transition.IsValid(state) && (best is null || scores[transition.Id] > bestScore))
            {
                best = transition;
                bestScore = scores[transition.Id];
            }
        }

        return best ?? throw new InvalidOperationException("No transition is valid in a non-terminal parser state.");
    }

    private DependencyLabel PredictLabel(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, int dependent, int head, Span<ulong> features, Span<float> scores)
    {
        ParserFeatures.ExtractLabel(state, words, tags, classes, dependent, head, features[..Model.LabelTemplateCount]);
        scores.Clear();
        Model.LabelModel.AddScores(features[..Model.LabelTemplateCount], scores);
        return Model.Labels[BestLabel(scores, _rootClass)];
    }

    /// <summary>
    /// The runner-up label (other than <paramref name="best"/> and root) in the low byte and the score margin to it in
    /// the high byte, as a power-of-two bucket (0: under 1, 1: under 2, ... 6: 32 or more).
    /// </summary>
    internal static ushort Alternative(ReadOnlySpan<float> scores, DependencyLabel best, IReadOnlyList<DependencyLabel> labels, int rootClass)
    {
        var bestClass = -1;
        var second = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c == rootClass)
            {
                continue;
            }

            if (labels[c] == best && bestClass < 0)
            {
                bestClass = c;
            }
            else if (second < 0 || scores[c] > scores[second])
            {
                second = c;
            }
        }

        if (bestClass < 0 || second < 0)
        {
            return 0;
        }

        var margin = scores[bestClass] - scores[second];
        var bucket = 0;
        for (var limit = 1f; bucket < 6 && margin >= limit; limit *= 2)
        {
            bucket++;
        }

        return (ushort)((int)labels[second] | (bucket << 8));
    }

    /// <summary>The best label class other than root (root is only for attachments to the virtual root).</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int rootClass)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != rootClass && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return Math.Max(best, 0);
    }
}
