using System.CommandLine;
using System.Globalization;
using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Ingestion;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Segmentation;
using Chronicle.Training.Entities;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>
/// <c>chronicle train ner</c> (also registered as <c>train-ner</c>, the name earlier models' meta.json record): trains the
/// named-entity recogniser on the GUM split of <see cref="GumSplit"/> and writes <c>ner/model.bin</c> and
/// <c>ner/meta.json</c> under the output folder.
/// </summary>
internal static class TrainNerCommand
{
    private const string NoGazetteer = "none";
    private const string GazetteerListsLicence = "name lists (data/gazetteers/*.tsv, see its README): places from GeoNames (CC BY 4.0, geonames.org), places and organisations from WordNet 3.0 (WordNet licence, (c) 2006 Princeton University), given names from Moby Word II (public domain), other name words from the humannames npm package (MIT), filtered by counts in Wikinews";
    private const string ActorsGazetteer = "actors";
    private const string ActorsAndListsGazetteer = "actors+lists";
    private const string GumLicence = "GUM annotations: CC BY 4.0 (Zeldes 2017, https://gucorpling.org/gum/); texts: licences per document as gum/LICENSE.txt lists (CC BY / CC BY-SA / some CC BY-NC-SA and other open licences)";

    /// <summary>The <c>ner</c> command to attach under <c>train</c>.</summary>
    public static Command Create(CliContext context) => Create(context, "ner");

