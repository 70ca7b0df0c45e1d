using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>
/// Beam search over arc-hybrid transitions (Zhang &amp; Clark 2008; Zhang &amp; Nivre 2011): every step extends each
/// of the (at most <see cref="Width"/>) hypotheses by each valid transition and keeps the best-scoring extensions by
/// summed transition score. Every arc-hybrid derivation of an n-word sentence takes exactly 2n transitions, so all
/// hypotheses end together and compare fairly. Ties go to the earlier hypothesis, then the lower transition id, so a
/// beam of width 1 makes exactly the greedy parser's choices. Labels are chosen per arc by the label model, as in
/// greedy parsing, and do not enter the beam score. Holds scratch space: one instance per thread.
/// </summary>
public sealed class ParserBeam
{
    private readonly Candidate[] _candidates;
    private readonly ulong[] _features = new ulong[Math.Max(ParserFeatures.Count, ParserFeatures.LabelCount)];
    private readonly float[] _transitionScores = new float[Transitions.Count];
    private readonly Stack<ParseState> _free = new();
    private ParseState[] _items;
    private ParseState[] _nextItems;
    private double[] _scores;
    private double[] _nextScores;
    private readonly int[] _parents;
    private readonly int[] _transitions;
    private readonly DependencyLabel[] _labels;
    private readonly int[] _children;
    private int _candidateCount;

    public ParserBeam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        _candidates = new Candidate[width];
        _items = new ParseState[width];
        _nextItems = new ParseState[width];
        _scores = new double[width];
        _nextScores = new double[width];
        _parents = new int[width];
        _transitions = new int[width];
        _labels = new DependencyLabel[width];
        _children = new int[width];
        _items[0] = new ParseState();
        for (var i = 1; i < 2 * width; i++)
        {
            _free.Push(new ParseState());
        }
    }

    public int Width { get; }

    /// <summary>Hypotheses in the beam, best first.</summary>
    public int Count { get; private set; }

    /// <summary>Whether every hypothesis is complete (they all complete at the same step).</summary>
    public bool IsTerminal => _items[0].IsTerminal;

    /// <summary>The i-th hypothesis (0 = best).</summary>
    public ParseState State(int i) => _items[i];

    /// <summary>The i-th hypothesis's summed transition score.</summary>
    public double Score(int i) => _scores[i];

    /// <summary>The index, in the beam before the last step, of the hypothesis the i-th one extends.</summary>
    public int Parent(int i) => _parents[i];

    /// <summary>The transition id the last step applied to make the i-th hypothesis.</summary>
    public int LastTransition(int i) => _transitions[i];

    /// <summary>The label of the arc the last step added to the i-th hypothesis (<see cref="DependencyLabel.None"/> after a shift).</summary>
    public DependencyLabel LastLabel(int i) => _labels[i];

    /// <summary>Starts a sentence of <paramref name="length"/> words with the given tag hashes (see <see cref="ParseState.Reset(int, ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, ReadOnlySpan{ulong})"/>).</summary>
    public void Start(int length, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> upos = default, ReadOnlySpan<ulong> lemmas = default)
    {
        for (var i = 1; i < Count; i++)
        {
            _free.Push(_items[i]);
        }

        _items[0].Reset(length, tags, upos, lemmas);
        _scores[0] = 0;
        Count = 1;
    }

    /// <summary>Parses a whole sentence (words, tags and classes with the root's entry at the end) and returns the best tree's state.</summary>
    public ParseState Parse(IParserScorer scorer, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes,
        ReadOnlySpan<ulong> upos = default, ReadOnlySpan<ulong> lemmas = default)
    {
        Start(words.Length - 1, tags, upos, lemmas);
        while (!IsTerminal)
        {
            Step(scorer, words, tags, classes);
        }

        return _items[0];
    }

    /// <summary>Extends every hypothesis by one transition and keeps the best <see cref="Width"/>.</summary>
    public void Step(IParserScorer scorer, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes)
    {
        _candidateCount = 0;
        var features = _features.AsSpan(0, ParserFeatures.Count);
        for (var i = 0; i < Count; i++)
        {
            var state = _items[i];
            ParserFeatures.Extract(state, words, tags, classes, features);
            Array.Clear(_transitionScores);
            scorer.ScoreTransitions(features, _transitionScores);
            foreach (var transition in Transitions.All)
            {
                if (transition.IsValid(state))
                {
                    Offer(new Candidate(_scores[i] + _transitionScores[transition.Id], i, transition.Id));
                }
            }
        }

        if (_candidateCount == 0)
        {
            throw new InvalidOperationException("No transition is valid in a non-terminal parser state.");
        }

        Array.Clear(_children, 0, Count);
        for (var j = 0; j < _candidateCount; j++)
        {
            _children[_candidates[j].Item]++;
        }

        for (var i = 0; i < Count; i++)
        {
            if (_children[i] == 0)
            {
                _free.Push(_items[i]);
            }
        }

        for (var j = 0; j < _candidateCount; j++)
        {
            var candidate = _candidates[j];
            var parent = _items[candidate.Item];
            var transition = Transitions.All[candidate.Transition];
            var label = DependencyLabel.None;
            var (dependent, head) = transition.Arc(parent);
            if (dependent >= 0)
            {
                label = head == parent.Root ? DependencyLabel.Root : scorer.PredictLabel(parent, words, tags, classes, dependent, head, _features);
            }

            // The last child of a hypothesis takes over its state; earlier children copy it first.
            ParseState child;
            if (--_children[candidate.Item] == 0)
            {
                child = parent;
            }
            else
            {
                child = _free.Pop();
                child.CopyFrom(parent);
            }

            transition.Apply(child, label);
            _nextItems[j] = child;
            _nextScores[j] = candidate.Score;
            _parents[j] = candidate.Item;
            _transitions[j] = candidate.Transition;
            _labels[j] = label;
        }

        (_items, _nextItems) = (_nextItems, _items);
        (_scores, _nextScores) = (_nextScores, _scores);
        Count = _candidateCount;
    }

    /// <summary>Keeps the candidate if it is among the best <see cref="Width"/> so far (candidates come in hypothesis and transition order, so ties keep the earlier one).</summary>
    private void Offer(Candidate candidate)
    {
        var position = _candidateCount;
        while (position > 0 && _candidates[position - 1].Score < candidate.Score)
        {
            position--;
        }

        if (position >= Width)
        {
            return;
        }

        var last = Math.Min(_candidateCount, Width - 1);
        for (var j = last; j > position; j--)
        {
            _candidates[j] = _candidates[j - 1];
        }

        _candidates[position] = candidate;
        _candidateCount = Math.Min(_candidateCount + 1, Width);
    }

    private readonly record struct Candidate(double Score, int Item, int Transition);
}
