using System.CommandLine;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Parsing;
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
        command.Subcommands.Add(Parser(context));
        command.Subcommands.Add(TrainNerCommand.Create(context));
        return command;
    }

    private static Command Tagger(CliContext context)
    {
        var options = new CommonOptions(defaultEpochs: new TaggerTrainingOptions().Epochs);
        var clusters = new Option<string[]>("--clusters")
        {
            Description = "JSONL news corpora to learn word classes from, read in order (the parser reuses the tagger's).",
            AllowMultipleArgumentsPerToken = true,
        };
        var exclude = new Option<string?>("--exclude-titles-from") { Description = "JSONL file whose article titles are left out of --clusters (keeps an evaluation set unseen)." };
        var stackFolds = new Option<int>("--stack-folds")
        {
            Description = "Jackknife folds that give the second (right-context) pass its training input; 0 trains a one-pass tagger.",
            DefaultValueFactory = _ => new TaggerTrainingOptions().StackFolds,
        };
        var seeds = new Option<int[]>("--seeds")
        {
            Description = "Train one run per shuffle seed and average their weights into one model (overrides --seed).",
            AllowMultipleArgumentsPerToken = true,
        };
        var snapshots = new Option<string?>("--snapshots") { Description = "Folder to save the model after every epoch in (the model after epoch k equals an --epochs k run)." };
        var devErrors = new Option<string?>("--dev-errors") { Description = "Write the EWT dev confusions and mistagged words to this TSV file, for error analysis." };
        var errorsOnly = new Option<bool>("--errors-only") { Description = "Train nothing: write --dev-errors for the tagger already in <out>/tagger." };
        var evaluateOnly = new Option<bool>("--evaluate-only")
        {
            Description = "Train nothing: score the tagger already in <out>/tagger on EWT dev and the held-back GUM news documents (EWT test stays unread).",
        };
        var stackMargin = new Option<float>("--stack-margin")
        {
            Description = "With --evaluate-only and a two-pass tagger: the first-pass lead above which a word skips the second pass.",
            DefaultValueFactory = _ => PosTagger.DefaultStackMargin,
        };
        var command = new Command("tagger", "Train the POS tagger and lemmatiser.") { clusters, exclude, stackFolds, seeds, snapshots, devErrors, errorsOnly, evaluateOnly, stackMargin };
        options.AddTo(command);
        command.SetAction((parseResult, _) => Run(context, parseResult, options, "tagger", (corpus, output, epochs, seed, line) =>
        {
            if (parseResult.GetValue(errorsOnly))
            {
                var errorsFile = parseResult.GetValue(devErrors) ?? throw new FormatException("--errors-only needs --dev-errors FILE.");
                TaggerErrorReport.Write(TaggerModel.Load(Path.Combine(output, "tagger", "model.bin")), corpus.EwtDev(), errorsFile);
                return;
            }

            if (parseResult.GetValue(evaluateOnly))
            {
                var existing = TaggerModel.Load(Path.Combine(output, "tagger", "model.bin"));
                var margin = parseResult.GetValue(stackMargin);
                Log(context)($"tagger (stack margin {margin}): EWT dev {TaggerEvaluation.Evaluate(existing, corpus.EwtDev(), stackMargin: margin)}; "
                    + $"GUM news {TaggerEvaluation.Evaluate(existing, corpus.GumHeldBack(), stackMargin: margin)}");
                return;
            }

            var clustersPaths = parseResult.GetValue(clusters) ?? [];
            var excludePath = parseResult.GetValue(exclude);
            WordClasses? classes = null;
            if (clustersPaths.Length > 0)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                classes = WordClassSource.Build(clustersPaths, excludePath);
                var joined = string.Join(' ', clustersPaths);
                Log(context)($"tagger: word classes for {classes.WordCount:N0} forms learnt from {joined} [{clock.Elapsed:mm\\:ss}]");
                line += $" --clusters {joined}" + (excludePath is null ? "" : $" --exclude-titles-from {excludePath}");
            }

            var folds = parseResult.GetValue(stackFolds);
            line += $" --stack-folds {folds}";
            var seedList = parseResult.GetValue(seeds) ?? [];
            if (seedList.Length > 0)
            {
                line += $" --seeds {string.Join(' ', seedList)}";
            }

            var trainingOptions = new TaggerTrainingOptions { Epochs = epochs, Seed = seedList.Length > 0 ? seedList[0] : seed, Seeds = seedList, StackFolds = folds };
            var model = TaggerTrainingRun.Run(corpus, output, trainingOptions, line, Log(context), classes, parseResult.GetValue(snapshots));
            if (parseResult.GetValue(devErrors) is { } errorsPath)
            {
                TaggerErrorReport.Write(model, corpus.EwtDev(), errorsPath);
            }
        }));
        return command;
    }

    private static Command Parser(CliContext context)
    {
        var defaults = new ParserTrainingOptions();
        var options = new CommonOptions(defaultEpochs: defaults.Epochs);
        var folds = new Option<int>("--jackknife") { Description = "Train on tags from a k-fold jackknifed tagger (0 = gold tags).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var evaluateOnly = new Option<bool>("--evaluate-only") { Description = "Re-prune and re-score the parser already in <out>/parser (e.g. after retraining the tagger) and rewrite its meta.json." };
        var snapshots = new Option<string?>("--snapshots") { Description = "Folder to save the model after every epoch in (the model after epoch k equals an --epochs k run)." };
        var cache = new Option<string?>("--jackknife-cache") { Description = "File to keep the jackknifed training tags in: written on the first run, reused by later runs with the same tagger, data, folds and seed (saves the fold taggers' time in experiments)." };
        var beam = new Option<int>("--beam") { Description = "Beam width: 1 trains the greedy parser (dynamic oracle); k > 1 trains globally with a beam of k, which the model then parses with. With --evaluate-only: re-record the model for this width and score it.", DefaultValueFactory = _ => defaults.BeamWidth };
        var beamUpdate = new Option<BeamUpdate>("--beam-update") { Description = "Global training update: MaxViolation (Huang et al. 2012) or Early (Collins & Roark 2004).", DefaultValueFactory = _ => defaults.BeamUpdate };
        var devBeams = new Option<int[]>("--dev-beams") { Description = "Also score EWT dev with these beam widths after each epoch.", AllowMultipleArgumentsPerToken = true };
        var seeds = new Option<int[]>("--seeds")
        {
            Description = "Train one run per seed (shuffle and oracle exploration) in lockstep and average their weights into one model (overrides --seed).",
            AllowMultipleArgumentsPerToken = true,
        };
        var comparePruning = new Option<bool>("--compare-pruning") { Description = "With --seeds: also score EWT dev after each epoch with the runs pruned before averaging (saved as parser-epoch-k-pruned-first.bin with --snapshots)." };
        var relabelDefaults = new RelabellerTrainingOptions();
        var relabelOnly = new Option<bool>("--relabel-only")
        {
            Description = "Train only the relabeller (a second pass choosing every label from the complete tree) for the parser already in <out>/parser, store it in that model file (the parser's own sections unchanged) and re-score it; --seed, --jackknife and --jackknife-cache apply.",
        };
        var relabelEpochs = new Option<int>("--relabel-epochs") { Description = "Relabeller training epochs (with --relabel-only).", DefaultValueFactory = _ => relabelDefaults.Epochs };
        var relabelFolds = new Option<int>("--relabel-folds")
        {
            Description = "With --relabel-only: 0 reads the training trees' arc-time labels from the parser's label model; k > 1 from label models trained on k-1 of k folds.",
            DefaultValueFactory = _ => relabelDefaults.ArcLabelFolds,
        };
        var relabelMargin = new Option<int>("--relabel-margin-below")
        {
            Description = "With --relabel-only: relabel only the arcs whose arc-time label won by a margin in a bucket below this (0: under 1, 1: under 2, ... 6: 32 or more; 7: all).",
            DefaultValueFactory = _ => relabelDefaults.MarginBelow,
        };
        var relabelPrune = new Option<float>("--relabel-prune")
        {
            Description = "With --relabel-only: averaged relabeller weights smaller than this are dropped from the saved model.",
            DefaultValueFactory = _ => relabelDefaults.PruneBelow,
        };
        var command = new Command("parser", "Train the dependency parser (needs the tagger in <out>/tagger for predicted-tag scores).")
        {
            folds, evaluateOnly, snapshots, cache, beam, beamUpdate, devBeams, seeds, comparePruning, relabelOnly, relabelEpochs, relabelFolds, relabelMargin, relabelPrune,
        };
        options.AddTo(command);
        command.SetAction((parseResult, _) => Run(context, parseResult, options, "parser", (corpus, output, epochs, seed, line) =>
        {
            var k = parseResult.GetValue(folds);
            if (parseResult.GetValue(evaluateOnly))
            {
                var existing = Path.Combine(output, "parser");
                var meta = ModelMetadata.Load(Path.Combine(existing, "meta.json"));
                // Pruning again with this build's thresholds lets an older, larger model shrink without retraining.
                var loaded = ParserModel.Load(Path.Combine(existing, "model.bin"));
                var width = parseResult.GetResult(beam) is { Implicit: false } ? parseResult.GetValue(beam) : loaded.BeamWidth;
                if (width < 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(beam), width, "--beam must be at least 1.");
                }

                var model = new ParserModel(loaded.Transitions.Pruned(defaults.PruneTransitionsBelow), loaded.LabelModel.Pruned(defaults.PruneLabelsBelow), loaded.Labels, loaded.Classes, width, loaded.FeatureSet,
                    loaded.Relabeller);
                model.ToArchive().Save(Path.Combine(existing, "model.bin"));
                ParserTrainingRun.Evaluate(corpus, output, model, meta.TrainingCommand, meta.Seed, meta.Epochs, Log(context));
                return;
            }

            if (parseResult.GetValue(relabelOnly))
            {
                var relabelOptions = new RelabellerTrainingOptions
                {
                    Epochs = parseResult.GetValue(relabelEpochs),
                    Seed = seed,
                    Seeds = parseResult.GetValue(seeds) ?? [],
                    ArcLabelFolds = parseResult.GetValue(relabelFolds),
                    MarginBelow = parseResult.GetValue(relabelMargin),
                    PruneBelow = parseResult.GetValue(relabelPrune),
                };
                if (relabelOptions.MarginBelow is < 1 or > DependencyRelabeller.AllMargins)
                {
                    throw new ArgumentOutOfRangeException(nameof(relabelMargin), relabelOptions.MarginBelow, $"--relabel-margin-below must be 1 to {DependencyRelabeller.AllMargins}.");
                }

                if (relabelOptions.Epochs < 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(relabelEpochs), relabelOptions.Epochs, "--relabel-epochs must be at least 1.");
                }

                var relabelLine = $"chronicle train parser --relabel-only --data {corpus.DataDirectory} --out {output} --seed {seed} --jackknife {k} " +
                    $"--relabel-epochs {relabelOptions.Epochs} --relabel-folds {relabelOptions.ArcLabelFolds} --relabel-margin-below {relabelOptions.MarginBelow}" +
                    (relabelOptions.PruneBelow != relabelDefaults.PruneBelow ? $" --relabel-prune {relabelOptions.PruneBelow.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "") +
                    (relabelOptions.Seeds.Count > 0 ? $" --seeds {string.Join(' ', relabelOptions.Seeds)}" : "");
                RelabellerTrainingRun.Run(corpus, output, relabelOptions, new ParserTrainingOptions { JackknifeFolds = k, JackknifeCache = parseResult.GetValue(cache) },
                    new TaggerTrainingOptions { Seed = seed, Epochs = defaults.JackknifeTaggerEpochs }, relabelLine, Log(context));
                return;
            }

            var seedList = parseResult.GetValue(seeds) ?? [];
            if (seedList.Length > 0)
            {
                seed = seedList[0];
                line += $" --seeds {string.Join(' ', seedList)}";
            }

            var trainingOptions = new ParserTrainingOptions
            {
                Epochs = epochs,
                Seed = seed,
                Seeds = seedList,
                ComparePruningOrder = parseResult.GetValue(comparePruning),
                JackknifeFolds = k,
                SnapshotDirectory = parseResult.GetValue(snapshots),
                JackknifeCache = parseResult.GetValue(cache),
                BeamWidth = parseResult.GetValue(beam),
                BeamUpdate = parseResult.GetValue(beamUpdate),
                DevBeamWidths = parseResult.GetValue(devBeams) ?? [],
            };
            if (trainingOptions.BeamWidth < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(beam), trainingOptions.BeamWidth, "--beam must be at least 1.");
            }

            if (trainingOptions.BeamWidth > 1)
            {
                line += $" --beam {trainingOptions.BeamWidth} --beam-update {trainingOptions.BeamUpdate}";
            }

            ParserTrainingRun.Run(corpus, output, trainingOptions, new TaggerTrainingOptions { Seed = seed, Epochs = defaults.JackknifeTaggerEpochs },
                line + $" --jackknife {k}", Log(context));
        }));
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
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or ModelLoadException or ArgumentOutOfRangeException)
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
