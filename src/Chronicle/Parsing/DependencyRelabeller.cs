using System.Buffers;
using Chronicle.Documents;
using Chronicle.Learning;

namespace Chronicle.Parsing;

/// <summary>
/// A second pass over a complete parse that chooses every arc's label again from the whole tree
/// (<see cref="RelabelFeatures"/>): a linear model over UD relations, stored with the parser. Heads are never changed
/// and root attachments keep <see cref="DependencyLabel.Root"/>. Immutable, so one instance serves any number of threads.
/// </summary>
public sealed class DependencyRelabeller
{
    private readonly int _rootClass;

    /// <summary>Above every margin bucket (<see cref="DependencyParser.Alternative"/>): every arc is relabelled.</summary>
    public const int AllMargins = 7;

    /// <param name="labels">The UD relation of each class of <paramref name="model"/>.</param>
    /// <param name="marginBelow">Only arcs whose arc-time margin bucket is below this are relabelled (<see cref="AllMargins"/>: all).</param>
    public DependencyRelabeller(LinearModel model, IReadOnlyList<DependencyLabel> labels, int marginBelow = AllMargins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(marginBelow, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(marginBelow, AllMargins);
        MarginBelow = marginBelow;
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        if (model.ClassCount != labels.Count)
        {
            throw new ArgumentException($"The relabeller model has {model.ClassCount} classes for {labels.Count} labels.", nameof(labels));
        }

        Model = model;
        Labels = labels;
        _rootClass = -1;
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == DependencyLabel.Root)
            {
                _rootClass = i;
            }
        }
    }

    public LinearModel Model { get; }

    public IReadOnlyList<DependencyLabel> Labels { get; }

    /// <summary>
    /// Arcs the parser labelled with a margin bucket of this or more keep their arc-time label: they are rarely wrong,
    /// and skipping them saves most of the relabeller's time.
    /// </summary>
    public int MarginBelow { get; }

    /// <summary>Whether the arc into <paramref name="word"/> is relabelled, given the parser's runner-ups (empty: all are).</summary>
    public bool Relabels(ReadOnlySpan<ushort> alternatives, int word) => (uint)word >= (uint)alternatives.Length || alternatives[word] >> 8 < MarginBelow;

    /// <summary>
    /// Relabels one parsed sentence in place. <paramref name="heads"/> holds each word's head (sentence-local, -1 for the
    /// root); <paramref name="labels"/> the parser's arc-time labels on entry and the new ones on return. The feature
    /// spans are those the parser read (<see cref="DependencyParser.Parse"/>), at least one entry per word, and
    /// <paramref name="alternatives"/> the runner-up labels it wrote (empty: none known).
    /// </summary>
    public void Relabel(ReadOnlySpan<int> heads, Span<DependencyLabel> labels, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags,
        ReadOnlySpan<ulong> classes, ReadOnlySpan<ulong> upos, ReadOnlySpan<ulong> lemmas, ReadOnlySpan<ushort> alternatives = default)
    {
        var n = heads.Length;
        if (labels.Length < n || words.Length < n || tags.Length < n || upos.Length < n || lemmas.Length < n)
        {
            throw new ArgumentException("Every span must hold at least one entry per word of the sentence.");
        }

        if (n == 0)
        {
            return;
        }

        var links = ArrayPool<int>.Shared.Rent(3 * n);
        var arcLabels = ArrayPool<DependencyLabel>.Shared.Rent(n);
        try
        {
            var firstChild = links.AsSpan(0, n);
            var nextSibling = links.AsSpan(n, n);
            var order = links.AsSpan(2 * n, n);
            labels[..n].CopyTo(arcLabels);
            var rootFirst = RelabelFeatures.Link(heads, firstChild, nextSibling);
            var count = RelabelFeatures.TopDown(rootFirst, firstChild, nextSibling, order);
            var sentence = new RelabelSentence(heads, arcLabels.AsSpan(0, n), labels[..n], words, tags, classes, upos, lemmas, firstChild, nextSibling, alternatives);
            Span<ulong> features = stackalloc ulong[RelabelFeatures.Count];
            Span<float> scores = stackalloc float[Labels.Count];
            for (var k = 0; k < count; k++)
            {
                var word = order[k];
                if ((uint)heads[word] >= (uint)n || heads[word] == word || !Relabels(alternatives, word))
                {
                    continue;
                }

                RelabelFeatures.Extract(sentence, word, features);
                scores.Clear();
                Model.AddScores(features, scores);
                labels[word] = Labels[DependencyParser.BestLabel(scores, _rootClass)];
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(links);
            ArrayPool<DependencyLabel>.Shared.Return(arcLabels);
        }
    }
}
