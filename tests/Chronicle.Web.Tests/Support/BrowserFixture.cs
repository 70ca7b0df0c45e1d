using Microsoft.Playwright;

namespace Chronicle.Web.Tests.Support;

/// <summary>
/// The web server plus Debian's Chromium driven by Playwright (never Playwright's own browser download).
/// <see cref="Browser"/> is null, and the tests skip, when /usr/bin/chromium is not installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public WebServer Server { get; } = new();

    public IBrowser? Browser { get; private set; }

    /// <summary>Where each view's screenshot is saved: TestResults/screenshots under the test output.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        await Server.InitializeAsync();
        if (!File.Exists(Chromium))
        {
            return;
        }

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();

        Browser = await Launch(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with the flags that work on this project's machines (closed network, root, no GPU).</summary>
    public static Task<IBrowser> Launch(IPlaywright playwright) =>
        // Playwright gives each launch a fresh temporary profile.
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

    /// <summary>A new page in a fresh context, or a skipped test when there is no browser.</summary>
    public async Task<IPage> NewPage()
    {
        if (Browser is null)
        {
            Assert.Skip($"{Chromium} is not installed (apt-get install -y chromium); browser tests need it.");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
