using System.Diagnostics;
using Chronicle.Learning;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;

namespace Chronicle.Training.Tagging;

/// <summary>One `chronicle train tagger` run: train, report dev scores per epoch, evaluate, write model.bin and meta.json.</summary>
public static class TaggerTrainingRun
{
    /// <param name="classes">Word classes for the features (null for none).</param>
    /// <param name="snapshots">Folder to save the model after every epoch in (null for none; the model after epoch k is
    /// exactly what an <c>--epochs k</c> run writes).</param>
    public static TaggerModel Run(UdCorpus corpus, string outDirectory, TaggerTrainingOptions options, string command, Action<string> log, WordClasses? classes = null,
        string? snapshots = null)
    {
        var clock = Stopwatch.StartNew();
        var train = corpus.Train();
        var dev = corpus.EwtDev();
        var news = corpus.GumHeldBack();
        log($"tagger: {train.Count:N0} training sentences ({train.Sum(s => s.Length):N0} tokens), {options.Epochs} epochs, "
            + (options.Seeds is { Count: > 1 } seeds ? $"the averaged runs of seeds {string.Join(' ', seeds)}" : $"seed {options.Seed}"));
        var model = TaggerTrainer.Train(train, options, (epoch, current) =>
            {
                log($"tagger epoch {epoch}/{options.Epochs}: EWT dev {TaggerEvaluation.Evaluate(current, dev)}; GUM news UPOS {TaggerEvaluation.Evaluate(current, news).Upos:P2}  [{clock.Elapsed:mm\\:ss}]");
                if (snapshots is not null)
                {
                    Directory.CreateDirectory(snapshots);
                    current.ToArchive().Save(Path.Combine(snapshots, $"tagger-epoch-{epoch}.bin"));
                }
            },
            classes, log);

        var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["ewt-dev"] = TaggerEvaluation.Evaluate(model, dev).ToScores(),
            ["ewt-test"] = TaggerEvaluation.Evaluate(model, corpus.EwtTest()).ToScores(),
            ["gum-news-heldback"] = TaggerEvaluation.Evaluate(model, news).ToScores(),
        };
        foreach (var (set, values) in scores)
        {
            log($"tagger {set}: UPOS {values["upos"]:P2}  XPOS {values["xpos"]:P2}  lemma {values["lemma"]:P2}");
        }

        var directory = Path.Combine(outDirectory, "tagger");
        Directory.CreateDirectory(directory);
        model.ToArchive().Save(Path.Combine(directory, "model.bin"));
        TrainingMetadata.Create("tagger", TaggerFeatures.Version, command, options.Seed, options.Epochs, scores)
            .Save(Path.Combine(directory, "meta.json"));
        log($"tagger: wrote {directory} in {clock.Elapsed:mm\\:ss} ({model.Tags.FeatureCount:N0} tag features, {new FileInfo(Path.Combine(directory, "model.bin")).Length / 1024:N0} KB)");
        return model;
    }
}
