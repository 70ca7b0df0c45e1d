using System.Globalization;
using Chronicle.Learning;

namespace Chronicle.Training.Corpora;

/// <summary>The meta.json of a model trained on the UD English corpora.</summary>
public static class TrainingMetadata
{
    public static readonly IReadOnlyList<string> Data =
    [
        "UD English EWT train (ewt/en_ewt-ud-train.conllu)",
        $"GUM and GENTLE (gum/*.conllu) except the held-back {UdCorpus.HeldBackPrefix}* documents",
    ];

    public static readonly IReadOnlyList<string> Licences =
    [
        "UD English EWT: CC BY-SA 4.0",
        "GUM annotations: CC BY 4.0 (texts under their own licences, see gum/LICENSE.txt; no text is stored in the model)",
    ];

    public static ModelMetadata Create(string name, int featureSetVersion, string command, int seed, int epochs,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> scores) => new()
        {
            Name = name,
            FeatureSetVersion = featureSetVersion,
            TrainingCommand = command,
            Seed = seed,
            Epochs = epochs,
            TrainingData = Data,
            DataLicences = Licences,
            Scores = scores,
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
}
