using System.CommandLine;
using Chronicle.Learning;
using Chronicle.Output;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Ingest;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle ingest</c>: reads articles (records or raw text), stores them batch by batch — one transaction
/// per batch, so an interrupted run leaves whole articles only and re-running it stores each exactly once —
/// and updates the stories they touch. Bad records are reported by name and skipped.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "A file, a folder, a JSONL batch, or '-' for standard input." };
        var db = StoreOptions.Database();
        var batchSize = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => 200 };
        var command = new Command("ingest", "Analyse articles (or take article records as they are) and store them.") { input, db, batchSize };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(input)!;
            var size = parseResult.GetValue(batchSize);
            if (size < 1)
            {
                context.Error.MarkupLine("[red]error:[/] --batch-size must be at least 1.");
                return Task.FromResult(2);
            }

            return Task.FromResult(StoreOptions.Run(context, parseResult.GetValue(db), store => Ingest(context, store, path, size, cancellationToken)));
        });
        return command;
    }

    private static int Ingest(CliContext context, IArticleStore store, string path, int batchSize, CancellationToken cancellationToken)
    {
        ArticleAnalyzer? analyzer = null;
        var reader = new IngestReader((article, ct) => (analyzer ??= StandardPipeline.CreateAnalyzer(context.ModelDirectory)).Analyze(article, ct));
        var batch = new List<Article>(batchSize);
        var total = IngestResult.Empty;
        var skipped = 0;
        ModelLoadException? missingModel = null;
        try
        {
            foreach (var item in reader.Read(path, context.OpenStandardInput, cancellationToken))
            {
                if (item.Article is null)
                {
                    skipped++;
                    context.Error.MarkupLineInterpolated($"[yellow]skipped[/] {item.Error?.Message ?? item.Origin}");
                    continue;
                }

                batch.Add(item.Article);
                if (batch.Count == batchSize)
                {
                    total = total.Add(store.Store(batch, cancellationToken));
                    batch.Clear();
                }
            }
        }
        catch (ModelLoadException ex)
        {
            // The models load at the first article that needs analysing; without them no later article can be
            // analysed either, so stop there (the records read before it are still stored below) and say why.
            missingModel = ex;
        }

        total = total.Add(store.Store(batch, cancellationToken));
        context.Error.MarkupLineInterpolated(
            $"Stored {total.Inserted + total.Updated} articles ({total.Inserted} new, {total.Updated} updated), {total.Events} events, {total.StoriesTouched} stories updated in {store.Name}; {skipped} records skipped.");
        if (missingModel is not null)
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] {missingModel.Message} Stopped at the first article that needed the models; the rest of {path} was not read.");
            return 1;
        }

        return skipped == 0 ? 0 : 1;
    }
}
