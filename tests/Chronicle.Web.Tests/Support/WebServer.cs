using Chronicle.Output;
using Chronicle.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Chronicle.Web.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) over a fresh SQLite store holding the wire-stories
/// fixture; one per test class.
/// </summary>
public sealed class WebServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chronicle-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string Database => Path.Combine(_folder, "store.db");

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Client { get; private set; } = new();

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Articles = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wire-stories.jsonl"))
            .Where(line => line.Length > 0)
            .Select(ArticleJson.Parse)];
        using (var store = ArticleStores.Open(Database))
        {
            store.Store(Articles);
        }

        _app = ChronicleWebApp.Build(
            new WebOptions { Database = Database, Urls = "http://127.0.0.1:0", MaxRequestBodyBytes = 256 * 1024 },
            logging => logging.SetMinimumLevel(LogLevel.Critical));
        await _app.StartAsync();
        Address = new Uri(_app.Urls.Single().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Opens the served database directly, to compare the API's answers with the store's.</summary>
    public IArticleStore OpenStore() => ArticleStores.Open(Database);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's WAL files may still be closing; the temp folder is cleaned by the OS.
        }
    }
}
