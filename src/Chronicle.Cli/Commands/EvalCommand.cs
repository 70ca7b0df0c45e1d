using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Chronicle.Ingestion;
using Chronicle.Learning;
using Chronicle.Output;
using Chronicle.Pipeline;
using Chronicle.Training.Evaluation;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval</c>: runs the standard pipeline on gold texts and scores the records exactly as
/// shared/tools/score.py does; <c>chronicle eval segmentation</c> scores the segmenter against UD.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold") { Description = "Gold records: a .json file, a .jsonl file, or a folder of them." };
        var verbose = new Option<bool>("--verbose") { Description = "List missed and spurious entities, quotes and events, as score.py --verbose does." };
        var output = new Option<string?>("--out") { Description = "Write the predicted records to this JSONL file (for score.py or inspection)." };
        var json = new Option<bool>("--json") { Description = "Print the figures as score.py --json prints them." };
        var predicted = new Option<string?>("--pred") { Description = "Score these predicted records (file or folder) instead of running the pipeline." };
        var command = new Command("eval", "Run the pipeline on gold articles and score it as shared/tools/score.py does.") { gold, verbose, output, json, predicted };
        command.Subcommands.Add(EvalSegmentationCommand.Create(context));
        command.Subcommands.Add(EvalNerCommand.Create(context));
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            context,
            parseResult.GetValue(gold)!,
            parseResult.GetValue(verbose),
            parseResult.GetValue(output),
            parseResult.GetValue(json),
            parseResult.GetValue(predicted),
            cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string goldPath, bool verbose, string? outPath, bool json, string? predictedPath, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<JsonObject> records;
        IReadOnlyList<JsonObject> predictions;
        int failures;
        try
        {
            records = ArticleRecordReader.Load(goldPath);
            (predictions, failures) = predictedPath is null
                ? Predict(context, StandardPipeline.CreateAnalyzer(context.ModelDirectory), records, goldPath, outPath, cancellationToken)
                : (ArticleRecordReader.Load(predictedPath), 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RecordFormatException or ModelLoadException)
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return 1;
        }

        var report = new ArticleScorer().Score(records, predictions);
        if (json)
        {
            context.Out.WriteLine(report.ToJson());
        }
        else
        {
            context.Out.Write(report.ToText(verbose));
        }

        var table = new Table().AddColumns("metric", "value");
        foreach (var (name, value) in report.Metrics())
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value));
        }

        if (report.DirectQuoteNamedSpeakerAccuracy is { } named)
        {
            // Not a score.py line: printed with the table only, so stdout stays exactly score.py's output.
            table.AddRow(
                "direct_quote_attr_acc_named (not in score.py)",
                string.Format(CultureInfo.InvariantCulture, "{0:0.0##} over {1} quotes with a plain-name gold speaker", named, report.DirectQuoteNamedSpeakers));
        }

        context.Error.Write(table);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        context.Error.MarkupLineInterpolated(
            $"{records.Count} gold articles, {failures} failed, {string.Format(CultureInfo.InvariantCulture, "{0:F1}", seconds)} s");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Runs the standard pipeline on each gold text with its id, title and date.</summary>
    internal static (IReadOnlyList<JsonObject> Predictions, int Failures) Predict(
        CliContext context, ArticleAnalyzer analyzer, IReadOnlyList<JsonObject> records, string goldPath, string? outPath,
        CancellationToken cancellationToken)
    {
        var predictions = new List<JsonObject>(records.Count);
        var failures = 0;
        using var writer = outPath is null ? null : new StreamWriter(outPath);
        for (var i = 0; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var origin = $"{goldPath}#{i + 1}";
            try
            {
                var article = GoldArticle.From(records[i], origin);
                var line = ArticleJson.ToJsonLine(analyzer.Analyze(article.ToInput(origin), cancellationToken));
                writer?.WriteLine(line);
                predictions.Add((JsonObject)JsonNode.Parse(line)!);
            }
            catch (Exception ex) when (ex is InputException or RecordFormatException)
            {
                // The article stays unpredicted, so the scorer counts it missing, as score.py would.
                failures++;
                context.Error.MarkupLineInterpolated($"[yellow]skipped:[/] {ex.Message}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A component failing on one article must not hide the scores of the others: count it missing and
                // name it, as extract does.
                failures++;
                context.Error.MarkupLineInterpolated($"[yellow]skipped:[/] {origin}: analysis failed ({ex.GetType().Name}: {ex.Message})");
            }
        }

        return (predictions, failures);
    }
}
