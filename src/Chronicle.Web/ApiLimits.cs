namespace Chronicle.Web;

/// <summary>Caps on what one request may ask for, so that no request can make the server read the whole store.</summary>
public static class ApiLimits
{
    public const int MaxPageSize = 500;

    public const int MaxSearchLength = 200;

    public const int MaxFilterLength = 100;
}
