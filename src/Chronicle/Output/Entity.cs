namespace Chronicle.Output;

/// <summary>One real-world entity of an article (a coreference cluster), as in the article record.</summary>
public sealed record Entity
{
    public required string Name { get; init; }

    /// <summary>PERSON, ORG, GPE, LOC, NORP, FAC or EVENT.</summary>
    public required string Type { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<OffsetRange> Mentions { get; init; } = [];

    public string? Country { get; init; }

    public string? Actor { get; init; }

    public string? Role { get; init; }
}
