using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Training.Entities;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle eval ner</c>: runs the standard pipeline (tagger, parser, recogniser and the entity stage, as
/// <c>chronicle extract</c> does) on the documents of the GUM NER split with GUM's own tokens, and scores the named
/// mentions of the article record against GUM's, with the recogniser alone beside them (<see cref="EntityStageReport"/>).
/// </summary>
internal static class EvalNerCommand
{
    private const string All = "all";
    private const string Test = "test";
    private const string Dev = "dev";

    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Folder of UD corpora holding gum/*.conllu.", DefaultValueFactory = _ => Path.Combine("..", "shared", "corpora", "ud") };
        var split = new Option<string>("--split") { Description = "Which part of the GUM split to score: test (news and non-news apart), dev, or all.", DefaultValueFactory = _ => All };
        split.AcceptOnlyFromAmong(All, Test, Dev);
        var errors = new Option<string?>("--dev-errors") { Description = "Write the dev-set mentions the recogniser or the stage gets wrong to this TSV file (error analysis only on dev)." };
        var wholeNames = new Option<bool>("--errors-whole-names") { Description = "Compare with the gold read as whole names in --dev-errors (GumNameConvention.WholeNames)." };
        var command = new Command("ner", "Score the named mentions of the whole entity stage, and of the recogniser alone, on the GUM split.") { data, split, errors, wholeNames };
        command.SetAction((parseResult, cancellationToken) =>
        {
            try
            {
                return Task.FromResult(Run(context, parseResult.GetValue(data)!, parseResult.GetValue(split)!, parseResult.GetValue(errors), parseResult.GetValue(wholeNames), cancellationToken));
            }
            catch (Exception ex) when (ex is FormatException or ModelLoadException or IOException or UnauthorizedAccessException)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static int Run(CliContext context, string dataDirectory, string split, string? errorsPath, bool wholeNameErrors, CancellationToken cancellationToken)
    {
        var gumDirectory = Path.Combine(dataDirectory, "gum");
        if (!Directory.Exists(gumDirectory))
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] '{gumDirectory}' does not exist; --data must hold gum/*.conllu.");
            return 1;
        }

        if (errorsPath is not null && split == Test)
        {
            // Test documents are for the figures only, never for error analysis.
            context.Error.MarkupLine("[yellow]note:[/] --dev-errors lists dev documents only; with --split test nothing is written.");
        }

        var started = Stopwatch.GetTimestamp();
        var files = Directory.GetFiles(gumDirectory, "*.conllu").Order(StringComparer.Ordinal).ToArray();
        var ids = files.Select(Path.GetFileNameWithoutExtension).Select(id => id!).ToList();
        var news = new EntityStagePart(
            "(a) test, GUM_news documents",
            "CONTAMINATED for the entity stage: its rules were developed by error analysis on gum-news-dev, whose articles are these documents; (b) is the clean test figure. The recogniser never trained on them.");
        var other = new EntityStagePart("(b) test, other GUM documents", "held out from the recogniser's training and from the entity stage's development: the clean figure.");
        var test = new EntityStagePart("(a)+(b) test, all", "the documents of train-ner's gum-test figures (the stage part includes the contaminated (a)).");
        var dev = new EntityStagePart("(c) dev", "the recogniser's settings were chosen on it; the entity stage's error analysis is done here.");
        var evaluator = new EntityStageEvaluator(StandardPipeline.CreateAnalyzer(context.ModelDirectory).Pipeline);
        using var errorWriter = errorsPath is null || split == Test ? null : new StreamWriter(errorsPath);
        errorWriter?.WriteLine(EntityStageErrors.Header);
        for (var i = 0; i < files.Length; i++)
        {
            var part = GumSplit.PartOf(ids[i], ids);
            var wanted = part switch
            {
                NerSplitPart.Test => split != Dev,
                NerSplitPart.Dev => split != Test,
                _ => false,
            };
            if (!wanted)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var comparison = evaluator.Evaluate(GumArticleReader.Read(files[i]), cancellationToken);
            if (part == NerSplitPart.Dev)
            {
                dev.Add(comparison);
                if (errorWriter is not null)
                {
                    EntityStageErrors.Write(errorWriter, comparison, wholeNameErrors);
                }
            }
            else
            {
                (GumSplit.IsNews(ids[i]) ? news : other).Add(comparison);
                test.Add(comparison);
            }
        }

        EntityStagePart[] parts = split switch
        {
            Test => [news, other, test],
            Dev => [dev],
            _ => [news, other, test, dev],
        };
        EntityStageReport.Write(context.Out, parts);
        context.Error.MarkupLineInterpolated(
            $"{parts.Sum(p => p == test ? 0 : p.Documents)} documents in {Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s{(errorWriter is null ? "" : $"; dev errors written to {errorsPath}")}");
        return 0;
    }
}
