namespace Chronicle.Entities;

/// <summary>
/// A name-list file of <c>data/gazetteers/</c> is missing or has a malformed row. The message names the file and
/// the 1-based line, so a bad edit is found at once.
/// </summary>
public sealed class GazetteerDataException : Exception
{
    public GazetteerDataException(string file, int line, string problem)
        : base(line > 0 ? $"{file} line {line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or resource) name.</summary>
    public string File { get; }

    /// <summary>1-based line number (the header is line 1); 0 for a problem with the whole file.</summary>
    public int Line { get; }

    public string Problem { get; }
}
