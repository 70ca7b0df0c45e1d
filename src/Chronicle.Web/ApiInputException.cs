namespace Chronicle.Web;

/// <summary>A request parameter is malformed or out of range; answered with 400 and this message.</summary>
public sealed class ApiInputException : Exception
{
    public ApiInputException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>The query, route or body field at fault.</summary>
    public string Parameter { get; }
}
