namespace Chronicle.Training.Evaluation;

/// <summary>How a segmenter's tokens and sentences compare with a treebank's.</summary>
/// <param name="Corpus">Name of the evaluated data (file or set).</param>
/// <param name="Documents">Documents evaluated (documents whose text the treebank withholds are skipped).</param>
/// <param name="Characters">Characters of rebuilt text.</param>
/// <param name="Tokens">Tokens as exact character spans.</param>
/// <param name="SentenceBoundaries">Sentence ends as character offsets, paragraph ends included.</param>
/// <param name="InnerSentenceBoundaries">Sentence ends inside paragraphs only (paragraph ends are given to the segmenter).</param>
/// <param name="Errors">Examples of mistakes, for tuning: missed and spurious tokens and boundaries with context.</param>
public sealed record SegmentationScores(
    string Corpus,
    int Documents,
    long Characters,
    PrfCounts Tokens,
    PrfCounts SentenceBoundaries,
    PrfCounts InnerSentenceBoundaries,
    IReadOnlyList<string> Errors);
