namespace Chronicle.Time;

/// <summary>TIMEX3-style kinds: only dates (and times) resolve to calendar values.</summary>
public enum TimeExpressionKind : byte
{
    Date,
    Time,
    Duration,
    Set,
}
