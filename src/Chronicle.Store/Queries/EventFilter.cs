namespace Chronicle.Store.Queries;

/// <summary>
/// Which events or stories to return. Every criterion is optional; an actor given as three letters
/// matches the country (or IGO) prefix, a longer one the exact actor code.
/// </summary>
public sealed record EventFilter
{
    public string? Source { get; init; }

    public string? Target { get; init; }

    /// <summary>PLOVER type, e.g. <c>CONSULT</c>.</summary>
    public string? EventType { get; init; }

    /// <summary>asserted, planned, hypothetical or negated.</summary>
    public string? Modality { get; init; }

    /// <summary>First day included, <c>YYYY-MM-DD</c>.</summary>
    public string? From { get; init; }

    /// <summary>Last day included, <c>YYYY-MM-DD</c>.</summary>
    public string? To { get; init; }

    /// <summary>Part of the place name, case ignored.</summary>
    public string? Place { get; init; }

    /// <summary>Words that must appear in the evidence sentence, case ignored.</summary>
    public string? Text { get; init; }

    public int Limit { get; init; } = 100;
}
