using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Tagging;
using Chronicle.Training.Corpora;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// Trains the arc-hybrid parser with a dynamic oracle (Goldberg &amp; Nivre): at every state the model is updated
/// towards the best-scoring zero-cost transition, and from the second epoch on training mostly follows the model's
/// own prediction, so it learns to recover from its mistakes. With <see cref="ParserTrainingOptions.BeamWidth"/> above 1
/// it trains globally instead (<see cref="BeamParserTrainer"/>). Gold trees are projectivised by lifting first.
/// Deterministic for a given seed.
/// </summary>
public static class ParserTrainer
{
    /// <param name="classes">Word classes the features read (null for none); stored in the model.</param>
    /// <param name="featureUpos">Per sentence, the universal POS the features read (null: the gold ones, as with gold Penn tags).</param>
    /// <param name="featureLemmas">Per sentence, the lemmas the features read (null: the gold ones).</param>
    public static ParserModel Train(IReadOnlyList<GoldSentence> train, IReadOnlyList<string[]> featureTags, ParserTrainingOptions options,
        Action<int, ParserModel>? afterEpoch = null, Action<string>? log = null, WordClasses? classes = null,
        IReadOnlyList<UniversalPos[]>? featureUpos = null, IReadOnlyList<string[]>? featureLemmas = null)
    {
        classes ??= WordClasses.Empty;
        var labels = Enum.GetValues<DependencyLabel>().Where(l => l != DependencyLabel.None).ToArray();
        var examples = new List<ParserExample>(train.Count);
        var lifted = 0;
        for (var s = 0; s < train.Count; s++)
        {
            var sentence = train[s];
            var n = sentence.Length;
            var (heads, liftedArcs) = Projectivizer.Projectivize(sentence.Heads);
            lifted += liftedArcs;
            var words = new ulong[n + 1];
            var tags = new ulong[n + 1];
            var gold = new int[n + 1];
            var wordClasses = new ulong[n + 1];
            var upos = new ulong[n];
            var lemmas = new ulong[n];
            for (var i = 0; i < n; i++)
            {
                upos[i] = DependencyParser.UposValue((featureUpos?[s] ?? sentence.Upos)[i]);
                lemmas[i] = WordFeatures.NormOf((featureLemmas?[s] ?? sentence.Lemmas)[i]);
                words[i] = WordFeatures.NormOf(sentence.Words[i]);
                wordClasses[i] = classes.Of(WordFeatures.FormOf(sentence.Words[i]), words[i]);
                tags[i] = DependencyParser.TagValue(featureTags[s][i]);
                gold[i] = heads[i] < 0 ? n : heads[i];
            }

            gold[n] = -1;
            wordClasses[n] = DependencyParser.RootValue;
            examples.Add(new ParserExample(words, tags, wordClasses, gold, sentence.Labels, upos, lemmas));
        }

        log?.Invoke($"parser: {lifted:N0} non-projective arcs lifted for training");
        var transitions = new SparsePerceptronTrainer(Transitions.Count);
        var labelTrainer = new SparsePerceptronTrainer(labels.Length);
        var rootClass = Array.IndexOf(labels, DependencyLabel.Root);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var state = new ParseState();
        var features = new ulong[Math.Max(ParserFeatures.Count, ParserFeatures.LabelCount)];
        var scores = new float[Transitions.Count];
        var labelScores = new float[labels.Length];
        var costs = new int[Transitions.Count];
        ParserModel? model = null;
        var beamTrainer = options.BeamWidth > 1 ? new BeamParserTrainer(transitions, labelTrainer, labels, options.BeamWidth, options.BeamUpdate) : null;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            if (beamTrainer is not null)
            {
                var before = beamTrainer.Updates;
                foreach (var index in order)
                {
                    beamTrainer.Train(examples[index]);
                }

                log?.Invoke($"parser epoch {epoch}: beam {options.BeamWidth}, {options.BeamUpdate} updates in {beamTrainer.Updates - before:N0} of {examples.Count:N0} sentences");
            }

            // Greedy dynamic-oracle training, unless the beam trained this epoch.
            foreach (var index in beamTrainer is null ? order : [])
            {
                var example = examples[index];
                var n = example.Words.Length - 1;
                state.Reset(n, example.Tags, example.Upos, example.Lemmas);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Extract(state, example.Words, example.Tags, example.Classes, features);
                    var transitionFeatures = features.AsSpan(0, ParserFeatures.Count);
                    transitions.Tick();
                    transitions.Score(transitionFeatures, scores);
                    var minCost = int.MaxValue;
                    foreach (var t in Transitions.All)
                    {
                        costs[t.Id] = t.IsValid(state) ? t.Cost(state, example.Gold) : int.MaxValue;
                        minCost = Math.Min(minCost, costs[t.Id]);
                    }

                    var guess = DependencyParser.BestValid(state, scores);
                    ITransition? bestGold = null;
                    foreach (var t in Transitions.All)
                    {
                        if (costs[t.Id] == minCost && (bestGold is null || scores[t.Id] > scores[bestGold.Id]))
                        {
                            bestGold = t;
                        }
                    }

                    if (costs[guess.Id] > minCost)
                    {
                        transitions.Update(transitionFeatures, bestGold!.Id, guess.Id);
                    }

                    var follow = epoch > 1 && random.NextDouble() < options.Exploration ? guess : bestGold!;
                    var label = DependencyLabel.None;
                    var (dependent, head) = follow.Arc(state);
                    if (dependent >= 0)
                    {
                        if (head == n)
                        {
                            label = DependencyLabel.Root;
                        }
                        else
                        {
                            ParserFeatures.ExtractLabel(state, example.Words, example.Tags, example.Classes, dependent, head, features);
                            var labelFeatures = features.AsSpan(0, ParserFeatures.LabelCount);
                            labelTrainer.Score(labelFeatures, labelScores);
                            var predicted = DependencyParser.BestLabel(labelScores, rootClass);
                            if (example.Gold[dependent] == head)
                            {
                                labelTrainer.Tick();
                                labelTrainer.Update(labelFeatures, Array.IndexOf(labels, example.Labels[dependent]), predicted);
                            }

                            label = labels[predicted];
                        }
                    }

                    follow.Apply(state, label);
                }
            }

            if (afterEpoch is not null || epoch == options.Epochs)
            {
                model = new ParserModel(transitions.ToModel(options.PruneTransitionsBelow), labelTrainer.ToModel(options.PruneLabelsBelow), labels, classes, options.BeamWidth);
                afterEpoch?.Invoke(epoch, model);
            }
        }

        return model!;
    }
}
