namespace Chronicle.Documents;

/// <summary>A half-open character range [<see cref="Start"/>, <see cref="End"/>) in a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}
