namespace Chronicle.Output;

/// <summary><c>{start, end}</c>: UTF-16 offsets into <c>body</c>, end exclusive.</summary>
public sealed record OffsetRange(int Start, int End);
