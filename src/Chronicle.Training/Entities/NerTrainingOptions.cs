namespace Chronicle.Training.Entities;

/// <summary>How the NER is trained. Everything that changes the model is here, and written to meta.json.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seeds the per-epoch shuffle; the same seed and data give the same model.</param>
/// <param name="MinFeatureCount">Features seen fewer times in training are dropped (smaller model, less noise).</param>
/// <param name="PruneBelow">Averaged weights smaller than this (in absolute value) are stored as zero.</param>
public sealed record NerTrainingOptions(int Epochs = 10, int Seed = 7, int MinFeatureCount = 1, float PruneBelow = 0.01f);
