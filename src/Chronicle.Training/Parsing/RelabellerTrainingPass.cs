using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>
/// One perceptron run of the relabeller with its own training-order seed: each tree is visited top-down as at run time,
/// with the labels this run has predicted so far in the features (the head's, the left siblings'). Not thread-safe.
/// </summary>
internal sealed class RelabellerTrainingPass
{
    private readonly Random _random;
    private readonly int[] _order;
    private readonly IReadOnlyList<DependencyLabel> _labels;
    private readonly int[] _classOf = new int[256];
    private readonly int _rootClass;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly int[] _visit;
    private readonly DependencyLabel[] _current;
    private readonly ulong[] _features = new ulong[RelabelFeatures.Count];
    private readonly float[] _scores;

    public RelabellerTrainingPass(int seed, int exampleCount, int longest, IReadOnlyList<DependencyLabel> labels)
    {
        _random = new Random(seed);
        _order = Enumerable.Range(0, exampleCount).ToArray();
        _labels = labels;
        Array.Fill(_classOf, -1);
        for (var i = 0; i < labels.Count; i++)
        {
            _classOf[(int)labels[i]] = i;
        }

        _rootClass = _classOf[(int)DependencyLabel.Root];
        _firstChild = new int[longest];
        _nextSibling = new int[longest];
        _visit = new int[longest];
        _current = new DependencyLabel[longest];
        _scores = new float[labels.Count];
        Trainer = new SparsePerceptronTrainer(labels.Count);
    }

    public SparsePerceptronTrainer Trainer { get; }

    /// <summary>One epoch over <paramref name="examples"/> in this run's shuffled order.</summary>
    public void Epoch(IReadOnlyList<RelabelExample> examples)
    {
        _random.Shuffle(_order);
        foreach (var index in _order)
        {
            Train(examples[index]);
        }
    }

    private void Train(RelabelExample example)
    {
        var n = example.Length;
        var current = _current;
        example.ArcLabels.CopyTo(current, 0);
        var rootFirst = RelabelFeatures.Link(example.Heads, _firstChild, _nextSibling);
        var count = RelabelFeatures.TopDown(rootFirst, _firstChild, _nextSibling, _visit.AsSpan(0, n));
        var sentence = new RelabelSentence(example.Heads, example.ArcLabels, current.AsSpan(0, n), example.Words, example.Tags, example.Classes,
            example.Upos, example.Lemmas, _firstChild.AsSpan(0, n), _nextSibling.AsSpan(0, n), example.Alternatives);
        for (var k = 0; k < count; k++)
        {
            var word = _visit[k];
            var head = example.Heads[word];
            if ((uint)head >= (uint)n || head == word)
            {
                current[word] = DependencyLabel.Root;
                continue;
            }

            RelabelFeatures.Extract(sentence, word, _features);
            Trainer.Score(_features, _scores);
            var predicted = DependencyParser.BestLabel(_scores, _rootClass);
            Trainer.Tick();
            var gold = _classOf[(int)example.GoldLabels[word]];
            if (gold >= 0)
            {
                Trainer.Update(_features, gold, predicted);
            }

            current[word] = _labels[predicted];
        }
    }
}
