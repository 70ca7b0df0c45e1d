using System.Net.Http.Json;
using System.Text;
using Chronicle.Web.Tests.Support;

namespace Chronicle.Web.Tests.Api;

/// <summary><c>POST /api/analyze</c> runs the pipeline on the posted article and stores nothing.</summary>
public sealed class AnalyzeApiTests(WebServer server) : IClassFixture<WebServer>
{
    private const string Article = """
        Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday, the Kremlin said.

        Putin called Xi a dear friend, saying: "We have a lot of common tasks." The two leaders will sign a statement on Tuesday.
        """;

    [Fact]
    public async Task Posted_json_text_comes_back_as_an_article_record_with_sentences_and_resolved_dates()
    {
        // Given an article with a publication date
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/analyze")
        {
            Content = JsonContent.Create(new { text = Article, published = "2023-03-22", title = "Putin meets Xi" }),
        };

        // When it is analysed
        var (status, article) = await Json.Send(server.Client, request);

        // Then the record has its body, three sentences, and "Monday" resolved against the publication date
        Assert.Equal(200, status);
        Assert.Equal("Putin meets Xi", article.GetProperty("title").GetString());
        Assert.Equal(3, article.GetProperty("sentences").GetArrayLength());
        var monday = article.GetProperty("dates").EnumerateArray().Single(d => d.GetProperty("text").GetString() == "Monday");
        Assert.Equal("2023-03-20", monday.GetProperty("value").GetString());
        var body = article.GetProperty("body").GetString()!;
        Assert.Equal("Monday", body[monday.GetProperty("start").GetInt32()..monday.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Posted_html_is_cleaned_to_its_text()
    {
        // Given an HTML page
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/analyze")
        {
            Content = new StringContent($"<html><head><title>Summit</title><script>var x = 1;</script></head><body><nav>Home | World</nav><article><p>{Article.Replace("\n\n", "</p><p>", StringComparison.Ordinal)}</p></article></body></html>", Encoding.UTF8, "text/html"),
        };

        // When it is analysed
        var (status, article) = await Json.Send(server.Client, request);

        // Then no markup is left in the body
        Assert.Equal(200, status);
        Assert.DoesNotContain("<p>", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("Xi Jinping", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("var x", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", article.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("Summit", article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Analysing_stores_nothing()
    {
        var before = (await Json.Get(server.Client, "api/status")).GetProperty("counts").GetProperty("articles").GetInt32();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/analyze") { Content = new StringContent(Article, Encoding.UTF8, "text/plain") };
        var (status, _) = await Json.Send(server.Client, request);
        var after = (await Json.Get(server.Client, "api/status")).GetProperty("counts").GetProperty("articles").GetInt32();
        Assert.Equal(200, status);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("application/json", "{\"text\": 12", 400)]
    [InlineData("application/json", "{\"text\": \"\"}", 400)]
    [InlineData("application/json", "{\"text\": \"Putin met Xi.\", \"html\": \"<p>x</p>\"}", 400)]
    [InlineData("application/json", "{\"text\": \"Putin met Xi on Monday.\", \"published\": \"22/03/2023\"}", 400)]
    [InlineData("application/xml", "<article/>", 415)]
    [InlineData("text/plain", "   ", 400)]
    public async Task Malformed_analyse_requests_get_a_4xx_with_a_message(string mediaType, string body, int expected)
    {
        // Given a body that is not an article to analyse
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/analyze") { Content = new StringContent(body, Encoding.UTF8, mediaType) };

        // When it is posted
        var (status, error) = await Json.Send(server.Client, request);

        // Then the answer says what is wrong
        Assert.Equal(expected, status);
        if (status == 400)
        {
            Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetString()));
        }
    }
}
