using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>
/// What a decoder asks of a model: transition scores for a state's features and a label for an arc. The trained
/// <see cref="ParserModel"/> answers at run time; a perceptron being trained answers during global training, so the
/// beam that is trained is the beam that runs.
/// </summary>
public interface IParserScorer
{
    /// <summary>Adds the transition scores of <paramref name="features"/> to <paramref name="scores"/> (cleared by the caller).</summary>
    void ScoreTransitions(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>The label of the arc <paramref name="head"/> → <paramref name="dependent"/> in <paramref name="state"/> (never the root label).</summary>
    /// <param name="scratch">Room for <see cref="ParserFeatures.LabelCount"/> features.</param>
    DependencyLabel PredictLabel(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> classes, int dependent, int head, Span<ulong> scratch);
}
