namespace Chronicle.Cli.Commands;

/// <summary>One record's result in <c>chronicle extract</c>: its JSON, or the message saying why it failed.</summary>
internal sealed record ExtractOutcome(string? Json, string? Error);
