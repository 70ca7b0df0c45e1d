using System.Net.Sockets;
using System.Text;
using Chronicle.Web.Tests.Support;

namespace Chronicle.Web.Tests.Api;

/// <summary>Malformed and hostile requests get a 4xx, change nothing, and the server keeps serving.</summary>
public sealed class HostileRequestTests(WebServer server) : IClassFixture<WebServer>
{
    [Theory]
    [InlineData("api/events?from=2023-13-01", "from")]
    [InlineData("api/events?from=2023-02-30", "from")]
    [InlineData("api/dyads/RUS/CHN?from=2023-04-31", "from")]
    [InlineData("api/events?source=RUSGOV%00", "source")]
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

        // (sent with "Expect: 100-continue", as large uploads are: the server refuses on the declared length before
        // any of the body is sent, instead of closing the socket under a client still writing 2 MB — a broken pipe)
        request.Headers.ExpectContinue = true;

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

    [Theory]
    [InlineData("api/actors/ZZZ")]
    [InlineData("api/actors/QQQGOV")]
    public async Task A_well_formed_actor_code_nothing_was_stored_for_gets_404_naming_it(string path)
    {
        // Given an actor code of the right shape that no stored event has
        using var request = new HttpRequestMessage(HttpMethod.Get, path);

        // When its profile is asked for
        var (status, error) = await Json.Send(server.Client, request);

        // Then the answer is 404 naming the code, and the server still answers
        Assert.Equal(404, status);
        Assert.Equal("code", error.GetProperty("parameter").GetString());
        Assert.Contains(path[(path.LastIndexOf('/') + 1)..], error.GetProperty("error").GetString(), StringComparison.Ordinal);
        await AssertStillServing();
    }

    [Fact]
    public async Task A_chunked_body_growing_past_the_limit_gets_413()
    {
        // Given a body sent in chunks with no declared length, larger than the limit
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        var request = new StringBuilder("POST /api/analyze HTTP/1.1\r\n")
            .Append("Host: ").Append(server.Address.Authority).Append("\r\n")
            .Append("Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");

        // When it is streamed until the server answers
        var (status, _) = await RawSend(Encoding.ASCII.GetBytes(request.ToString()), Enumerable.Repeat(chunk, 16));

        // Then it is refused as too large, and the server still answers
        Assert.Equal(413, status);
        await AssertStillServing();
    }

    [Fact]
    public async Task An_overlong_request_line_or_header_gets_4xx()
    {
        // Given a request line of 100 KB and a request with a 100 KB header
        var longPath = "/api/events?place=" + new string('x', 100_000);
        var longLine = Encoding.ASCII.GetBytes($"GET {longPath} HTTP/1.1\r\nHost: {server.Address.Authority}\r\nConnection: close\r\n\r\n");
        var longHeader = Encoding.ASCII.GetBytes($"GET /api/status HTTP/1.1\r\nHost: {server.Address.Authority}\r\nX-Pad: {new string('x', 100_000)}\r\nConnection: close\r\n\r\n");

        // When each is sent
        var (lineStatus, _) = await RawSend(longLine, []);
        var (headerStatus, _) = await RawSend(longHeader, []);

        // Then both are refused (414 and 431), and the server still answers
        Assert.Equal(414, lineStatus);
        Assert.Equal(431, headerStatus);
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
    private Task<(int Status, string Body)> RawGet(string path) =>
        RawSend(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Address.Authority}\r\nConnection: close\r\n\r\n"), []);

    // Writes the head, then each chunk of the body (HTTP chunked framing) until the server answers or closes.
    private async Task<(int Status, string Body)> RawSend(byte[] head, IEnumerable<byte[]> chunks)
    {
        var cancel = TestContext.Current.CancellationToken;
        using var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port, cancel);
        await using var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(head, cancel);
            foreach (var chunk in chunks)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), cancel);
                await stream.WriteAsync(chunk, cancel);
                await stream.WriteAsync("\r\n"u8.ToArray(), cancel);
            }
        }
        catch (IOException)
        {
            // The server answered early and closed the connection: its answer is still there to read.
        }

        // A server that refuses a body it has not read may reset the connection after answering: keep what came.
        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, cancel);
        }
        catch (IOException)
        {
            Assert.True(received.Length > 0, "The connection was reset before any answer came.");
        }

        var response = Encoding.UTF8.GetString(received.ToArray());
        var statusLine = response.Split("\r\n")[0].Split(' ');
        return (int.Parse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    private async Task AssertStillServing()
    {
        var status = await Json.Get(server.Client, "api/status");
        Assert.True(status.GetProperty("counts").GetProperty("events").GetInt32() > 0);
    }
}
