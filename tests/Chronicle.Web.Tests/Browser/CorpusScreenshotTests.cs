using System.Text.Json;
using Chronicle.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Chronicle.Web.Tests.Browser;

/// <summary>
/// Every view over a store ingested from a real corpus, saved as screenshots. Opt-in, because it needs such a
/// store (src/Chronicle.Web/README.md gives the commands): CHRONICLE_SCREENSHOT_DB names it and
/// CHRONICLE_SCREENSHOTS the folder for the PNGs (TestResults/screenshots/corpus by default). What each view shows
/// is picked from the API, never from a list of names: the most active actor, the country pair with the most
/// events, the article with the most events, a word of its title.
/// </summary>
public sealed class CorpusScreenshotTests
{
    public const string DatabaseVariable = "CHRONICLE_SCREENSHOT_DB";
    public const string FolderVariable = "CHRONICLE_SCREENSHOTS";

    [Fact]
    public async Task Every_view_shows_the_ingested_corpus()
    {
        var database = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (string.IsNullOrEmpty(database))
        {
            Assert.Skip($"{DatabaseVariable} is not set; it names an ingested store to screenshot (see src/Chronicle.Web/README.md).");
        }

        if (!File.Exists(BrowserFixture.Chromium))
        {
            Assert.Skip($"{BrowserFixture.Chromium} is not installed; browser tests need it.");
        }

        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } named
            ? Path.GetFullPath(named)
            : Path.Combine(BrowserFixture.Screenshots, "corpus");
        Directory.CreateDirectory(folder);
        var cancel = TestContext.Current.CancellationToken;

        // Given the web server over the ingested store, and what its API says is in it
        await using var app = ChronicleWebApp.Build(
            new WebOptions { Database = Path.GetFullPath(database!), Urls = "http://127.0.0.1:0" },
            logging => logging.SetMinimumLevel(LogLevel.Critical));
        await app.StartAsync(cancel);
        var address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var actor = (await Json.Get(http, "api/actors?limit=1"))[0].GetProperty("actor").GetString()!;
        var events = (await Json.Get(http, "api/events?limit=500")).EnumerateArray().ToList();
        var (first, second) = BusiestPair(events);
        var article = events.GroupBy(e => e.GetProperty("article_id").GetString()!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var title = (await Json.Get(http, "api/articles/" + string.Join('/', article.Split('/').Select(Uri.EscapeDataString)))).GetProperty("title").GetString() ?? "";
        var word = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5 && w.All(char.IsLetter)).DefaultIfEmpty("the").First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.Launch(playwright);
        async Task<(IPage Page, List<string> Errors)> Open(string hash, string ready)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(new Uri(address, hash).ToString());
            await page.WaitForSelectorAsync($"#view[data-ready={ready}]", new PageWaitForSelectorOptions { Timeout = 60_000 });
            Assert.Equal(0, await page.Locator("#view .message.error").CountAsync());
            return (page, errors);
        }

        async Task Save(IPage page, List<string> errors, string name)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }

        // When each view is opened, Then it shows the corpus's data

        // The analyse box with the seed article pasted: entities and events highlighted
        var (analyze, analyzeErrors) = await Open("#/analyze", "analyze");
        await analyze.FillAsync("#analyze-text", File.ReadAllText(SeedArticle()));
        await analyze.ClickAsync("#analyze-button");
        await analyze.WaitForSelectorAsync("#analyze-result .article", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.True(await analyze.Locator("#analyze-result .article-body .hl-entity").CountAsync() > 0);
        Assert.True(await analyze.Locator("#analyze-result .article-body .hl-event").CountAsync() > 0);
        await Save(analyze, analyzeErrors, "analyze-seed");

        var (articleView, articleErrors) = await Open("#/article/" + string.Join('/', article.Split('/').Select(Uri.EscapeDataString)), "analyze");
        Assert.True(await articleView.Locator(".article-body .hl-event").CountAsync() > 0);
        Assert.True(await articleView.Locator("aside table").CountAsync() > 0);
        // A long article makes a very tall full-page image: its first screen is saved as well, readable at a glance.
        await articleView.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "article-top.png") });
        await Save(articleView, articleErrors, "article");

        var (actors, actorsErrors) = await Open("#/actors", "actors");
        Assert.True(await actors.Locator("#view table tbody tr").CountAsync() > 0);
        await Save(actors, actorsErrors, "actors");

        var (actorView, actorErrors) = await Open("#/actor/" + Uri.EscapeDataString(actor), "actors");
        Assert.True(await actorView.Locator(".bars").CountAsync() > 0);
        await Save(actorView, actorErrors, "actor");

        var (dyad, dyadErrors) = await Open($"#/dyad/{first}/{second}?by=month", "dyad");
        var buckets = dyad.Locator("svg.chart g.bucket");
        Assert.True(await buckets.CountAsync() > 0);
        await buckets.Last.ClickAsync();
        await dyad.WaitForSelectorAsync("#dyad-stories table");
        await Save(dyad, dyadErrors, "dyad");

        var (stories, storiesErrors) = await Open("#/stories", "stories");
        Assert.True(await stories.Locator("table tbody tr").CountAsync() > 0);
        Assert.True(await stories.Locator("svg.graph g.node").CountAsync() > 0);
        await stories.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "stories-top.png") });
        await Save(stories, storiesErrors, "stories");

        var (filtered, filteredErrors) = await Open($"#/stories?source={first}", "stories");
        Assert.True(await filtered.Locator("table tbody tr").CountAsync() > 0);
        await Save(filtered, filteredErrors, "stories-" + first);

        var (search, searchErrors) = await Open("#/search?q=" + Uri.EscapeDataString(word), "search");
        Assert.True(await search.Locator(".hits li").CountAsync() > 0);
        await Save(search, searchErrors, "search");
    }

    // The two countries (first three letters of the actor codes) with the most events between them.
    private static (string First, string Second) BusiestPair(List<JsonElement> events)
    {
        static string? Country(JsonElement e, string property) =>
            e.GetProperty(property).GetString() is { Length: >= 3 } code && !code.StartsWith("IGO", StringComparison.Ordinal) ? code[..3] : null;

        var pair = events
            .Select(e => (A: Country(e, "source"), B: Country(e, "target")))
            .Where(p => p.A is not null && p.B is not null && p.A != p.B)
            .Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? (p.A!, p.B!) : (p.B!, p.A!))
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Item1, StringComparer.Ordinal)
            .FirstOrDefault();
        Assert.NotNull(pair);
        return pair.Key;
    }

    // The README's first article (samples/), found by walking up from the test's output folder to the repository.
    private static string SeedArticle()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var seed = Path.Combine(folder.FullName, "samples", "seed-putin-xi-moscow.txt");
            if (File.Exists(seed))
            {
                return seed;
            }
        }

        Assert.Skip("samples/seed-putin-xi-moscow.txt was not found above the test's output folder.");
        return "";
    }
}
