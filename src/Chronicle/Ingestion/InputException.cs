namespace Chronicle.Ingestion;

/// <summary>An input the user gave cannot be read as an article. The message names the input.</summary>
public sealed class InputException : Exception
{
    public InputException(string origin, string problem, Exception? inner = null)
        : base($"{origin}: {problem}", inner)
    {
        Origin = origin;
        Problem = problem;
    }

    /// <summary>The file, or file and line, the problem is in.</summary>
    public string Origin { get; }

    /// <summary>What is wrong, without the origin.</summary>
    public string Problem { get; }
}
