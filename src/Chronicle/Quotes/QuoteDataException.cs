namespace Chronicle.Quotes;

/// <summary>The reporting-cue lexicon (data/quotes/cues.tsv) is malformed; the message names the line.</summary>
public sealed class QuoteDataException(string source, int line, string problem)
    : Exception($"{source} line {line}: {problem}");
