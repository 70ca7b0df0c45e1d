using System.Text.Json;
using Chronicle.Store.Queries;
using Chronicle.Web.Tests.Support;

namespace Chronicle.Web.Tests.Api;

/// <summary>The JSON query endpoints answer what the store answers, over a real server on loopback.</summary>
public sealed class QueryApiTests(WebServer server) : IClassFixture<WebServer>
{
    [Fact]
    public async Task Status_reports_the_counts_of_the_ingested_fixture()
    {
        // Given the eleven fixture articles ingested
        // When the status is asked for
        var status = await Json.Get(server.Client, "api/status");

        // Then it counts them, and their twelve events
        Assert.Equal(server.Articles.Count, status.GetProperty("counts").GetProperty("articles").GetInt32());
        Assert.Equal(server.Articles.Sum(a => a.Events.Count), status.GetProperty("counts").GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task Events_filtered_by_country_and_type_are_the_stores_answer()
    {
        // Given a filter on the source country and the event type
        var events = await Json.Get(server.Client, "api/events?source=rus&type=consult&limit=50");

        // When the store is asked the same directly
        using var store = server.OpenStore();
        var expected = store.Events(new EventFilter { Source = "RUS", EventType = "CONSULT", Limit = 50 });

        // Then the API gives the same events, all Russian CONSULTs
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Id), events.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
        Assert.All(events.EnumerateArray(), e => Assert.StartsWith("RUS", e.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stories_carry_their_evidence_reports_across_articles()
    {
        // Given the stories of Russian–Chinese consultations
        var stories = await Json.Get(server.Client, "api/stories?type=CONSULT&from=2023-03-20&to=2023-03-20");
        var summit = stories.EnumerateArray().OrderByDescending(s => s.GetProperty("mentions").GetInt32()).First();

        // When the evidence of the biggest is asked for
        var evidence = await Json.Get(server.Client, $"api/stories/{summit.GetProperty("id").GetInt64()}/evidence");

        // Then every report merged into it is listed, from several articles
        Assert.Equal(summit.GetProperty("mentions").GetInt32(), evidence.GetArrayLength());
        Assert.True(Json.Strings(evidence, "article_id").Distinct().Count() >= 3);
    }

    [Fact]
    public async Task Evidence_of_a_story_that_does_not_exist_is_404()
    {
        // Given a story id no story has
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/stories/987654/evidence");

        // When its evidence is asked for
        var (status, body) = await Json.Send(server.Client, request);

        // Then the answer is 404 with a message naming it
        Assert.Equal(404, status);
        Assert.Contains("987654", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_are_found_by_part_of_the_speakers_name()
    {
        // Given a part of a speaker's name
        var quotes = await Json.Get(server.Client, "api/quotes?speaker=blinken");

        // Then only that speaker's quotes come back
        Assert.NotEmpty(quotes.EnumerateArray());
        Assert.All(Json.Strings(quotes, "speaker"), s => Assert.Equal("Antony Blinken", s));
    }

    [Fact]
    public async Task Actors_are_listed_most_active_first_with_counts_by_type()
    {
        // When the most active actors are asked for
        var actors = await Json.Get(server.Client, "api/actors?limit=3");

        // Then they come most events first, each with its events by type
        var counts = actors.EnumerateArray().Select(a => a.GetProperty("events").GetInt64()).ToList();
        Assert.Equal(3, counts.Count);
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal("CHNGOV", actors[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Actor_profile_gives_aliases_types_and_top_partners()
    {
        // When Russia's government is looked up
        var profile = await Json.Get(server.Client, "api/actors/RUSGOV");

        // Then its partners start with China's government, its events count by type, and its aliases come from the articles
        Assert.Equal("CHNGOV", profile.GetProperty("partners")[0].GetProperty("actor").GetString());
        Assert.True(profile.GetProperty("by_type").GetProperty("CONSULT").GetInt32() >= 4);
        Assert.Contains("Putin", Json.StringList(profile.GetProperty("aliases")));
        Assert.NotEmpty(profile.GetProperty("recent_quotes").EnumerateArray());
    }

    [Fact]
    public async Task Country_profile_counts_its_sectors_but_takes_no_aliases_from_them()
    {
        // When Russia as a country is looked up (its filter also matches RUSGOV, Putin's code)
        var profile = await Json.Get(server.Client, "api/actors/RUS");

        // Then its events include the government's, but Putin is not listed as a name of the country
        Assert.True(profile.GetProperty("by_type").GetProperty("CONSULT").GetInt32() >= 4);
        var aliases = Json.StringList(profile.GetProperty("aliases"));
        Assert.DoesNotContain(aliases, a => a.Contains("Putin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dyad_series_is_the_stores_series_by_month_and_by_day()
    {
        using var store = server.OpenStore();
        foreach (var (by, bucket) in new[] { ("month", TimeBucket.Month), ("day", TimeBucket.Day) })
        {
            // Given Russia and China, by month and by day
            var series = await Json.Get(server.Client, $"api/dyads/RUS/CHN?by={by}");

            // Then each period has the store's counts by quad class and Goldstein sum
            var expected = store.Dyad(new DyadQuery { First = "RUS", Second = "CHN", Bucket = bucket });
            Assert.Equal(expected.Select(b => b.Period), Json.Strings(series, "period"));
            Assert.Equal(expected.Select(b => b.VerbalCooperation), series.EnumerateArray().Select(b => b.GetProperty("verbal_cooperation").GetInt64()));
            Assert.Equal(expected.Select(b => b.GoldsteinSum), series.EnumerateArray().Select(b => b.GetProperty("goldstein_sum").GetDouble()));
        }
    }

    [Fact]
    public async Task Search_finds_articles_with_bracketed_snippets_and_quotes()
    {
        // When words from a title and from a quote are searched
        var result = await Json.Get(server.Client, "api/search?q=Kyiv");
        var quotes = await Json.Get(server.Client, "api/search?q=tasks");

        // Then the articles come with the words bracketed, and the quote is found
        Assert.Contains(result.GetProperty("articles").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("[Kyiv]", StringComparison.Ordinal));
        Assert.Contains(quotes.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker").GetString() == "Vladimir Putin");
    }

    [Fact]
    public async Task Article_comes_back_with_all_its_annotations()
    {
        // Given a stored article
        var stored = server.Articles.First(a => a.Quotes.Count > 0 && a.Events.Count > 0);

        // When it is fetched by id
        var article = await Json.Get(server.Client, $"api/articles/{Uri.EscapeDataString(stored.Id)}");

        // Then its body, entities, quotes and events are those stored
        Assert.Equal(stored.Body, article.GetProperty("body").GetString());
        Assert.Equal(stored.Entities.Count, article.GetProperty("entities").GetArrayLength());
        Assert.Equal(stored.Quotes[0].Speaker, article.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Equal(stored.Events[0].EventType, article.GetProperty("events")[0].GetProperty("event").GetString());
    }

    [Fact]
    public async Task Unknown_article_is_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/articles/no-such-article");
        var (status, body) = await Json.Send(server.Client, request);
        Assert.Equal(404, status);
        Assert.Equal("id", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_every_api_endpoint()
    {
        // When the OpenAPI description is fetched
        var document = await Json.Get(server.Client, "openapi/v1.json");

        // Then it lists each endpoint group
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var path in new[]
        {
            "/api/status", "/api/events", "/api/stories", "/api/stories/{id}/evidence", "/api/quotes", "/api/actors",
            "/api/actors/{code}", "/api/dyads/{first}/{second}", "/api/search", "/api/articles/{id}", "/api/analyze",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.Equal(JsonValueKind.Object, document.GetProperty("paths").GetProperty("/api/analyze").GetProperty("post").ValueKind);
    }

    [Fact]
    public async Task Web_ui_is_served_at_the_root()
    {
        using var response = await server.Client.GetAsync("", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Chronicle", html, StringComparison.Ordinal);
    }
}
