using Chronicle.Documents;
using Chronicle.Parsing;
using Chronicle.Training.Learning;

namespace Chronicle.Training.Parsing;

/// <summary>Scores parser states with the perceptrons being trained (current, not averaged, weights).</summary>
internal sealed class PerceptronParserScorer(SparsePerceptronTrainer transitions, SparsePerceptronTrainer labelTrainer, IReadOnlyList<DependencyLabel> labels) : IParserScorer
{
    private readonly float[] _labelScores = new float[labels.Count];
    private readonly int _rootClass = IndexOf(labels, DependencyLabel.Root);

    public void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // The trainer overwrites rather than adds; the callers clear first, so the two agree.
        transitions.Score(features, scores);
    }

    public DependencyLabel PredictLabel(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, int dependent, int head, Span<ulong> scratch) =>
        labels[PredictLabelClass(state, words, tags, classes, dependent, head, scratch)];

    /// <summary>The predicted label's class; <paramref name="scratch"/> is left holding the label features.</summary>
    public int PredictLabelClass(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, int dependent, int head, Span<ulong> scratch)
    {
        ParserFeatures.ExtractLabel(state, words, tags, classes, dependent, head, scratch);
        labelTrainer.Score(scratch[..ParserFeatures.LabelCount], _labelScores);
        return DependencyParser.BestLabel(_labelScores, _rootClass);
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
