namespace Chronicle.Web;

/// <summary>How <c>chronicle serve</c> runs: which store, where it listens, and the limits it enforces.</summary>
public sealed record WebOptions
{
    /// <summary>Loopback only by default: the API has no authentication.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>SQLite file or PostgreSQL URL, as <see cref="Chronicle.Store.ArticleStores.Open"/> takes it.</summary>
    public string? Database { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    public string? ModelDirectory { get; init; }

    /// <summary>Largest request body accepted (an article to analyse); larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Store connections kept open for concurrent requests (one connection is not thread-safe).</summary>
    public int StoreConnections { get; init; } = 4;

    /// <summary>Folder of the web UI's files; the <c>wwwroot</c> copied next to this assembly by default.</summary>
    public string? WebRoot { get; init; }
}
