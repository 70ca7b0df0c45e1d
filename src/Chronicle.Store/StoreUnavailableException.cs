namespace Chronicle.Store;

/// <summary>The database cannot be reached or opened (server down, wrong password, unreadable file).</summary>
public sealed class StoreUnavailableException : StoreException
{
    public StoreUnavailableException(string store, string problem, Exception? inner = null)
        : base(store, $"{store}: {problem}", inner)
    {
    }
}
