namespace Chronicle.Time;

/// <summary>How precise a resolved value is: the three precisions the article record allows.</summary>
internal enum DateGranularity : byte
{
    None,
    Year,
    Month,
    Day,
}
