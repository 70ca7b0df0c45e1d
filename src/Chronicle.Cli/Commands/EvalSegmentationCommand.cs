using System.CommandLine;
using System.Globalization;
using Chronicle.Segmentation;
using Chronicle.Training.Evaluation;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle eval segmentation</c>: token and sentence-boundary F1 of the segmenter against UD gold.</summary>
internal static class EvalSegmentationCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The UD folder (with ewt/ and gum/).", DefaultValueFactory = _ => Path.Combine("..", "shared", "corpora", "ud") };
        var tuning = new Option<bool>("--tuning") { Description = "Also score the tuning sets (EWT dev, GUM non-news)." };
        var errors = new Option<int>("--errors") { Description = "Print up to N example mistakes per set (for tuning)." };
        var command = new Command("segmentation", "Score tokenisation and sentence splitting against UD EWT test and GUM news.") { data, tuning, errors };
        command.SetAction((parseResult, cancellationToken) =>
        {
            try
            {
                var sets = UdSegmentationSets.Find(parseResult.GetValue(data)!, parseResult.GetValue(tuning));
                var table = new Table().AddColumns("set", "docs", "token P", "token R", "token F1", "sent P", "sent R", "sent F1", "inner sent F1");
                foreach (var (name, files) in sets)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var evaluator = new SegmentationEvaluator(new Segmenter(), parseResult.GetValue(errors));
                    var scores = evaluator.Evaluate(name, files.SelectMany(UdDocumentReader.Read));
                    context.Out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{name}: documents {scores.Documents}, token_f1 {scores.Tokens.F1:F4} (P {scores.Tokens.Precision:F4} R {scores.Tokens.Recall:F4}, gold {scores.Tokens.Gold}), sentence_f1 {scores.SentenceBoundaries.F1:F4} (P {scores.SentenceBoundaries.Precision:F4} R {scores.SentenceBoundaries.Recall:F4}, gold {scores.SentenceBoundaries.Gold}), inner_sentence_f1 {scores.InnerSentenceBoundaries.F1:F4}"));
                    foreach (var error in scores.Errors)
                    {
                        context.Out.WriteLine("    " + error);
                    }

                    table.AddRow(
                        name,
                        scores.Documents.ToString(CultureInfo.InvariantCulture),
                        Format(scores.Tokens.Precision),
                        Format(scores.Tokens.Recall),
                        Format(scores.Tokens.F1),
                        Format(scores.SentenceBoundaries.Precision),
                        Format(scores.SentenceBoundaries.Recall),
                        Format(scores.SentenceBoundaries.F1),
                        Format(scores.InnerSentenceBoundaries.F1));
                }

                context.Error.Write(table);
                return Task.FromResult(0);
            }
            catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
