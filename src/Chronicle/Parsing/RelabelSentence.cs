using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>
/// A complete parse as the relabeller reads it: per word (0-based, sentence-local) its head (-1 for the root), the
/// label the parser chose at arc time (and its runner-up), the label as relabelled so far, the feature values the parser read (word,
/// Penn tag, class, universal POS and lemma hashes) and the children links of <see cref="RelabelFeatures.Link"/>.
/// A view over the caller's buffers: nothing is copied.
/// </summary>
public readonly ref struct RelabelSentence
{
    public RelabelSentence(ReadOnlySpan<int> heads, ReadOnlySpan<DependencyLabel> arcLabels, ReadOnlySpan<DependencyLabel> labels,
        ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, ReadOnlySpan<ulong> upos, ReadOnlySpan<ulong> lemmas,
        ReadOnlySpan<int> firstChild, ReadOnlySpan<int> nextSibling, ReadOnlySpan<ushort> alternatives = default)
    {
        Alternatives = alternatives;
        Heads = heads;
        ArcLabels = arcLabels;
        Labels = labels;
        Words = words;
        Tags = tags;
        Classes = classes;
        Upos = upos;
        Lemmas = lemmas;
        FirstChild = firstChild;
        NextSibling = nextSibling;
    }

    public int Length => Heads.Length;

    /// <summary>Per word, the parser's runner-up label and margin bucket (<see cref="DependencyParser.Alternative"/>); empty when unknown.</summary>
    public ReadOnlySpan<ushort> Alternatives { get; }

    public ReadOnlySpan<int> Heads { get; }

    /// <summary>The parser's labels, chosen when each arc was made.</summary>
    public ReadOnlySpan<DependencyLabel> ArcLabels { get; }

    /// <summary>The labels so far: relabelled for the words already visited (top-down), the arc-time ones for the rest.</summary>
    public ReadOnlySpan<DependencyLabel> Labels { get; }

    public ReadOnlySpan<ulong> Words { get; }

    public ReadOnlySpan<ulong> Tags { get; }

    public ReadOnlySpan<ulong> Classes { get; }

    public ReadOnlySpan<ulong> Upos { get; }

    public ReadOnlySpan<ulong> Lemmas { get; }

    /// <summary>Per word, its leftmost child (-1: none); the root's children are the words whose head is -1.</summary>
    public ReadOnlySpan<int> FirstChild { get; }

    /// <summary>Per word, the next child of its head to the right (-1: none).</summary>
    public ReadOnlySpan<int> NextSibling { get; }
}
