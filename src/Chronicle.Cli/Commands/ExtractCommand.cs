using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Chronicle.Ingestion;
using Chronicle.Learning;
using Chronicle.Output;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle extract</c>: reads articles and prints their article records. One article gives pretty JSON;
/// a JSONL batch or a folder gives JSONL, analysed in parallel in input order, with progress and a summary on stderr.
/// A bad record is reported, naming it, and skipped; the exit code is 1 when any record failed.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "A text, HTML or JSONL file, a folder of them, or '-' for standard input." };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (overrides what the input says)." };
        var format = new Option<string?>("--format") { Description = "json (pretty; an array for a batch) or jsonl (one line per article). Default: json for one article, jsonl for a batch." };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write the records to this file instead of standard output." };
        // Hidden: a debugging aid for the event coder's maintainers, not part of the output contract.
        var parses = new Option<bool>("--parses") { Description = "Print each sentence's tokens with tags, heads and relations instead of JSON.", Hidden = true };
        var command = new Command("extract", "Analyse articles and print their article records as JSON.") { input, published, format, output, parses };
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (!CliDates.TryParse(parseResult.GetValue(published), context, out var date))
            {
                return Task.FromResult(2);
            }

            var path = parseResult.GetValue(input)!;
            var source = new ArticleReader(date).Open(path, context.OpenStandardInput);
            var jsonl = parseResult.GetValue(format) is { } chosen ? chosen == "jsonl" : source.IsBatch;
            var outputPath = parseResult.GetValue(output);
            try
            {
                using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
                var writer = file ?? context.Out;
                var analyzer = StandardPipeline.CreateAnalyzer(context.ModelDirectory);
                if (parseResult.GetValue(parses))
                {
                    return Task.FromResult(RunParses(context, analyzer, source, writer, cancellationToken));
                }

                var exitCode = source.IsBatch
                    ? RunBatch(context, analyzer, source, writer, jsonl, cancellationToken)
                    : RunSingle(context, analyzer, source, writer, jsonl, cancellationToken);
                return Task.FromResult(exitCode);
            }
            catch (Exception ex) when (ex is ModelLoadException or IOException or UnauthorizedAccessException)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static int RunSingle(CliContext context, ArticleAnalyzer analyzer, InputSource source, TextWriter writer, bool jsonl, CancellationToken cancellationToken)
    {
        var failed = false;
        foreach (var record in source.Records)
        {
            var outcome = Analyze(analyzer, record, jsonl, cancellationToken);
            if (outcome.Json is { } json)
            {
                writer.WriteLine(json);
            }
            else
            {
                ReportError(context, outcome.Error!);
                failed = true;
            }
        }

        writer.Flush();
        return failed ? 1 : 0;
    }

    private static int RunParses(CliContext context, ArticleAnalyzer analyzer, InputSource source, TextWriter writer, CancellationToken cancellationToken)
    {
        var failed = false;
        foreach (var record in source.Records)
        {
            if (record.Error is { } error)
            {
                ReportError(context, error.Message);
                failed = true;
                continue;
            }

            try
            {
                ParseTable.Write(analyzer.Read(record.Article!, cancellationToken: cancellationToken), writer);
            }
            catch (InputException ex)
            {
                ReportError(context, ex.Message);
                failed = true;
            }
        }

        writer.Flush();
        return failed ? 1 : 0;
    }

    private static int RunBatch(CliContext context, ArticleAnalyzer analyzer, InputSource source, TextWriter writer, bool jsonl, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var articles = 0;
        var stopwatch = Stopwatch.StartNew();
        context.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask($"extract {Markup.Escape(source.Name)}", maxValue: Math.Max(1, source.EstimatedCount ?? 0));
                task.IsIndeterminate = source.EstimatedCount is null;

                // The analyzer is thread-safe; AsOrdered keeps the output in input order whatever finishes first.
                var outcomes = source.Records
                    .AsParallel()
                    .AsOrdered()
                    .WithDegreeOfParallelism(Environment.ProcessorCount)
                    .WithCancellation(cancellationToken)
                    .Select(record => Analyze(analyzer, record, jsonl: true, cancellationToken));
                if (!jsonl)
                {
                    writer.WriteLine("[");
                }

                foreach (var outcome in outcomes)
                {
                    if (outcome.Json is { } json)
                    {
                        if (jsonl)
                        {
                            writer.WriteLine(json);
                        }
                        else
                        {
                            writer.Write(articles == 0 ? "  " : ",\n  ");
                            writer.Write(json);
                        }

                        articles++;
                    }
                    else
                    {
                        errors.Add(outcome.Error!);
                    }

                    task.Increment(1);
                }

                if (!jsonl)
                {
                    writer.WriteLine(articles == 0 ? "]" : "\n]");
                }

                task.Value = task.MaxValue;
                task.StopTask();
            });
        writer.Flush();
        stopwatch.Stop();

        foreach (var error in errors)
        {
            ReportError(context, error);
        }

        if (articles == 0 && errors.Count == 0)
        {
            ReportError(context, $"{source.Name}: no articles found (a folder is searched for .txt, .html, .htm and .jsonl files).");
            return 1;
        }

        var rate = articles / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9);
        context.Error.MarkupLineInterpolated(
            $"{articles.ToString("N0", CultureInfo.InvariantCulture)} articles, {errors.Count.ToString("N0", CultureInfo.InvariantCulture)} failures, {rate.ToString("F1", CultureInfo.InvariantCulture)} articles/s ({stopwatch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)");
        return errors.Count > 0 ? 1 : 0;
    }

    private static void ReportError(CliContext context, string message) =>
        context.Error.MarkupLineInterpolated($"[red]error:[/] {message}");

    /// <summary>One record's JSON, or the message saying why it failed. Never throws for a bad record.</summary>
    private static ExtractOutcome Analyze(ArticleAnalyzer analyzer, InputRecord record, bool jsonl, CancellationToken cancellationToken)
    {
        if (record.Error is { } error)
        {
            return new ExtractOutcome(null, error.Message);
        }

        var input = record.Article!;
        try
        {
            var article = analyzer.Analyze(input, cancellationToken);
            return new ExtractOutcome(jsonl ? ArticleJson.ToJsonLine(article) : ArticleJson.ToIndentedJson(article), null);
        }
        catch (InputException ex)
        {
            return new ExtractOutcome(null, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A component failing on one odd article must not stop a batch of thousands: report it, naming the record.
            return new ExtractOutcome(null, $"{input.Origin}: analysis failed ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
