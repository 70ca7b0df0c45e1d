using System.Diagnostics;
using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Tagging;

namespace Chronicle.Training.Parsing;

/// <summary>
/// One `chronicle train parser --relabel-only` run: trains a <see cref="DependencyRelabeller"/> for the parser already in
/// <c>&lt;out&gt;/parser</c> and stores it in that model file beside the unchanged parser sections, with EWT dev LAS per
/// epoch (the released tagger's tags and the parser's own trees), then rescores the parser as `--evaluate-only` does.
/// </summary>
public static class RelabellerTrainingRun
{
    public static ParserModel Run(UdCorpus corpus, string outDirectory, RelabellerTrainingOptions options, ParserTrainingOptions parserOptions,
        TaggerTrainingOptions taggerOptions, string command, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var directory = Path.Combine(outDirectory, "parser");
        var path = Path.Combine(directory, "model.bin");
        var parser = ParserModel.Load(path).WithRelabeller(null);
        var meta = ModelMetadata.Load(Path.Combine(directory, "meta.json"));
        var tagger = TaggerModel.Load(Path.Combine(outDirectory, "tagger", "model.bin"));
        var train = corpus.Train();
        log($"relabeller: {train.Count:N0} training sentences (gold trees), {options.Epochs} epochs, " +
            (options.Seeds.Count > 1 ? $"the averaged runs of seeds {string.Join(' ', options.Seeds)}" : $"seed {options.Seed}") + ", " +
            (parserOptions.JackknifeFolds > 1 ? $"{parserOptions.JackknifeFolds}-fold jackknifed tags" : "gold tags") + ", arc-time labels " +
            (options.ArcLabelFolds > 1 ? $"from {options.ArcLabelFolds}-fold label models ({options.ArcLabelEpochs} epochs)" : "from the parser's label model"));
        var tags = parserOptions.JackknifeFolds > 1
            ? ParserTrainingRun.JackknifeCached(train, parserOptions, taggerOptions, tagger.Classes, log)
            : new JackknifedTags([.. train.Select(s => s.Xpos)], [.. train.Select(s => s.Upos)], [.. train.Select(s => s.Lemmas)]);
        var parserExamples = new List<ParserExample>(train.Count);
        for (var s = 0; s < train.Count; s++)
        {
            parserExamples.Add(ParserTrainer.ToExample(train[s], tags.Xpos[s], tags.Upos[s], tags.Lemmas[s], parser.Classes, out _));
        }

        var arcLabels = options.ArcLabelFolds > 1
            ? ArcTimeLabels.Jackknife(parserExamples, options.ArcLabelFolds, options.ArcLabelEpochs, options.Seed, log)
            : ArcTimeLabels.Predict(parserExamples, parser);
        var examples = RelabelExamples.Training(train, parserExamples, arcLabels);
        var agreement = examples.Sum(e => e.ArcLabels.Where((label, i) => label == e.GoldLabels[i]).Count()) / (double)examples.Sum(e => e.Length);
        log($"relabeller: training trees ready, arc-time labels {agreement:P2} gold [{clock.Elapsed:mm\\:ss}]");
        var dev = RelabelExamples.Parse(corpus.EwtDev(), parser, tagger);
        log($"relabeller: EWT dev parsed with predicted tags: {RelabelEvaluation.Evaluate(dev, null)} [{clock.Elapsed:mm\\:ss}]");
        var relabeller = RelabellerTrainer.Train(examples, options, (epoch, current) =>
            log($"relabeller epoch {epoch}/{options.Epochs}: EWT dev predicted tags {RelabelEvaluation.Evaluate(dev, current)} ({current.Model.FeatureCount:N0} features) [{clock.Elapsed:mm\\:ss}]"));
        var confusion = new Dictionary<(DependencyLabel, DependencyLabel, DependencyLabel), int>();
        RelabelEvaluation.Evaluate(dev, relabeller, confusion);
        log("relabeller: EWT dev, predicted tags, correctly attached words by gold label:" + Environment.NewLine + RelabelEvaluation.ConfusionReport(confusion, 20));
        // Pruning the averaged weights afterwards is what a run with the higher --relabel-prune saves (the same means,
        // cut at another threshold), so the size/accuracy trade-off is read here without training again.
        foreach (var factor in new[] { 2f, 4f, 8f })
        {
            var pruned = new DependencyRelabeller(relabeller.Model.Pruned(options.PruneBelow * factor), relabeller.Labels, relabeller.MarginBelow);
            log($"relabeller: pruned below {options.PruneBelow * factor:0.##}: EWT dev predicted tags {RelabelEvaluation.Evaluate(dev, pruned)} ({pruned.Model.FeatureCount:N0} features)");
        }

        log("relabeller: EWT dev, predicted tags, by the margin of the arc-time label:" + Environment.NewLine + RelabelEvaluation.MarginReport(dev, relabeller));
        var model = parser.WithRelabeller(relabeller);
        model.ToArchive().Save(path);
        log($"relabeller: wrote {path} [{clock.Elapsed:mm\\:ss}] ({relabeller.Model.FeatureCount:N0} relabeller features, {new FileInfo(path).Length / 1024:N0} KB)");
        var parserCommand = meta.TrainingCommand.Split(", then ")[0];
        ParserTrainingRun.Evaluate(corpus, outDirectory, model, parserCommand + ", then " + command, meta.Seed, meta.Epochs, log);
        return model;
    }
}
