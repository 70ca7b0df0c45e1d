namespace Chronicle.Events;

/// <summary>Receives the matches of <see cref="PhraseMatcher"/>; implemented by structs so matching allocates nothing.</summary>
internal interface IPhraseSink
{
    void Add(int pattern, int start, int end, int head);
}
