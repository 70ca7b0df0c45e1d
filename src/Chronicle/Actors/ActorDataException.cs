namespace Chronicle.Actors;

/// <summary>
/// A row of an actor knowledge-base file is malformed. The message names the file and the 1-based line,
/// so a bad edit to <c>data/actors/*.tsv</c> is found at once.
/// </summary>
public sealed class ActorDataException : Exception
{
    public ActorDataException(string source, int line, string problem)
        : base(line > 0 ? $"{source} line {line}: {problem}" : $"{source}: {problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or resource) name the row came from.</summary>
    public new string Source { get; }

    /// <summary>1-based line number (the header is line 1); 0 for a problem found across rows after parsing.</summary>
    public int Line { get; }

    public string Problem { get; }
}
