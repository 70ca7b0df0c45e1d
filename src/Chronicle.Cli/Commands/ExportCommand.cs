using System.CommandLine;
using System.Text;
using Chronicle.Store.Export;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle export gdelt|plover|csv|jsonl|parquet -o FILE</c>: writes the store for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Argument<string>("format") { Description = "gdelt (GDELT 2.0 events TSV), plover (PLOVER JSONL), csv, jsonl (article records) or parquet." }
            .AcceptOnlyFromAmong("gdelt", "plover", "csv", "jsonl", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "File to write; '-' for standard output (not for parquet).", Required = true };
        var db = StoreOptions.Database();
        var filter = new EventFilterOptions();
        var command = new Command("export", "Export stories (gdelt, plover), events (csv, parquet) or article records (jsonl).") { format, output, db };
        filter.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var kind = Enum.Parse<ExportFormat>(parseResult.GetValue(format)!, ignoreCase: true);
            var path = parseResult.GetValue(output)!;
            if (path == "-" && kind == ExportFormat.Parquet)
            {
                context.Error.MarkupLine("[red]error:[/] Parquet is binary: give a file with -o.");
                return 2;
            }

            return await StoreOptions.RunAsync(context, parseResult.GetValue(db), async store =>
            {
                var eventFilter = filter.Read(parseResult);
                int written;
                if (path == "-")
                {
                    using var buffer = new MemoryStream();
                    written = await Exporter.WriteAsync(store, kind, buffer, eventFilter, cancellationToken);
                    context.Out.Write(Encoding.UTF8.GetString(buffer.ToArray()));
                }
                else
                {
                    await using var file = File.Create(path);
                    written = await Exporter.WriteAsync(store, kind, file, eventFilter, cancellationToken);
                }

                context.Error.MarkupLineInterpolated($"Wrote {written} records to {path}.");
                return 0;
            });
        });
        return command;
    }
}
