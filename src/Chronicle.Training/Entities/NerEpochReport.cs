namespace Chronicle.Training.Entities;

/// <summary>Progress after one training epoch.</summary>
/// <param name="Errors">Training sentences whose predicted tags differed from gold during the epoch.</param>
/// <param name="Dev">Scores of the averaged model so far on the dev documents; null without dev data.</param>
public sealed record NerEpochReport(int Epoch, int Sentences, int Errors, NerScores? Dev);
