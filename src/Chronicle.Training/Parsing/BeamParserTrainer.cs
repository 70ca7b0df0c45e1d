using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// Global training of the beam parser (structured perceptron over whole derivations, Zhang &amp; Clark 2008): each
/// sentence is decoded with the beam the parser will run with, next to the gold derivation (the static arc-hybrid
/// oracle on the projectivised tree: attach as soon as the gold tree allows, else shift); when the gold prefix drops
/// out of the beam, or finishes behind the best tree, the transition model moves towards the gold prefix and away from
/// the best hypothesis at the update step (<see cref="BeamUpdate"/>). Labels do not enter the beam score: the label
/// model is trained along the gold derivation, one perceptron step per gold arc, as in greedy training.
/// Deterministic; not thread-safe.
/// </summary>
internal sealed class BeamParserTrainer
{
    private readonly SparsePerceptronTrainer _transitions;
    private readonly SparsePerceptronTrainer _labelTrainer;
    private readonly IReadOnlyList<DependencyLabel> _labels;
    private readonly BeamUpdate _update;
    private readonly ParserBeam _beam;
    private readonly PerceptronParserScorer _scorer;
    private readonly ParseState _gold = new();
    private readonly ParseState _replay = new();
    private readonly ParseState _replayOther = new();
    private readonly ulong[] _features = new ulong[Math.Max(ParserFeatures.Count, ParserFeatures.LabelCount)];
    private readonly float[] _scores = new float[Transitions.Count];

    // History of the hypotheses, as a tree of (parent node, transition, label) nodes, so the best hypothesis at the
    // update step can be replayed; reused across sentences.
    private readonly List<Node> _nodes = [];
    private readonly List<int> _goldTransitions = [];
    private readonly List<DependencyLabel> _goldLabels = [];
    private readonly List<ulong> _labelFeatures = [];
    private readonly List<(int Gold, int Predicted)> _labelClasses = [];
    private readonly List<Step> _steps = [];
    private int[] _itemNodes;
    private int[] _nextItemNodes;

    public BeamParserTrainer(SparsePerceptronTrainer transitions, SparsePerceptronTrainer labelTrainer, IReadOnlyList<DependencyLabel> labels, int width, BeamUpdate update)
    {
        _transitions = transitions;
        _labelTrainer = labelTrainer;
        _labels = labels;
        _update = update;
        _beam = new ParserBeam(width);
        _scorer = new PerceptronParserScorer(transitions, labelTrainer, labels);
        _itemNodes = new int[width];
        _nextItemNodes = new int[width];
    }

    /// <summary>Sentences whose gold derivation lost (an update was made), for the epoch log.</summary>
    public int Updates { get; private set; }

    public void Train(ParserExample example)
    {
        var n = example.Words.Length - 1;
        _nodes.Clear();
        _goldTransitions.Clear();
        _goldLabels.Clear();
        _labelFeatures.Clear();
        _labelClasses.Clear();
        _steps.Clear();
        _beam.Start(n, example.Tags, example.Upos, example.Lemmas);
        _gold.Reset(n, example.Tags, example.Upos, example.Lemmas);
        _itemNodes[0] = -1;
        var goldIndex = 0;
        double goldScore = 0;
        while (!_gold.IsTerminal)
        {
            var goldTransition = Oracle(_gold, example.Gold);
            // Scored here, not taken from the beam, because the gold prefix may drop out at this very step.
            ParserFeatures.Extract(_gold, example.Words, example.Tags, example.Classes, _features);
            Array.Clear(_scores);
            _scorer.ScoreTransitions(_features.AsSpan(0, ParserFeatures.Count), _scores);
            goldScore += _scores[goldTransition.Id];

            _beam.Step(_scorer, example.Words, example.Tags, example.Classes);
            var goldLabel = ApplyGold(example, goldTransition);
            for (var j = 0; j < _beam.Count; j++)
            {
                _nodes.Add(new Node(_itemNodes[_beam.Parent(j)], _beam.LastTransition(j), _beam.LastLabel(j)));
                _nextItemNodes[j] = _nodes.Count - 1;
            }

            (_itemNodes, _nextItemNodes) = (_nextItemNodes, _itemNodes);
            if (goldIndex >= 0)
            {
                var parent = goldIndex;
                goldIndex = -1;
                for (var j = 0; j < _beam.Count; j++)
                {
                    if (_beam.Parent(j) == parent && _beam.LastTransition(j) == goldTransition.Id)
                    {
                        goldIndex = j;
                        break;
                    }
                }

                // The gold hypothesis in the beam labels its arcs as the gold derivation does (same model, same state).
                System.Diagnostics.Debug.Assert(goldIndex < 0 || _beam.LastLabel(goldIndex) == goldLabel);
            }

            _steps.Add(new Step(_itemNodes[0], _beam.Score(0), goldScore, goldIndex < 0));
            if (goldIndex < 0 && _update == BeamUpdate.Early)
            {
                break;
            }
        }

        if (goldIndex > 0)
        {
            // The gold tree finished in the beam but behind the best one.
            _steps[^1] = _steps[^1] with { Violated = true };
        }

        UpdateLabels();
        var stepIndex = ChooseUpdate();
        _transitions.Tick();
        if (stepIndex >= 0)
        {
            Updates++;
            UpdateTransitions(example, stepIndex);
        }
    }

