namespace Chronicle.Store;

/// <summary>The database file exists but is not a Chronicle database, or is damaged.</summary>
public sealed class StoreCorruptException : StoreException
{
    public StoreCorruptException(string store, string problem, Exception? inner = null)
        : base(store, $"{store}: {problem}", inner)
    {
    }
}
