namespace Chronicle.Quotes;

/// <summary>A reporting cue found in a document: its tokens [<see cref="Start"/>, <see cref="End"/>) and kind.</summary>
public readonly record struct Cue(int Start, int End, CueKind Kind);
