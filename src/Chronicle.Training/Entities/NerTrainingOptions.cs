using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>How the NER is trained. Everything that changes the model is here, and written to meta.json.</summary>
/// <param name="Epochs">Passes over the training sentences.</param>
/// <param name="Seed">Seeds the per-epoch shuffle; the same seed and data give the same model.</param>
/// <param name="MinFeatureCount">Features seen fewer times in training are dropped (smaller model, less noise).</param>
/// <param name="PruneBelow">Averaged weights smaller than this (in absolute value) are stored as zero.</param>
/// <param name="GazetteerCopies">
/// Also train on a copy of every sentence with gazetteer marks in which the marked words lose their word
/// features (as if unseen), so the model learns to trust the marks where the word tells nothing.
/// </param>
/// <param name="RareWordCount">Words seen at most this often in the training text are trained without the features that name them (word, bigrams), as unseen words are read.</param>
/// <param name="NameLexicon">With an unlabelled corpus, the second stage reads a <see cref="Chronicle.Entities.NameLexicon"/> built from it.</param>
/// <param name="FeatureSet">The <see cref="NerFeatures"/> set to train (<see cref="NerFeatures.OldestVersion"/> to <see cref="NerFeatures.Version"/>).</param>
/// <param name="Runs">Each stage is trained this many times with different shuffle seeds and the weights are averaged (1: a single run).</param>
public sealed record NerTrainingOptions(int Epochs = 10, int Seed = 7, int MinFeatureCount = 1, float PruneBelow = 0.01f, bool GazetteerCopies = false, bool NameLexicon = true, int RareWordCount = 0, int Runs = 1, int FeatureSet = NerTrainingOptions.CommittedFeatureSet)
{
    /// <summary>The feature set of the committed model, trained by default so that its documented command rebuilds it; set 7 is opt-in (models/README.md says why).</summary>
    public const int CommittedFeatureSet = 6;
}
