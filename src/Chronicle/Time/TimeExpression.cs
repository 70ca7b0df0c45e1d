using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>
/// A time expression in the text and its resolved value: an ISO date (<c>2023-03-20</c>), month (<c>2023-03</c>)
/// or year (<c>2024</c>); null when it cannot be resolved (no publication date, or a duration or set).
/// </summary>
public sealed record TimeExpression(TextRange Characters, TimeExpressionKind Kind, string? Value)
{
    /// <summary>The tokens the expression covers (one token can hold two expressions, as in "2000-2050").</summary>
    public TokenRange Tokens { get; init; }

    /// <summary>
    /// The full TIMEX3 value, a superset of <see cref="Value"/>: also weeks (<c>2023-W12</c>), seasons (<c>2023-SU</c>),
    /// quarters (<c>2023-Q1</c>), decades (<c>199</c>), durations (<c>PT4.5H</c>) and sets (<c>XXXX-WXX-1</c>).
    /// Null when even TIMEX3 cannot say (a relative expression without a publication date).
    /// </summary>
    public string? Timex3 { get; init; }
}
