using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// One sentence's dependency tree with child lists, built once per sentence so the argument finder can walk
/// down as cheaply as up. Indices are document token indices.
/// </summary>
internal sealed class ParseView
{
    private const int MaxDepth = 64;

    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    public ParseView(Document document, TokenRange sentence)
    {
        Document = document;
        Sentence = sentence;
        _firstChild = new int[sentence.Length];
        _nextSibling = new int[sentence.Length];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        var tokens = document.Tokens;

        // Built back to front so each child list comes out in token order.
        for (var i = sentence.End - 1; i >= sentence.Start; i--)
        {
            if (tokens[i].Dependency != DependencyLabel.None)
            {
                IsParsed = true;
            }

            var head = tokens[i].Head;
            if (head >= sentence.Start && head < sentence.End && head != i)
            {
                _nextSibling[i - sentence.Start] = _firstChild[head - sentence.Start];
                _firstChild[head - sentence.Start] = i;
            }
        }
    }

    public Document Document { get; }

    public TokenRange Sentence { get; }

    /// <summary>True when any token of the sentence carries a dependency label.</summary>
    public bool IsParsed { get; }

    public int Head(int token)
    {
        var head = Document.Tokens[token].Head;
        return head >= Sentence.Start && head < Sentence.End ? head : -1;
    }

    public DependencyLabel Label(int token) => Document.Tokens[token].Dependency;

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
