namespace Chronicle.Events;

/// <summary>A row of a lexicon or table file cannot be read. The message names the file and the line.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string fileName, int lineNumber, string problem, Exception? inner = null)
        : base($"{fileName}:{lineNumber}: {problem}", inner)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file (or embedded resource) the row is in.</summary>
    public string FileName { get; }

    /// <summary>1-based line number of the malformed row.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
