using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Reads reported speech off a dependency parse when the document has one: the clausal complement (ccomp) of a
/// reporting verb is the content, its nominal subject the speaker. Falls back to nothing when a sentence is unparsed.
/// </summary>
internal sealed class ParseReader
{
    private readonly Document _document;

    public ParseReader(Document document)
    {
        _document = document;
        foreach (ref readonly var token in document.Tokens.AsSpan())
        {
            if (token.Dependency != DependencyLabel.None)
            {
                HasParse = true;
                break;
            }
        }
    }

    public bool HasParse { get; }

    /// <summary>The content of the verb's clausal complement, without its "that"; empty when it has none.</summary>
    public TokenRange Complement(int verb, TokenRange sentence)
    {
        var child = ChildWith(verb, sentence, DependencyLabel.Ccomp);
        if (child < 0)
        {
            return default;
        }

        var span = Subtree(child, sentence);
        var start = span.Start;
        while (start < span.End && _document.Tokens[start].Dependency == DependencyLabel.Mark && _document.Tokens[start].Head == child)
        {
            start++;
        }

        var end = span.End;
        while (end > start && _document.Tokens[end - 1].Dependency == DependencyLabel.Punct)
        {
            end--;
        }

        return new TokenRange(start, end);
    }

    /// <summary>The clause a "that" opens (without it and its closing punctuation), or empty when unparsed.</summary>
    public TokenRange ClauseAfter(int that, TokenRange sentence)
    {
        var head = _document.Tokens[that].Head;
        if (head <= that || head >= sentence.End)
        {
            return default;
        }

        var span = Subtree(head, sentence);
        var end = span.End;
        while (end > that + 1 && _document.Tokens[end - 1].Dependency == DependencyLabel.Punct)
        {
            end--;
        }

        return span.Start <= that ? new TokenRange(that + 1, end) : default;
    }

    /// <summary>The tokens of the verb's nominal subject, or empty.</summary>
    public TokenRange Subject(int verb, TokenRange sentence)
    {
        var child = ChildWith(verb, sentence, DependencyLabel.Nsubj);
        return child < 0 ? default : Subtree(child, sentence);
    }

    private int ChildWith(int head, TokenRange sentence, DependencyLabel label)
    {
        for (var t = sentence.Start; t < sentence.End; t++)
        {
            ref readonly var token = ref _document.Tokens[t];
            if (token.Head == head && token.Dependency == label)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The contiguous span of a token and its descendants (projective trees; gaps are taken in).</summary>
    private TokenRange Subtree(int root, TokenRange sentence)
    {
        int start = root, end = root + 1;
        for (var t = sentence.Start; t < sentence.End; t++)
        {
            // Walk up at most the sentence's length, so a malformed (cyclic) head chain cannot loop forever.
            var node = t;
            for (var steps = 0; steps < sentence.Length && node >= 0 && node != root; steps++)
            {
                node = _document.Tokens[node].Head;
                if (node < sentence.Start || node >= sentence.End)
                {
                    node = -1;
                }
            }

            if (node == root)
            {
                start = Math.Min(start, t);
                end = Math.Max(end, t + 1);
            }
        }

        return new TokenRange(start, end);
    }
}
