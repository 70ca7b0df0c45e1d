namespace Chronicle.Time;

/// <summary>A rule's result before it becomes a candidate: where it ends (token index, exclusive), its kind and meaning.</summary>
internal readonly record struct TimexMatch(int End, TimeExpressionKind Kind, TimexMeaning Meaning)
{
    /// <summary>Leading tokens the rule read but leaves out of the extent: the "the next" of "the next Tuesday".</summary>
    public int Unmarked { get; init; }
}
