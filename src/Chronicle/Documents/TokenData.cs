namespace Chronicle.Documents;

/// <summary>
/// One token's annotations, stored by value in <see cref="Document.Tokens"/>.
/// Offsets are half-open UTF-16 indices into <see cref="Document.Text"/>; the text between
/// <see cref="End"/> and the next token's <see cref="Start"/> is whitespace, so tokens plus gaps rejoin the text exactly.
/// </summary>
public struct TokenData
{
    public int Start;
    public int End;

    /// <summary>Universal POS tag; <see cref="UniversalPos.None"/> until a tagger runs.</summary>
    public UniversalPos Pos;

    /// <summary>Index of the Penn Treebank tag in the tag set of the loaded tagger model (0 = none).</summary>
    public ushort Tag;

    /// <summary>Index of the syntactic head in <see cref="Document.Tokens"/>, or -1 for the root / unparsed.</summary>
    public int Head;

    public DependencyLabel Dependency;

    /// <summary>BILOU entity tag as assigned by the NER (see <c>Entities.EntityTag</c>); 0 = none.</summary>
    public ushort EntityTag;

    /// <summary>Index into <see cref="Document.Lemmas"/>; -1 when the lemma equals the token's text or was not set.</summary>
    public int Lemma;

    public TokenData(int start, int end)
    {
        Start = start;
        End = end;
        Head = -1;
        Lemma = -1;
    }

    public readonly int Length => End - Start;
}
