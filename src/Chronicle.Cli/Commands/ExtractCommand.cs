using System.CommandLine;
using System.Globalization;
using Chronicle.Ingestion;
using Chronicle.Learning;
using Chronicle.Output;
using Chronicle.Pipeline;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle extract</c>: reads articles and prints their article records.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "A text file, '-' for standard input." };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (overrides what the input says)." };
        var command = new Command("extract", "Analyse articles and print their article records as JSON.") { input, published };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(input)!;
            DateOnly? date = null;
            if (parseResult.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    context.Error.MarkupLineInterpolated($"[red]error:[/] --published '{text}' is not a date of the form YYYY-MM-DD.");
                    return Task.FromResult(2);
                }

                date = parsed;
            }

            try
            {
                var raw = path == "-" ? new StreamReader(context.OpenStandardInput()).ReadToEnd() : File.ReadAllText(path);
                var analyzer = StandardPipeline.CreateAnalyzer(context.ModelDirectory);
                var article = analyzer.Analyze(new ArticleInput(path, Published: date, Source: path, Text: raw), cancellationToken);
                context.Out.WriteLine(ArticleJson.ToIndentedJson(article));
                return Task.FromResult(0);
            }
            catch (Exception ex) when (ex is InputException or ModelLoadException or IOException or UnauthorizedAccessException)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
