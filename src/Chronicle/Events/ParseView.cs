using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// One sentence's dependency tree with child lists, built once per sentence so the argument finder can walk
/// down as cheaply as up. Indices are document token indices. The tree is the parser's with the repairs of
/// <see cref="ParseRepairs.RestoreMainVerb"/>, <see cref="ParseShapeRepairs.JoinSplitAppositions"/> and
/// <see cref="ParseShapeRepairs.RejoinSplitLists"/> applied: the document's own arcs are never changed.
/// </summary>
internal sealed class ParseView
{
    private const int MaxDepth = 64;

    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly int[] _heads;
    private readonly DependencyLabel[] _labels;

    public ParseView(Document document, TokenRange sentence)
    {
        Document = document;
        Sentence = sentence;
        _firstChild = new int[sentence.Length];
        _nextSibling = new int[sentence.Length];
        _heads = new int[sentence.Length];
        _labels = new DependencyLabel[sentence.Length];
        var tokens = document.Tokens;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var head = tokens[i].Head;
            _heads[i - sentence.Start] = head >= sentence.Start && head < sentence.End && head != i ? head : -1;
            _labels[i - sentence.Start] = tokens[i].Dependency;
            IsParsed |= tokens[i].Dependency != DependencyLabel.None;
        }

        LinkChildren();
        if (IsParsed && ParseRepairs.RestoreMainVerb(this))
        {
            LinkChildren();
        }

        if (IsParsed && ParseShapeRepairs.JoinSplitAppositions(this))
        {
            LinkChildren();
        }

        if (IsParsed && ParseShapeRepairs.RejoinSplitLists(this))
        {
            LinkChildren();
        }
    }

    public Document Document { get; }

    public TokenRange Sentence { get; }

    /// <summary>True when any token of the sentence carries a dependency label.</summary>
    public bool IsParsed { get; }

    public int Head(int token) => _heads[token - Sentence.Start];

    public DependencyLabel Label(int token) => _labels[token - Sentence.Start];

    /// <summary>The sentence's root: the first token with no head in the sentence, or -1 before parsing.</summary>
    public int Root
    {
        get
        {
            for (var i = Sentence.Start; IsParsed && i < Sentence.End; i++)
            {
                if (Head(i) < 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>Hangs a token on another head with another relation; <see cref="LinkChildren"/> must follow.</summary>
    internal void Reattach(int token, int head, DependencyLabel label)
    {
        _heads[token - Sentence.Start] = head;
        _labels[token - Sentence.Start] = label;
    }

    public UniversalPos Pos(int token) => Document.Tokens[token].Pos;

    /// <summary>The Penn Treebank tag ("VBD"), or "" before tagging.</summary>
    public string Tag(int token) => Document.Tokens[token].Tag is var tag && tag < Document.TagNames.Count ? Document.TagNames[tag] : "";

    public ChildEnumerator Children(int token) => new(this, token);

    /// <summary>The first child with one of the labels, or -1.</summary>
    public int Child(int token, DependencyLabel label, DependencyLabel other = DependencyLabel.None)
    {
        foreach (var child in Children(token))
        {
            var l = Label(child);
            if (l == label || (other != DependencyLabel.None && l == other))
            {
                return child;
            }
        }

        return -1;
    }

    public bool HasChild(int token, DependencyLabel label) => Child(token, label) >= 0;

    /// <summary>The lower-cased lemma of a token (its text when no lemma was set).</summary>
    public string Lemma(int token)
    {
        ref readonly var data = ref Document.Tokens[token];
        return data.Lemma >= 0 ? Document.Lemmas[data.Lemma] : Document.TextOf(token).ToString().ToLowerInvariant();
    }

    public bool IsWord(int token, string word) => Document.TextOf(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The preposition (case child) that introduces a nominal, lower-cased; null when none.</summary>
    public string? CaseOf(int token)
    {
        foreach (var child in Children(token))
        {
            if (Label(child) == DependencyLabel.Case)
            {
                return Document.TextOf(child).ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public bool Dominates(int ancestor, int token)
    {
        for (var depth = 0; depth < MaxDepth && token >= 0; depth++)
        {
            if (token == ancestor)
            {
                return true;
            }

            token = Head(token);
        }

        return false;
    }

    /// <summary>The first conjunct of a coordination the token belongs to (the token itself when not a conjunct).</summary>
    public int FirstConjunct(int token)
    {
        for (var depth = 0; depth < MaxDepth && Label(token) == DependencyLabel.Conj && Head(token) >= 0; depth++)
        {
            token = Head(token);
        }

        return token;
    }

    // Built back to front so each child list comes out in token order.
    private void LinkChildren()
    {
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        for (var i = Sentence.End - 1; i >= Sentence.Start; i--)
        {
            var head = _heads[i - Sentence.Start];
            if (head >= 0)
            {
                _nextSibling[i - Sentence.Start] = _firstChild[head - Sentence.Start];
                _firstChild[head - Sentence.Start] = i;
            }
        }
    }

    /// <summary>Iterates the children of one token without allocating.</summary>
    public struct ChildEnumerator(ParseView view, int token)
    {
        private int _current = -2;

        public readonly int Current => _current;

        public readonly ChildEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            _current = _current == -2
                ? view._firstChild[token - view.Sentence.Start]
                : view._nextSibling[_current - view.Sentence.Start];
            return _current >= 0;
        }
    }
}
