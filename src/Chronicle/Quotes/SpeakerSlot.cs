namespace Chronicle.Quotes;

/// <summary>The tokens [<see cref="Start"/>, <see cref="End"/>) in a speaker position and what they are.</summary>
internal readonly record struct SpeakerSlot(int Start, int End, SpeakerKind Kind)
{
    public static SpeakerSlot None => new(-1, -1, SpeakerKind.None);
}
