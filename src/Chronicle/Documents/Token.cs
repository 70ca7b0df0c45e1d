namespace Chronicle.Documents;

/// <summary>A lightweight view of one token of a <see cref="Document"/>.</summary>
public readonly struct Token
{
    private readonly Document _document;

    public Token(Document document, int index)
    {
        _document = document;
        Index = index;
    }

    public int Index { get; }

    public ref readonly TokenData Data => ref _document.Tokens[Index];

    public int Start => Data.Start;

    public int End => Data.End;

    public UniversalPos Pos => Data.Pos;

    /// <summary>The Penn Treebank tag name ("VBD"), or "" before tagging.</summary>
    public string Tag => Data.Tag < _document.TagNames.Count ? _document.TagNames[Data.Tag] : "";

    public int Head => Data.Head;

    public DependencyLabel Dependency => Data.Dependency;

    public ReadOnlySpan<char> Text => _document.TextOf(Index);

    /// <summary>The lemma if one was assigned, else the token's text.</summary>
    public string Lemma => Data.Lemma >= 0 ? _document.Lemmas[Data.Lemma] : Text.ToString();

    public bool HasSpaceAfter => Index + 1 < _document.Tokens.Length
        ? _document.Tokens[Index + 1].Start > End
        : End < _document.Text.Length;

    public override string ToString() => Text.ToString();
}