    public static Command Create(CliContext context, string name)
    {
        var data = new Option<string>("--data") { Description = "Folder of UD corpora holding gum/*.conllu.", DefaultValueFactory = _ => "../shared/corpora/ud" };
        var output = new Option<string>("--out") { Description = "Models folder; the model goes to OUT/ner/.", DefaultValueFactory = _ => "models" };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var unlabelled = new Option<string[]>("--unlabelled") { Description = "JSONL news corpora (e.g. ../shared/corpora/news/wikinews-2004-2018.jsonl; several allowed) to learn word classes and the name lexicon from.", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string?>("--exclude-titles-from") { Description = "JSONL file whose article titles are left out of --unlabelled (keeps an evaluation set unseen)." };
        var newsGold = new Option<string?>("--news-gold") { Description = "Article-record gold file (e.g. ../shared/gold/gum-news-dev.jsonl) to report mention-level figures on; measuring only." };
        var gazetteerOption = new Option<string>("--gazetteer")
        {
            Description = $"Name lists whose matches become features: '{NoGazetteer}', '{ActorsGazetteer}' (the actor knowledge base) or '{ActorsAndListsGazetteer}' (with the generic name lists of data/gazetteers as a second layer); the model then loads it itself.",
            DefaultValueFactory = _ => NoGazetteer,
        };
        gazetteerOption.AcceptOnlyFromAmong(NoGazetteer, ActorsGazetteer, ActorsAndListsGazetteer);
        var listsOption = new Option<string[]>("--lists")
        {
            Description = $"With --gazetteer {ActorsAndListsGazetteer}: which lists of data/gazetteers to read (default: {string.Join(' ', NameLists.DefaultFiles)}).",
            AllowMultipleArgumentsPerToken = true,
        };
        var gazetteerCopies = new Option<bool>("--gazetteer-copies") { Description = "Also train on copies of sentences with gazetteer marks whose marked words lose their word features (as if unseen)." };
        var trainOnDev = new Option<bool>("--train-on-dev") { Description = "Train the final model on the train and dev documents (after choosing the settings on dev); dev is then not scored." };
        var noLexicon = new Option<bool>("--no-name-lexicon") { Description = "Do not give the second stage a name lexicon of what the first stage tagged in the --unlabelled corpus." };
        var rare = new Option<int>("--rare-word-count") { Description = "Train words seen at most this often without the features that name them (as unseen words are read).", DefaultValueFactory = _ => new NerTrainingOptions().RareWordCount };
        var fineClasses = new Option<int>("--fine-classes") { Description = "Fine word classes learnt from --unlabelled.", DefaultValueFactory = _ => new WordClusterOptions().FineClusters };
        var finestClasses = new Option<int>("--finest-per-fine") { Description = "Split each fine word class into at most this many finest classes (0: none).", DefaultValueFactory = _ => new WordClusterOptions().FinestPerFine };
        var runs = new Option<int>("--runs") { Description = "Train each stage this many times with different shuffle seeds and average the weights.", DefaultValueFactory = _ => new NerTrainingOptions().Runs };
        var featureSet = new Option<int>("--feature-set") { Description = $"NER feature set to train ({NerFeatures.OldestVersion}–{NerFeatures.Version}).", DefaultValueFactory = _ => NerTrainingOptions.CommittedFeatureSet };
        var minCount = new Option<int>("--min-feature-count") { Description = "Drop features seen fewer times than this in the training text.", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount };
        var errorsOption = new Option<string?>("--dev-errors") { Description = "Write the dev-set mentions the model gets wrong (missed, mistyped, misbounded, spurious) to this TSV file, for error analysis." };
        var command = new Command(name, "Train the named-entity recogniser on GUM and report entity F1 per type.") { data, output, epochs, seed, unlabelled, exclude, newsGold, gazetteerOption, listsOption, gazetteerCopies, trainOnDev, minCount, fineClasses, finestClasses, runs, featureSet, rare, noLexicon, errorsOption };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var dataDirectory = parseResult.GetValue(data)!;
            var outDirectory = parseResult.GetValue(output)!;
            var options = new NerTrainingOptions(Epochs: parseResult.GetValue(epochs), Seed: parseResult.GetValue(seed), GazetteerCopies: parseResult.GetValue(gazetteerCopies), MinFeatureCount: parseResult.GetValue(minCount), NameLexicon: !parseResult.GetValue(noLexicon), RareWordCount: parseResult.GetValue(rare), Runs: parseResult.GetValue(runs), FeatureSet: parseResult.GetValue(featureSet));
            var goldPath = parseResult.GetValue(newsGold);
            var unlabelledPaths = parseResult.GetValue(unlabelled) ?? [];
            var excludePath = parseResult.GetValue(exclude);
            var gazetteerName = parseResult.GetValue(gazetteerOption)!;
            var lists = parseResult.GetValue(listsOption) is { Length: > 0 } chosen ? chosen : null;
            var withDev = parseResult.GetValue(trainOnDev);
            var errorsPath = parseResult.GetValue(errorsOption);
            var clusterOptions = new WordClusterOptions(Seed: options.Seed, FineClusters: parseResult.GetValue(fineClasses), FinestPerFine: parseResult.GetValue(finestClasses));
            if (options.Epochs < 1 || options.Runs < 1)
            {
                context.Error.MarkupLine("[red]error:[/] --epochs and --runs must be at least 1.");
                return Task.FromResult(2);
            }

            if (options.FeatureSet is < NerFeatures.OldestVersion or > NerFeatures.Version)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] --feature-set must be {NerFeatures.OldestVersion}–{NerFeatures.Version}.");
                return Task.FromResult(2);
            }

