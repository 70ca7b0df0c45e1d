namespace Chronicle.Time;

/// <summary>An expression the grammar found: its extent in tokens and characters, its kind and its meaning.</summary>
/// <remarks>Characters are kept apart from tokens because one token can hold two expressions ("2000-2050").</remarks>
internal readonly record struct TimexCandidate(
    int TokenStart,
    int TokenEnd,
    int CharStart,
    int CharEnd,
    TimeExpressionKind Kind,
    TimexMeaning Meaning);
