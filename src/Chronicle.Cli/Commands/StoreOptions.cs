using System.CommandLine;
using System.Data.Common;
using Chronicle.Ingestion;
using Chronicle.Store;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>The <c>--db</c> option the store commands share, and opening the store with one-line errors.</summary>
internal static class StoreOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = $"SQLite file (default {ArticleStores.DefaultPath}) or postgres://user:password@host:port/database.",
    };

    /// <summary>Opens the store, runs <paramref name="action"/>, and turns store and input errors into one line.</summary>
    public static int Run(CliContext context, string? database, Func<IArticleStore, int> action)
    {
        try
        {
            using var store = ArticleStores.Open(database);
            return action(store);
        }
        catch (Exception ex) when (ex is StoreException or DbException or InputException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] {FirstLine(ex.Message)}");
            return 1;
        }
    }

    /// <summary>As <see cref="Run"/>, for actions that write files asynchronously.</summary>
    public static async Task<int> RunAsync(CliContext context, string? database, Func<IArticleStore, Task<int>> action)
    {
        try
        {
            using var store = ArticleStores.Open(database);
            return await action(store);
        }
        catch (Exception ex) when (ex is StoreException or DbException or InputException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] {FirstLine(ex.Message)}");
            return 1;
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
