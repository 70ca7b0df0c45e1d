namespace Chronicle.Time;

/// <summary>A lexicon entry: the roles a word plays in time expressions and its value in each.</summary>
internal readonly record struct TimeWord(TimeWordClass Classes, int Value = 0, TimeUnit Unit = TimeUnit.None)
{
    public bool Is(TimeWordClass wordClass) => (Classes & wordClass) != 0;
}
