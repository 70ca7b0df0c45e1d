using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Web.Tests.Support;
using Microsoft.Playwright;

namespace Chronicle.Web.Tests.Browser;

/// <summary>
/// Each view of the web UI in headless Chromium over the fixture store: it loads without script errors,
/// shows what the API answers, and a screenshot of it is saved under TestResults/screenshots.
/// </summary>
public sealed class ViewTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Seed = """
        Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday, the Kremlin said in a statement.

        Putin called Xi a dear friend, saying: "We have a lot of common tasks." The two leaders will sign a joint statement on Tuesday, officials said.
        """;

    [Fact]
    public async Task Analyse_box_highlights_what_the_pipeline_finds_in_a_pasted_article()
    {
        // Given the analyse view and what the API makes of the seed article
        var (page, errors) = await Open("#/analyze", "analyze");
        using var response = await fixture.Server.Client.PostAsJsonAsync("api/analyze", new { text = Seed, published = "2023-03-22" }, TestContext.Current.CancellationToken);
        var expected = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        // When the article is pasted and analysed
        await page.FillAsync("#analyze-text", Seed);
        await page.FillAsync("#analyze-published", "2023-03-22");
        await page.ClickAsync("#analyze-button");
        await page.WaitForSelectorAsync("#analyze-result .article");

        // Then every sentence, date, entity mention and event the pipeline found is highlighted, with its value on hover
        var sentences = await page.EvalOnSelectorAllAsync<int>("#analyze-result .article-body .sentence", "spans => new Set(spans.map(s => s.dataset.sentence)).size");
        Assert.Equal(expected.GetProperty("sentences").GetArrayLength(), sentences);
        var dates = await page.EvalOnSelectorAllAsync<string[]>("#analyze-result .article-body .hl-date", "spans => spans.map(s => s.textContent)");
        var expectedDates = expected.GetProperty("dates").EnumerateArray().Select(d => d.GetProperty("text").GetString()!).ToArray();
        Assert.NotEmpty(expectedDates);
        Assert.Equal(expectedDates, dates);
        var monday = await page.GetAttributeAsync("#analyze-result .article-body .hl-date", "title");
        Assert.Contains("2023-03-20", monday, StringComparison.Ordinal);
        var entityText = string.Concat(await page.EvalOnSelectorAllAsync<string[]>("#analyze-result .article-body .hl-entity", "spans => spans.map(s => s.textContent)"));
        foreach (var entity in expected.GetProperty("entities").EnumerateArray())
        {
            Assert.Contains(entity.GetProperty("mentions")[0].GetProperty("start").GetInt32() >= 0 ? Text(expected, entity.GetProperty("mentions")[0]) : "", entityText, StringComparison.Ordinal);
        }

        Assert.Equal(expected.GetProperty("events").GetArrayLength() > 0, await page.Locator("#analyze-result .article-body .hl-event").CountAsync() > 0);
        await Finish(page, errors, "analyze");
    }

    [Fact]
    public async Task Article_view_highlights_entities_quotes_and_event_evidence_with_codes_on_hover()
    {
        // When a stored article with an entity, a quote and an event is opened
        var (page, errors) = await Open("#/article/wire-1", "analyze");

        // Then they are highlighted with their codes on hover, and the event table lists the event
        // (An entity mention is cut where an overlapping alias mention starts, so its pieces are joined.)
        var entityText = string.Concat(await page.EvalOnSelectorAllAsync<string[]>(".article-body .hl-entity", "spans => spans.map(s => s.textContent)"));
        Assert.Contains("Vladimir Putin", entityText, StringComparison.Ordinal);
        Assert.Contains("RUSGOV", await page.Locator(".article-body .hl-entity").First.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("Vladimir Putin", await page.Locator(".article-body .hl-quote").First.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("CONSULT (CAMEO 042): RUSGOV → CHNGOV", await page.Locator(".article-body .hl-event").First.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("CONSULT", await page.Locator("aside table").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("#/actor/RUSGOV", await page.Locator("aside .quotes a.speaker").First.GetAttributeAsync("href"));
        await Finish(page, errors, "article");
    }

    [Fact]
    public async Task Actor_page_shows_aliases_counts_by_type_partners_and_quotes()
    {
        var (page, errors) = await Open("#/actor/RUSGOV", "actors");
        Assert.Contains("Putin", await page.Locator(".aliases").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("CONSULT", await page.Locator(".bars").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("CHNGOV", await page.Locator("aside table").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".quotes li").CountAsync() > 0);
        await Finish(page, errors, "actor");
    }

    [Fact]
    public async Task Dyad_view_charts_each_period_and_lists_the_stories_behind_a_bar()
    {
        // Given the Russia–China series by day
        var (page, errors) = await Open("#/dyad/RUS/CHN?by=day", "dyad");
        var series = await Json.Get(fixture.Server.Client, "api/dyads/RUS/CHN?by=day");

        // Then the chart has a bar per period, and clicking one lists that day's stories
        Assert.Equal(series.GetArrayLength(), await page.Locator("svg.chart g.bucket").CountAsync());
        await page.Locator("svg.chart g.bucket").First.ClickAsync();
        await page.WaitForSelectorAsync("#dyad-stories table");
        Assert.True(await page.Locator("#dyad-stories tbody tr").CountAsync() > 0);
        await Finish(page, errors, "dyad");
    }

    [Fact]
    public async Task Stories_view_filters_by_type_and_draws_the_actor_network()
    {
        // Given the stories list
        var (page, errors) = await Open("#/stories", "stories");
        var all = await Json.Get(fixture.Server.Client, "api/stories?limit=500");
        Assert.Equal(all.GetArrayLength(), await page.Locator("table tbody tr").CountAsync());
        Assert.True(await page.Locator("svg.graph g.node").CountAsync() >= 4);
        await Screenshot(page, "stories");

        // When it is filtered to accusations
        await page.FillAsync("#story-filters input[name=type]", "ACCUSE");
        await page.ClickAsync("#story-filters button");
        await page.WaitForFunctionAsync("() => location.hash.includes('type=ACCUSE') && document.querySelector('#view[data-ready]')");

        // Then only accusations are listed
        var types = await page.EvalOnSelectorAllAsync<string[]>("table tbody tr td:nth-child(2)", "cells => cells.map(c => c.textContent)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("ACCUSE", t));
        await Finish(page, errors, "stories-accuse");
    }

    [Fact]
    public async Task Search_box_finds_articles_and_quotes_with_matches_marked()
    {
        // Given the start page
        var (page, errors) = await Open("", "stories");

        // When words are searched from the header's box
        await page.FillAsync("#search-box", "Kyiv");
        await page.PressAsync("#search-box", "Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#view[data-ready=search]')");

        // Then the matching articles are listed with the words marked
        Assert.True(await page.Locator(".hits li").CountAsync() >= 2);
        Assert.Equal("Kyiv", await page.Locator(".hits mark").First.TextContentAsync());
        await Finish(page, errors, "search");
    }

    [Fact]
    public async Task Markup_in_stored_text_is_shown_as_text_never_run()
    {
        // Given an article whose title, body and quote hold script-bearing markup
        const string title = "<img src=x onerror=\"window.hostile=1\">";
        const string body = "<script>window.hostile=2</script> Officials said <b onmouseover=\"window.hostile=3\">calm</b> returned.";
        using (var store = fixture.Server.OpenStore())
        {
            store.Store([fixture.Server.Articles[0] with { Id = "hostile-markup", Title = title, Body = body, Entities = [], Quotes = [], Events = [], Dates = [] }]);
        }

        // When its article view and a search for it are shown
        var (page, errors) = await Open("#/article/hostile-markup", "analyze");
        var heading = await page.Locator("section.article h2").TextContentAsync();
        await page.FillAsync("#search-box", "Officials calm");
        await page.PressAsync("#search-box", "Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#view[data-ready=search]')");

        // Then the markup is displayed literally and none of it ran or became elements
        Assert.Equal(title, heading);
        Assert.Equal(0, await page.Locator("#view img, #view script, #view b").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.hostile"));
        await Finish(page, errors, "hostile-markup");
    }

    private static string Text(JsonElement article, JsonElement range) =>
        article.GetProperty("body").GetString()![range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()];

    private async Task<(IPage Page, List<string> Errors)> Open(string hash, string ready)
    {
        var page = await fixture.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(fixture.Server.Address, hash).ToString());
        await page.WaitForSelectorAsync($"#view[data-ready={ready}]", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator("#view .message.error").CountAsync());
        return (page, errors);
    }

    private static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    private static async Task Finish(IPage page, List<string> errors, string name)
    {
        await Screenshot(page, name);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
