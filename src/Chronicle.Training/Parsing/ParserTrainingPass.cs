using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// One perceptron training run of the parser's transition and label models with its own seed, which drives both the
/// training-order shuffle and the dynamic oracle's exploration. <see cref="ParserTrainer"/> runs one per seed in
/// lockstep, epoch by epoch, and averages them. Not thread-safe.
/// </summary>
internal sealed class ParserTrainingPass
{
    private readonly Random _random;
    private readonly int[] _order;
    private readonly IReadOnlyList<DependencyLabel> _labels;
    private readonly int _rootClass;
    private readonly double _exploration;
    private readonly BeamParserTrainer? _beam;
    private readonly ParseState _state = new();
    private readonly ulong[] _features = new ulong[Math.Max(ParserFeatures.Count, ParserFeatures.LabelCount)];
    private readonly float[] _scores = new float[Transitions.Count];
    private readonly float[] _labelScores;
    private readonly int[] _costs = new int[Transitions.Count];

    public ParserTrainingPass(int seed, int sentenceCount, IReadOnlyList<DependencyLabel> labels, ParserTrainingOptions options)
    {
        _random = new Random(seed);
        _order = Enumerable.Range(0, sentenceCount).ToArray();
        _labels = labels;
        _rootClass = labels.ToList().IndexOf(DependencyLabel.Root);
        _exploration = options.Exploration;
        _labelScores = new float[labels.Count];
        TransitionTrainer = new SparsePerceptronTrainer(Transitions.Count);
        LabelTrainer = new SparsePerceptronTrainer(labels.Count);
        _beam = options.BeamWidth > 1 ? new BeamParserTrainer(TransitionTrainer, LabelTrainer, labels, options.BeamWidth, options.BeamUpdate) : null;
    }

    public SparsePerceptronTrainer TransitionTrainer { get; }

    public SparsePerceptronTrainer LabelTrainer { get; }

    /// <summary>
    /// One epoch over <paramref name="examples"/> in this run's shuffled order: global beam training when the run was
    /// made for a beam, else greedy dynamic-oracle training. Returns the beam's updated-sentence count (0 when greedy).
    /// </summary>
    public int Epoch(IReadOnlyList<ParserExample> examples, int epoch)
    {
        _random.Shuffle(_order);
        if (_beam is not null)
        {
            var before = _beam.Updates;
            foreach (var index in _order)
            {
                _beam.Train(examples[index]);
            }

            return _beam.Updates - before;
        }

        foreach (var index in _order)
        {
            TrainGreedy(examples[index], epoch);
        }

        return 0;
    }

    private void TrainGreedy(ParserExample example, int epoch)
    {
        var transitions = TransitionTrainer;
        var state = _state;
        var features = _features;
        var scores = _scores;
        var costs = _costs;
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

            // The same generator as the shuffle, drawn in the same order as before the runs were split out, so a
            // one-seed run is the old single run exactly.
            var follow = epoch > 1 && _random.NextDouble() < _exploration ? guess : bestGold!;
            var (dependent, head) = follow.Arc(state);
            follow.Apply(state, dependent < 0 ? DependencyLabel.None : Label(example, dependent, head));
        }
    }

    /// <summary>Predicts the arc's label with the current weights, updating them towards the gold label when the arc is gold.</summary>
    private DependencyLabel Label(ParserExample example, int dependent, int head)
    {
        var n = example.Words.Length - 1;
        if (head == n)
        {
            return DependencyLabel.Root;
        }

        ParserFeatures.ExtractLabel(_state, example.Words, example.Tags, example.Classes, dependent, head, _features);
        var labelFeatures = _features.AsSpan(0, ParserFeatures.LabelCount);
        LabelTrainer.Score(labelFeatures, _labelScores);
        var predicted = DependencyParser.BestLabel(_labelScores, _rootClass);
        if (example.Gold[dependent] == head)
        {
            LabelTrainer.Tick();
            LabelTrainer.Update(labelFeatures, IndexOf(example.Labels[dependent]), predicted);
        }

        return _labels[predicted];
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
}
