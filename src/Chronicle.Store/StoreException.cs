namespace Chronicle.Store;

/// <summary>The store cannot be used: the message names the database and says what is wrong.</summary>
public abstract class StoreException : Exception
{
    protected StoreException(string store, string message, Exception? inner)
        : base(message, inner)
    {
        Store = store;
    }

    /// <summary>The database the problem is with: a file path, or a PostgreSQL host, port and database.</summary>
    public string Store { get; }
}