            if (lists is not null && gazetteerName != ActorsAndListsGazetteer)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] --lists needs --gazetteer {ActorsAndListsGazetteer}.");
                return Task.FromResult(2);
            }

            try
            {
                var gazetteer = GazetteerFor(gazetteerName, lists);
                var gazetteerArguments = gazetteer is null ? "" : $" --gazetteer {gazetteerName}" + (lists is null ? "" : $" --lists {string.Join(' ', lists)}");
                return Task.FromResult(Run(context, dataDirectory, outDirectory, options, unlabelledPaths, excludePath, goldPath, gazetteer, gazetteerArguments, withDev, name, errorsPath, clusterOptions));
            }
            catch (ArgumentException ex) when (lists is not null)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] --lists: {ex.Message}");
                return Task.FromResult(2);
            }
            catch (Exception ex) when (ex is FormatException or InputException or ModelLoadException or GazetteerDataException or IOException or UnauthorizedAccessException)
            {
                context.Error.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static int Run(CliContext context, string dataDirectory, string outDirectory, NerTrainingOptions options, string[] unlabelledPaths, string? excludePath, string? goldPath, IGazetteer? gazetteer, string gazetteerArguments, bool trainOnDev, string commandName, string? errorsPath, WordClusterOptions clusterOptions)
    {
        var gumDirectory = Path.Combine(dataDirectory, "gum");
        if (!Directory.Exists(gumDirectory))
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] '{gumDirectory}' does not exist; --data must hold gum/*.conllu.");
            return 1;
        }

        var files = Directory.GetFiles(gumDirectory, "*.conllu").Order(StringComparer.Ordinal).ToArray();
        var examples = files.Select(GumNerReader.Read).ToList();
        var ids = examples.Select(e => e.DocumentId).ToList();
        var parts = examples.ToLookup(e => GumSplit.PartOf(e.DocumentId, ids));
        var dev = parts[NerSplitPart.Dev].ToList();
        List<NerExample> train = trainOnDev ? [.. parts[NerSplitPart.Train], .. dev] : parts[NerSplitPart.Train].ToList();
        var test = parts[NerSplitPart.Test].ToList();
        context.Error.MarkupLineInterpolated(
            $"GUM: {examples.Count} documents; train {train.Count} ({Tokens(train)} tokens), dev {dev.Count} ({Tokens(dev)}), test {test.Count} ({Tokens(test)}, of which news {test.Count(e => GumSplit.IsNews(e.DocumentId))}).");

        WordClusters? clusters = null;
        List<Document>? corpus = null;
        var unlabelledPath = unlabelledPaths.Length == 0 ? null : string.Join(' ', unlabelledPaths);
        if (unlabelledPath is not null)
        {
            var excluded = excludePath is null ? new HashSet<string>() : UnlabelledCorpus.Titles(excludePath);
            corpus = [.. unlabelledPaths.SelectMany(path => UnlabelledCorpus.Read(path, excluded))];
            clusters = new WordClusterBuilder(clusterOptions).Build(corpus);
            context.Error.MarkupLineInterpolated($"word classes: {clusters.WordCount} word forms of {corpus.Count} articles of {unlabelledPath} ({excluded.Count} titles excluded)");
        }

        var trainer = new NerTrainer(options, clusters, gazetteer, options.NameLexicon ? corpus : null);
        var model = trainer.TrainStacked(train, trainOnDev ? null : dev, report => context.Error.MarkupLineInterpolated(
            $"stage {report.Stage} epoch {report.Epoch}/{options.Epochs}: {report.Errors}/{report.Sentences} sentences wrong; dev {report.Dev?.ToString() ?? "-"}"));

        var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        void Score(string label, IEnumerable<NerExample> set)
        {
            var result = NerEvaluator.Evaluate(model, set);
            scores[label] = result.ToDictionary();
            context.Error.MarkupLineInterpolated($"{label}: {result.ToString()}");
        }

        if (!trainOnDev)
        {
            Score("gum-dev", dev);
            if (errorsPath is not null)
            {
                using var writer = new StreamWriter(errorsPath);
                NerEvaluator.Evaluate(model, dev, writer);
            }
        }

        Score("gum-test", test);
        Score("gum-test-news", test.Where(e => GumSplit.IsNews(e.DocumentId)));
        Score("gum-test-other", test.Where(e => !GumSplit.IsNews(e.DocumentId)));

        var modelPath = Path.Combine(outDirectory, EntityRecognizer.ModelPath);
        model.Save(modelPath);
        var saved = NerModel.Load(modelPath);
        if (goldPath is not null)
        {
            var analyzer = new ArticleAnalyzer(new PipelineBuilder().Add(new Segmenter()).Add(new EntityRecognizer(saved)).Build(), new TextCleaner());
            var news = NewsGoldMentionEvaluator.Evaluate(analyzer, goldPath);
            scores[Path.GetFileNameWithoutExtension(goldPath)] = news.ToDictionary();
            context.Error.MarkupLineInterpolated($"{goldPath}: {news.ToString()}");
        }

        var command = string.Create(CultureInfo.InvariantCulture,
            $"chronicle {(commandName == "ner" ? "train ner" : commandName)} --data {dataDirectory} --out {outDirectory} --epochs {options.Epochs} --seed {options.Seed}")
            + (unlabelledPath is null ? "" : $" --unlabelled {unlabelledPath}")
            + (excludePath is null ? "" : $" --exclude-titles-from {excludePath}")
            + (goldPath is null ? "" : $" --news-gold {goldPath}")
            + gazetteerArguments
            + (options.GazetteerCopies ? " --gazetteer-copies" : "")
            + (options.NameLexicon ? "" : " --no-name-lexicon")
            + (clusterOptions.FineClusters != new WordClusterOptions().FineClusters ? string.Create(CultureInfo.InvariantCulture, $" --fine-classes {clusterOptions.FineClusters}") : "")
            + (clusterOptions.FinestPerFine != new WordClusterOptions().FinestPerFine ? string.Create(CultureInfo.InvariantCulture, $" --finest-per-fine {clusterOptions.FinestPerFine}") : "")
            + (options.FeatureSet != NerTrainingOptions.CommittedFeatureSet ? string.Create(CultureInfo.InvariantCulture, $" --feature-set {options.FeatureSet}") : "")
            + (options.Runs != new NerTrainingOptions().Runs ? string.Create(CultureInfo.InvariantCulture, $" --runs {options.Runs}") : "")
            + (options.RareWordCount != new NerTrainingOptions().RareWordCount ? string.Create(CultureInfo.InvariantCulture, $" --rare-word-count {options.RareWordCount}") : "")
            + (options.MinFeatureCount != new NerTrainingOptions().MinFeatureCount ? string.Create(CultureInfo.InvariantCulture, $" --min-feature-count {options.MinFeatureCount}") : "")
            + (trainOnDev ? " --train-on-dev" : "");
        var metadata = new ModelMetadata
        {
            Name = NerModel.Kind,
            FeatureSetVersion = options.FeatureSet,
            TrainingCommand = command,
            Seed = options.Seed,
            Epochs = options.Epochs,
            TrainingData = [$"GUM {(trainOnDev ? "train and dev splits" : "train split")}: {train.Count} documents of {gumDirectory} (GumSplit: test = all GUM_news_* + every 8th other GUM_* document by name, dev = every 8th from the 5th, GENTLE_* all in train)"],
            DataLicences = [GumLicence, .. unlabelledPaths.Select(path => $"word classes and name lexicon learnt from {path}: {CorpusLicence(path)}"),
                .. gazetteer is null ? Array.Empty<string>() : [$"gazetteer {gazetteer.Name}: the actor knowledge base (data/actors/*.tsv), written by the project from public facts"],
                .. gazetteer is LayeredGazetteer ? [GazetteerListsLicence] : Array.Empty<string>()],
            Scores = scores,
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        metadata.Save(Path.Combine(outDirectory, "ner", "meta.json"));
        context.Error.MarkupLineInterpolated($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1024} KiB, {model.Emissions.FeatureCount} features, name lexicon of {model.Lexicon?.Count ?? 0} forms)");
        return 0;
    }

    /// <summary>The gazetteer a --gazetteer value names (with --lists, the name-list files for the second layer).</summary>
    private static IGazetteer? GazetteerFor(string name, string[]? lists) => name switch
    {
        ActorsGazetteer => ActorGazetteer.Default,
        ActorsAndListsGazetteer when lists is null => BuiltInGazetteers.ActorsAndLists,
        ActorsAndListsGazetteer => new LayeredGazetteer(ActorGazetteer.Default, new ListGazetteer(NameLists.LoadEmbedded(lists!))),
        _ => null,
    };

    /// <summary>The licence of a corpus of ../shared/corpora/news (as its README gives them), by file name.</summary>
    private static string CorpusLicence(string path) => Path.GetFileName(path) switch
    {
        var name when name.StartsWith("wikinews", StringComparison.Ordinal) => "Wikinews, CC BY 2.5",
        var name when name.StartsWith("bbc", StringComparison.Ordinal) => "BBC News, research use (the model stores word forms and counts, no text)",
        var name when name.StartsWith("reuters", StringComparison.Ordinal) => "Reuters-21578, research use (the model stores word forms and counts, no text)",
        _ => "licence as its source gives it",
    };

    private static int Tokens(IEnumerable<NerExample> examples) => examples.Sum(e => e.Tags.Length);
}
