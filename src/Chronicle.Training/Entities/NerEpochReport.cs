namespace Chronicle.Training.Entities;

/// <summary>Progress after one training epoch of one stage (1, or 2 for the second stage of a stacked model).</summary>
/// <param name="Errors">Training sentences whose predicted tags differed from gold during the epoch.</param>
/// <param name="Dev">Scores of the averaged model so far on the dev documents; null without dev data.</param>
public sealed record NerEpochReport(int Stage, int Epoch, int Sentences, int Errors, NerScores? Dev);