    /// <summary>The static oracle: the first zero-cost transition among left arc, right arc and shift.</summary>
    private static ITransition Oracle(ParseState state, ReadOnlySpan<int> gold)
    {
        ITransition? best = null;
        var bestCost = int.MaxValue;
        foreach (var transition in (ReadOnlySpan<ITransition>)[LeftArc.Instance, RightArc.Instance, Shift.Instance])
        {
            if (transition.IsValid(state))
            {
                var cost = transition.Cost(state, gold);
                if (cost < bestCost)
                {
                    best = transition;
                    bestCost = cost;
                }
            }
        }

        return best ?? throw new InvalidOperationException("No transition is valid in a non-terminal parser state.");
    }

    /// <summary>Applies the gold transition to the gold state with the label the model predicts (as the beam does), recording the label model's training example.</summary>
    private DependencyLabel ApplyGold(ParserExample example, ITransition transition)
    {
        var label = DependencyLabel.None;
        var (dependent, head) = transition.Arc(_gold);
        if (dependent >= 0)
        {
            if (head == _gold.Root)
            {
                label = DependencyLabel.Root;
            }
            else
            {
                var predicted = _scorer.PredictLabelClass(_gold, example.Words, example.Tags, example.Classes, dependent, head, _features);
                label = _labels[predicted];
                var goldClass = IndexOf(example.Labels[dependent]);
                _labelFeatures.AddRange(_features.AsSpan(0, ParserFeatures.LabelCount));
                _labelClasses.Add((goldClass, predicted));
            }
        }

        transition.Apply(_gold, label);
        _goldTransitions.Add(transition.Id);
        _goldLabels.Add(label);
        return label;
    }

    private void UpdateLabels()
    {
        var features = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_labelFeatures);
        for (var i = 0; i < _labelClasses.Count; i++)
        {
            _labelTrainer.Tick();
            var (gold, predicted) = _labelClasses[i];
            _labelTrainer.Update(features.Slice(i * ParserFeatures.LabelCount, ParserFeatures.LabelCount), gold, predicted);
        }
    }

    /// <summary>The step to update at: the violated step with the largest score gap (max-violation) or the only one (early); -1 for none.</summary>
    private int ChooseUpdate()
    {
        var best = -1;
        var bestGap = double.NegativeInfinity;
        for (var t = 0; t < _steps.Count; t++)
        {
            var step = _steps[t];
            if (step.Violated && step.BestScore - step.GoldScore >= bestGap)
            {
                best = t;
                bestGap = step.BestScore - step.GoldScore;
            }
        }

        return best;
    }

    /// <summary>Replays the gold prefix and the best hypothesis's prefix up to step <paramref name="stepIndex"/> and moves the weights.</summary>
    private void UpdateTransitions(ParserExample example, int stepIndex)
    {
        var length = stepIndex + 1;
        Span<int> predictedTransitions = length <= 1024 ? stackalloc int[length] : new int[length];
        var predictedLabels = new DependencyLabel[length];
        for (int node = _steps[stepIndex].BestNode, t = stepIndex; node >= 0; node = _nodes[node].Parent, t--)
        {
            predictedTransitions[t] = _nodes[node].Transition;
            predictedLabels[t] = _nodes[node].Label;
        }

        var n = example.Words.Length - 1;
        var features = _features.AsSpan(0, ParserFeatures.Count);
        // While both prefixes agree, the states are the same and the updates would cancel: replay once.
        _replay.Reset(n, example.Tags, example.Upos, example.Lemmas);
        var t0 = 0;
        while (t0 < length && predictedTransitions[t0] == _goldTransitions[t0])
        {
            Transitions.All[_goldTransitions[t0]].Apply(_replay, _goldLabels[t0]);
            if (predictedLabels[t0] != _goldLabels[t0])
            {
                t0++;
                break;
            }

            t0++;
        }

        _replayOther.CopyFrom(_replay);
        if (t0 > 0 && predictedLabels[t0 - 1] != _goldLabels[t0 - 1])
        {
            // The states differ in the last arc's label only: rebuild the predicted one.
            _replayOther.Reset(n, example.Tags, example.Upos, example.Lemmas);
            for (var t = 0; t < t0; t++)
            {
                Transitions.All[predictedTransitions[t]].Apply(_replayOther, predictedLabels[t]);
            }
        }

        for (var t = t0; t < length; t++)
        {
            ParserFeatures.Extract(_replay, example.Words, example.Tags, example.Classes, features);
            _transitions.Update(features, _goldTransitions[t], -1, 1f);
            Transitions.All[_goldTransitions[t]].Apply(_replay, _goldLabels[t]);
            ParserFeatures.Extract(_replayOther, example.Words, example.Tags, example.Classes, features);
            _transitions.Update(features, predictedTransitions[t], -1, -1f);
            Transitions.All[predictedTransitions[t]].Apply(_replayOther, predictedLabels[t]);
        }
    }

    private int IndexOf(DependencyLabel label)
    {
        for (var i = 0; i < _labels.Count; i++)
        {
            if (_labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Node(int Parent, int Transition, DependencyLabel Label);

    private readonly record struct Step(int BestNode, double BestScore, double GoldScore, bool Violated);
}
