namespace Chronicle.Output;

/// <summary>A direct or indirect quotation with its speaker, as in the article record.</summary>
public sealed record Quote
{
    public string? Speaker { get; init; }

    public required string Text { get; init; }

    public required bool Direct { get; init; }

    public string? Cue { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }
}
