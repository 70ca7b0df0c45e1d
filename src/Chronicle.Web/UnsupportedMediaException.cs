namespace Chronicle.Web;

/// <summary>A request body of a media type the endpoint does not read; answered with 415.</summary>
public sealed class UnsupportedMediaException : Exception
{
    public UnsupportedMediaException(string message)
        : base(message)
    {
    }
}
