using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>
/// A time expression in the text and its resolved value: an ISO date (<c>2023-03-20</c>), month (<c>2023-03</c>)
/// or year (<c>2024</c>); null when it cannot be resolved (no publication date, or a duration or set).
/// </summary>
public sealed record TimeExpression(TextRange Characters, TimeExpressionKind Kind, string? Value);
