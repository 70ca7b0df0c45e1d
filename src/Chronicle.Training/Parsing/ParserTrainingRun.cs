using System.Diagnostics;
using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Tagging;

namespace Chronicle.Training.Parsing;

/// <summary>
/// One `chronicle train parser` run: build training tags (gold, or jackknifed tagger output so the parser sees
/// the kind of tags it gets at run time), train with dev scores per epoch, evaluate with gold and predicted tags,
/// write model.bin and meta.json. Predicted tags come from the tagger in <c>&lt;out&gt;/tagger/model.bin</c>.
/// </summary>
public static class ParserTrainingRun
{
    public static ParserModel Run(UdCorpus corpus, string outDirectory, ParserTrainingOptions options, TaggerTrainingOptions taggerOptions,
        string command, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var train = corpus.Train();
        var dev = corpus.EwtDev();
        var seeds = options.Seeds is { Count: > 1 } listed ? $"the averaged runs of seeds {string.Join(' ', listed)}" : $"seed {options.Seed}";
        log($"parser: {train.Count:N0} training sentences, {options.Epochs} epochs, {seeds}, beam {options.BeamWidth}, " +
            (options.JackknifeFolds > 1 ? $"{options.JackknifeFolds}-fold jackknifed tags" : "gold tags"));
        // The parser reads the word classes of the released tagger, and the jackknife folds' taggers use them too;
        // per-epoch dev scores use its tags, as the parser will at run time.
        var releasedTagger = TaggerModel.Load(Path.Combine(outDirectory, "tagger", "model.bin"));
        var classes = releasedTagger.Classes;
        log($"parser: {classes.WordCount:N0} word forms with classes (from {Path.Combine(outDirectory, "tagger")})");
        var featureTags = options.JackknifeFolds > 1
            ? JackknifeCached(train, options, taggerOptions, classes, log)
            : new JackknifedTags([.. train.Select(s => s.Xpos)], [.. train.Select(s => s.Upos)], [.. train.Select(s => s.Lemmas)]);
        log($"parser: training tags ready [{clock.Elapsed:mm\\:ss}]");
        var model = ParserTrainer.Train(train, featureTags.Xpos, options,
            (epoch, current) =>
            {
                log($"parser epoch {epoch}/{options.Epochs}: EWT dev predicted tags {ParserEvaluation.Evaluate(current, dev, releasedTagger)}  [{clock.Elapsed:mm\\:ss}]"
                    + (options.Seeds is { Count: > 1 } ? $" ({current.Transitions.FeatureCount:N0} transition features, {current.LabelModel.FeatureCount:N0} label features)" : ""));
                foreach (var width in options.DevBeamWidths.Where(w => w != current.BeamWidth))
                {
                    log($"parser epoch {epoch}/{options.Epochs}: EWT dev predicted tags, beam {width}: {ParserEvaluation.Evaluate(current.WithBeamWidth(width), dev, releasedTagger)}  [{clock.Elapsed:mm\\:ss}]");
                }

                if (options.SnapshotDirectory is { } snapshots)
                {
                    // The model after epoch k is exactly what `--epochs k` trains (same shuffles, same updates so far).
                    current.ToArchive().Save(Path.Combine(snapshots, $"parser-epoch-{epoch}.bin"));
                }
            },
            log, classes, options.ComparePruningOrder ? ScorePrunedFirst : null, featureTags.Upos, featureTags.Lemmas);

        void ScorePrunedFirst(int epoch, ParserModel prunedFirst)
        {
            log($"parser epoch {epoch}/{options.Epochs}: EWT dev predicted tags, runs pruned before averaging {ParserEvaluation.Evaluate(prunedFirst, dev, releasedTagger)} "
                + $"({prunedFirst.Transitions.FeatureCount:N0} transition features, {prunedFirst.LabelModel.FeatureCount:N0} label features)  [{clock.Elapsed:mm\\:ss}]");
            if (options.SnapshotDirectory is { } snapshots)
            {
                prunedFirst.ToArchive().Save(Path.Combine(snapshots, $"parser-epoch-{epoch}-pruned-first.bin"));
            }
        }

        var directory = Path.Combine(outDirectory, "parser");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "model.bin");
        model.ToArchive().Save(path);
        log($"parser: wrote {path} [{clock.Elapsed:mm\\:ss}] ({model.Transitions.FeatureCount:N0} transition features, {model.LabelModel.FeatureCount:N0} label features, {new FileInfo(path).Length / 1024:N0} KB)");
        // Metadata without scores first, so `--evaluate-only` can score this model if evaluation cannot run now.
        TrainingMetadata.Create("parser", model.FeatureSet, command, options.Seed, options.Epochs, new Dictionary<string, IReadOnlyDictionary<string, double>>())
            .Save(Path.Combine(directory, "meta.json"));
        Evaluate(corpus, outDirectory, model, command, options.Seed, options.Epochs, log);
        return model;
    }

    /// <summary>
    /// Scores a parser with gold and with predicted tags (from the tagger in <c>&lt;out&gt;/tagger</c>, loaded only now so
    /// it may be retrained while the parser trains) and writes meta.json.
    /// </summary>
    public static void Evaluate(UdCorpus corpus, string outDirectory, ParserModel model, string command, int seed, int epochs, Action<string> log)
    {
        var tagger = TaggerModel.Load(Path.Combine(outDirectory, "tagger", "model.bin"));
        var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        foreach (var (name, sentences) in new[] { ("ewt-dev", corpus.EwtDev()), ("ewt-test", corpus.EwtTest()), ("gum-news-heldback", corpus.GumHeldBack()) })
        {
            var gold = ParserEvaluation.Evaluate(model, sentences, null);
            var predicted = ParserEvaluation.Evaluate(model, sentences, tagger);
            scores[name + "-gold-tags"] = gold.ToScores();
            scores[name + "-predicted-tags"] = predicted.ToScores();
            log($"parser {name}: gold tags {gold}; predicted tags {predicted}");
        }

        TrainingMetadata.Create("parser", model.FeatureSet, command, seed, epochs, scores)
            .Save(Path.Combine(outDirectory, "parser", "meta.json"));
    }

    // Cache format 2 keeps, per training sentence, one line of "XPOS UPOS lemma" entries separated by tabs (a lemma
    // may hold a space or be empty, never a tab); format 1 (Penn tags only) is refused by its header, so an old cache cannot
    // silently leave the universal POS and lemmas to the gold annotation.
    internal static JackknifedTags JackknifeCached(IReadOnlyList<GoldSentence> train, ParserTrainingOptions options, TaggerTrainingOptions taggerOptions,
        WordClasses classes, Action<string> log)
    {
        var header = $"jackknife format=2 (xpos upos lemma) folds={options.JackknifeFolds} seed={taggerOptions.Seed} tagger-epochs={taggerOptions.Epochs} sentences={train.Count}";
        if (options.JackknifeCache is { } cache && File.Exists(cache))
        {
            var lines = File.ReadAllLines(cache);
            if (lines.Length != train.Count + 1 || lines[0] != header)
            {
                throw new InvalidDataException($"The jackknife cache '{cache}' was made for another run or by an older build ('{(lines.Length > 0 ? lines[0] : "")}', expected '{header}'); delete it to rebuild it.");
            }

            var xpos = new List<string[]>(train.Count);
            var upos = new List<UniversalPos[]>(train.Count);
            var lemmas = new List<string[]>(train.Count);
            for (var i = 0; i < train.Count; i++)
            {
                var entries = lines[i + 1].Split('\t');
                if (entries.Length != train[i].Length)
                {
                    throw new InvalidDataException($"The jackknife cache '{cache}' has {entries.Length} words for training sentence {i + 1}, which has {train[i].Length}.");
                }

                var sentenceXpos = new string[entries.Length];
                var sentenceUpos = new UniversalPos[entries.Length];
                var sentenceLemmas = new string[entries.Length];
                for (var w = 0; w < entries.Length; w++)
                {
                    var parts = entries[w].Split(' ', 3);
                    if (parts.Length != 3 || !Enum.TryParse(parts[1], out sentenceUpos[w]))
                    {
                        throw new InvalidDataException($"The jackknife cache '{cache}' has a malformed entry '{entries[w]}' in training sentence {i + 1}.");
                    }

                    sentenceXpos[w] = parts[0];
                    sentenceLemmas[w] = parts[2];
                }

                xpos.Add(sentenceXpos);
                upos.Add(sentenceUpos);
                lemmas.Add(sentenceLemmas);
            }

            log($"parser: jackknifed tags read from {cache}");
            return new JackknifedTags(xpos, upos, lemmas);
        }

        var result = Jackknife(train, options.JackknifeFolds, taggerOptions, classes, log);
        if (options.JackknifeCache is { } path)
        {
            File.WriteAllLines(path, [header, .. Enumerable.Range(0, train.Count).Select(s =>
                string.Join('\t', Enumerable.Range(0, train[s].Length).Select(w => $"{result.Xpos[s][w]} {result.Upos[s][w]} {result.Lemmas[s][w]}")))]);
        }

        return result;
    }

    /// <summary>
    /// Tags each fold with a tagger trained on the other folds (fold = sentence index mod k). Folds are independent,
    /// so two train at once; each writes only its own sentences' tags, so the result does not depend on scheduling.
    /// </summary>
    private static JackknifedTags Jackknife(IReadOnlyList<GoldSentence> train, int folds, TaggerTrainingOptions taggerOptions, WordClasses classes, Action<string> log)
    {
        var tags = new string[train.Count][];
        var upos = new UniversalPos[train.Count][];
        var lemmas = new string[train.Count][];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var model = TaggerTrainer.Train(rest, taggerOptions, classes: classes);
            var tagger = new PosTagger(model);
            for (var i = fold; i < train.Count; i += folds)
            {
                var document = train[i].ToDocument();
                tagger.Process(document);
                var words = Enumerable.Range(0, train[i].Length);
                tags[i] = [.. words.Select(t => document.Token(t).Tag)];
                upos[i] = [.. words.Select(t => document.Tokens[t].Pos)];
                lemmas[i] = [.. words.Select(t => document.Tokens[t].Lemma >= 0 ? document.Lemmas[document.Tokens[t].Lemma] : train[i].Words[t])];
            }

            lock (tags)
            {
                log($"parser: jackknife fold {fold + 1}/{folds} tagged");
            }
        });

        return new JackknifedTags(tags, upos, lemmas);
    }
}
