using System.Net;
using System.Net.Sockets;
using System.Text;
using Spectre.Console.Testing;

namespace Chronicle.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_the_api_on_loopback_until_cancelled()
    {
        // Given a store with the fixture ingested, and a free loopback port
        var folder = Directory.CreateTempSubdirectory("chronicle-serve-").FullName;
        var db = Path.Combine(folder, "store.db");
        var fixture = CliRunner.RepositoryPath("tests", "Chronicle.Store.Tests", "Fixtures", "wire-stories.jsonl");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", fixture, "--db", db)).ExitCode);
        var port = FreePort();

        // When chronicle serve runs
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = new TestConsole();
        var context = new CliContext(new StringWriter(), error, () => new MemoryStream(Encoding.UTF8.GetBytes("")));
        var serving = ChronicleCommand.Create(context).Parse(["serve", "--db", db, "--urls", $"http://127.0.0.1:{port}"]).InvokeAsync(cancellationToken: stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var status = "";
        for (var attempt = 0; attempt < 100 && status.Length == 0 && !serving.IsCompleted; attempt++)
        {
            try
            {
                status = await client.GetStringAsync("api/status", TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        // Then the API answers with the store's counts, and cancelling stops the server cleanly
        Assert.Contains("\"events\":12", status, StringComparison.Ordinal);
        await stop.CancelAsync();
        Assert.Equal(0, await serving);
        Assert.Contains("Serving", error.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_reports_a_store_it_cannot_open_in_one_line()
    {
        // Given a database path inside a folder that does not exist
        var db = Path.Combine(Path.GetTempPath(), "chronicle-no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db");

        // When serve is asked to serve it
        var result = await CliRunner.RunAsync("serve", "--db", db, "--urls", "http://127.0.0.1:0");

        // Then it fails with an error, without serving
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
