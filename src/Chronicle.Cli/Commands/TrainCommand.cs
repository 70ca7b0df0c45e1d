using System.CommandLine;
using Chronicle.Learning;
using Chronicle.Training.Corpora;
using Chronicle.Training.Tagging;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train &lt;model&gt;</c>: trains a model from the UD corpora and writes models/&lt;model&gt;/model.bin + meta.json.
/// One subcommand per model; each is built by its own method below (add new models the same way).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train a model from the UD English corpora (deterministic; writes model.bin and meta.json).");
        command.Subcommands.Add(Tagger(context));
        // Other models' subcommands (parser, ner) are added here.
        return command;
    }

    private static Command Tagger(CliContext context)
    {
        var options = new CommonOptions(defaultEpochs: new TaggerTrainingOptions().Epochs);
        var command = new Command("tagger", "Train the POS tagger and lemmatiser.");
        options.AddTo(command);
        command.SetAction((parseResult, _) => Run(context, parseResult, options, "tagger", (corpus, output, epochs, seed, line) =>
            TaggerTrainingRun.Run(corpus, output, new TaggerTrainingOptions { Epochs = epochs, Seed = seed }, line, Log(context))));
        return command;
    }

    private static Task<int> Run(CliContext context, ParseResult parseResult, CommonOptions options, string model,
        Action<UdCorpus, string, int, int, string> train)
    {
        var data = parseResult.GetValue(options.Data)!;
        var output = parseResult.GetValue(options.Output)!;
        var epochs = parseResult.GetValue(options.Epochs);
        var seed = parseResult.GetValue(options.Seed);
        if (epochs < 1)
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] --epochs must be at least 1 (got {epochs}).");
            return Task.FromResult(2);
        }

        try
        {
            var corpus = new UdCorpus(data);
            var line = $"chronicle train {model} --data {data} --out {output} --epochs {epochs} --seed {seed}";
            train(corpus, output, epochs, seed, line);
            return Task.FromResult(0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ModelLoadException)
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return Task.FromResult(1);
        }
    }

    private static Action<string> Log(CliContext context) => message => context.Error.WriteLine(message);

    /// <summary>Options every train subcommand takes.</summary>
    private sealed class CommonOptions(int defaultEpochs)
    {
        public Option<string> Data { get; } = new("--data") { Description = "Folder with the UD corpora (ewt/ and gum/).", DefaultValueFactory = _ => "../shared/corpora/ud" };

        public Option<string> Output { get; } = new("--out") { Description = "Models folder; the model goes to <out>/<model>/.", DefaultValueFactory = _ => "models" };

        public Option<int> Epochs { get; } = new("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => defaultEpochs };

        public Option<int> Seed { get; } = new("--seed") { Description = "Seed of the training-order shuffle.", DefaultValueFactory = _ => 1 };

        public void AddTo(Command command)
        {
            command.Options.Add(Data);
            command.Options.Add(Output);
            command.Options.Add(Epochs);
            command.Options.Add(Seed);
        }
    }
}
