namespace Chronicle.Store.Queries;

/// <summary>Which quotes to return; every criterion optional.</summary>
public sealed record QuoteFilter
{
    /// <summary>Part of the speaker's name, case ignored.</summary>
    public string? Speaker { get; init; }

    /// <summary>An entity the quote is about: its name or an alias appears in the quoted words.</summary>
    public string? Mentions { get; init; }

    /// <summary>Full-text query over the quoted words.</summary>
    public string? Text { get; init; }

    public int Limit { get; init; } = 100;
}
