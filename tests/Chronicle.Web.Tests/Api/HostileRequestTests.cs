using System.Net.Sockets;
using System.Text;
using Chronicle.Web.Tests.Support;

namespace Chronicle.Web.Tests.Api;

/// <summary>Malformed and hostile requests get a 4xx, change nothing, and the server keeps serving.</summary>
public sealed class HostileRequestTests(WebServer server) : IClassFixture<WebServer>
{
    [Theory]
    [InlineData("api/events?from=2023-13-01", "from")]
    [InlineData("api/events?to=yesterday", "to")]
    [InlineData("api/events?from=2023-03-22&to=2023-03-01", "from")]
    [InlineData("api/events?source=RUS'%20OR%201=1--", "source")]
    [InlineData("api/events?target=%3BDROP%20TABLE%20events", "target")]
    [InlineData("api/events?source=RU", "source")]
    [InlineData("api/events?type=CONSULT'--", "type")]
    [InlineData("api/events?modality=maybe", "modality")]
    [InlineData("api/events?limit=0", "limit")]
    [InlineData("api/stories?limit=100000", "limit")]
    [InlineData("api/dyads/RUSGOV/CHN", "first")]
    [InlineData("api/dyads/RUS/C%27N", "second")]
    [InlineData("api/dyads/RUS/CHN?by=year", "by")]
    [InlineData("api/actors/R%25", "code")]
    [InlineData("api/actors?from=20230301", "from")]
    [InlineData("api/search", "q")]
    public async Task Bad_parameters_get_400_naming_the_parameter(string path, string parameter)
    {
        // Given a request with a malformed parameter
        using var request = new HttpRequestMessage(HttpMethod.Get, path);

        // When it is sent
        var (status, error) = await Json.Send(server.Client, request);

        // Then the answer is 400 naming the parameter, and the server still answers
        Assert.Equal(400, status);
        Assert.Equal(parameter, error.GetProperty("parameter").GetString());
        await AssertStillServing();
    }

    [Theory]
    [InlineData("api/events?place=%27%3B%20DROP%20TABLE%20events%3B%20--")]
    [InlineData("api/events?text=%25%27%20OR%20%271%27%3D%271")]
    [InlineData("api/quotes?speaker=%27)%20OR%201%3D1%20--")]
    [InlineData("api/search?q=%22%20OR%20*%20NEAR(")]
    [InlineData("api/quotes?text=%22%22%22%20AND%20(")]
    public async Task Sql_metacharacters_in_free_text_filters_match_nothing_and_change_nothing(string path)
    {
        // Given free text full of SQL and full-text syntax
        var before = await Json.Get(server.Client, "api/status");

        // When it is used as a filter
        var answer = await Json.Get(server.Client, path);

        // Then it is taken as words (nothing matches) and the store is unchanged
        var rows = answer.ValueKind == System.Text.Json.JsonValueKind.Array
            ? answer.GetArrayLength()
            : answer.GetProperty("articles").GetArrayLength() + answer.GetProperty("quotes").GetArrayLength();
        Assert.Equal(0, rows);
        Assert.Equal(before.GetProperty("counts").ToString(), (await Json.Get(server.Client, "api/status")).GetProperty("counts").ToString());
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_gets_413()
    {
        // Given an article far larger than the server's body limit
        var huge = new string('a', 2 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/analyze") { Content = new StringContent(huge, Encoding.UTF8, "text/plain") };

        // When it is posted
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        // Then it is refused as too large, and the server still answers
        Assert.Equal(413, (int)response.StatusCode);
        await AssertStillServing();
    }

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/..\\..\\..\\etc\\passwd")]
    [InlineData("/app.js/../../Chronicle.Web.dll")]
    public async Task Path_traversal_in_static_file_requests_gets_4xx(string path)
    {
        // Given a path that tries to climb out of the web root, sent as is on the wire
        var (status, body) = await RawGet(path);

        // Then no file outside the web root is served
        Assert.InRange(status, 400, 499);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        await AssertStillServing();
    }

    [Fact]
    public async Task Unknown_api_paths_get_404_in_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/drop-tables");
        var (status, error) = await Json.Send(server.Client, request);
        Assert.Equal(404, status);
        Assert.Contains("/api/drop-tables", error.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    // HttpClient normalises dot segments, so hostile paths are written to the socket by hand.
    private async Task<(int Status, string Body)> RawGet(string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port, TestContext.Current.CancellationToken);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Address.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        var statusLine = response.Split("\r\n")[0].Split(' ');
        return (int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    private async Task AssertStillServing()
    {
        var status = await Json.Get(server.Client, "api/status");
        Assert.True(status.GetProperty("counts").GetProperty("events").GetInt32() > 0);
    }
}
