using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// The labels the parser's arc-time label model gives the training trees when it follows their gold transition
/// sequences (the static oracle: the first zero-cost transition), as the relabeller's arc-label feature reads them at
/// run time. Either from a trained label model, or jackknifed: each fold labelled by a label model trained on the
/// other folds' gold sequences (as the parser trains its own label model, from the labels it predicted so far).
/// </summary>
internal static class ArcTimeLabels
{
    /// <summary>The labels <paramref name="model"/>'s label model gives every example, with their runner-ups (<see cref="DependencyParser.Alternative"/>).</summary>
    public static (DependencyLabel[] Labels, ushort[] Alternatives)[] Predict(IReadOnlyList<ParserExample> examples, ParserModel model)
    {
        var rootClass = IndexOf(model.Labels, DependencyLabel.Root);
        var result = new (DependencyLabel[], ushort[])[examples.Count];
        var state = new ParseState();
        var features = new ulong[ParserFeatures.LabelCount];
        var scores = new float[model.Labels.Count];
        for (var s = 0; s < examples.Count; s++)
        {
            var example = examples[s];
            var alternatives = new ushort[example.Words.Length - 1];
            var labels = Follow(example, state, (dependent, head) =>
            {
                var span = features.AsSpan(0, model.LabelTemplateCount);
                ParserFeatures.ExtractLabel(state, example.Words, example.Tags, example.Classes, dependent, head, span);
                Array.Clear(scores);
                model.LabelModel.AddScores(span, scores);
                var label = model.Labels[DependencyParser.BestLabel(scores, rootClass)];
                alternatives[dependent] = DependencyParser.Alternative(scores, label, model.Labels, rootClass);
                return label;
            });
            result[s] = (labels, alternatives);
        }

        return result;
    }

    /// <summary>
    /// Labels fold f (sentence index mod <paramref name="folds"/>) with a label model trained for
    /// <paramref name="epochs"/> epochs on the other folds; two folds train at once, each writing only its own
    /// sentences, so the result does not depend on scheduling.
    /// </summary>
    public static (DependencyLabel[] Labels, ushort[] Alternatives)[] Jackknife(IReadOnlyList<ParserExample> examples, int folds, int epochs, int seed, Action<string> log)
    {
        var labels = Enum.GetValues<DependencyLabel>().Where(l => l != DependencyLabel.None).ToArray();
        var rootClass = IndexOf(labels, DependencyLabel.Root);
        var result = new (DependencyLabel[], ushort[])[examples.Count];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold =>
        {
            var trainer = new SparsePerceptronTrainer(labels.Length);
            var state = new ParseState();
            var features = new ulong[ParserFeatures.LabelCount];
            var scores = new float[labels.Length];
            var order = Enumerable.Range(0, examples.Count).Where(i => i % folds != fold).ToArray();
            var random = new Random(seed + fold);
            for (var epoch = 0; epoch < epochs; epoch++)
            {
                random.Shuffle(order);
                foreach (var index in order)
                {
                    var example = examples[index];
                    Follow(example, state, (dependent, head) =>
                    {
                        ParserFeatures.ExtractLabel(state, example.Words, example.Tags, example.Classes, dependent, head, features);
                        trainer.Score(features, scores);
                        var predicted = DependencyParser.BestLabel(scores, rootClass);
                        if (example.Gold[dependent] == head)
                        {
                            trainer.Tick();
                            trainer.Update(features, IndexOf(labels, example.Labels[dependent]), predicted);
                        }

                        return labels[predicted];
                    });
                }
            }

            var model = new ParserModel(new Chronicle.Learning.LinearModel(Transitions.Count, [], []), trainer.ToModel(1f), labels);
            var held = Predict([.. Enumerable.Range(0, examples.Count).Where(i => i % folds == fold).Select(i => examples[i])], model);
            for (int i = fold, k = 0; i < examples.Count; i += folds, k++)
            {
                result[i] = held[k];
            }

            lock (result)
            {
                log($"relabeller: arc-time label fold {fold + 1}/{folds} labelled");
            }
        });

        return result;
    }

    /// <summary>Follows the example's gold (projectivised) transitions, labelling each arc with <paramref name="label"/>.</summary>
    private static DependencyLabel[] Follow(ParserExample example, ParseState state, Func<int, int, DependencyLabel> label)
    {
        var n = example.Words.Length - 1;
        state.Reset(n, example.Tags, example.Upos, example.Lemmas);
        while (!state.IsTerminal)
        {
            ITransition? next = null;
            var best = int.MaxValue;
            foreach (var transition in Transitions.All)
            {
                if (transition.IsValid(state))
                {
                    var cost = transition.Cost(state, example.Gold);
                    if (cost < best)
                    {
                        best = cost;
                        next = transition;
                    }
                }
            }

            var (dependent, head) = next!.Arc(state);
            next.Apply(state, dependent < 0 ? DependencyLabel.None : head == n ? DependencyLabel.Root : label(dependent, head));
        }

        var labels = new DependencyLabel[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = state.Label(i);
        }

        return labels;
    }

    private static int IndexOf(IReadOnlyList<DependencyLabel> labels, DependencyLabel label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
