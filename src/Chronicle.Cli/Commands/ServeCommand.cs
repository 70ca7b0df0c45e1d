using System.CommandLine;
using System.Data.Common;
using Chronicle.Store;
using Chronicle.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle serve</c>: the HTTP API and web UI over the store (src/Chronicle.Web).</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; loopback by default because the API has no authentication.",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var command = new Command("serve", "Serve the store over HTTP: JSON API under /api, OpenAPI at /openapi/v1.json, web UI at /.") { db, urls };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new WebOptions
            {
                Database = parseResult.GetValue(db),
                Urls = parseResult.GetValue(urls)!,
                ModelDirectory = context.ModelDirectory,
            };
            try
            {
                await using var app = ChronicleWebApp.Build(options, logging => logging.SetMinimumLevel(LogLevel.Warning));
                await app.StartAsync(cancellationToken);
                context.Error.MarkupLineInterpolated($"Serving [bold]{app.Services.GetRequiredService<StorePool>().Name}[/] at {string.Join(", ", app.Urls)} (Ctrl+C stops).");
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            }
            catch (Exception ex) when (ex is StoreException or DbException or IOException or ArgumentException or InvalidOperationException)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
