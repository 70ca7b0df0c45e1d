namespace Chronicle.Documents;

/// <summary>A half-open range of token indices [<see cref="Start"/>, <see cref="End"/>) in a document.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;
}
