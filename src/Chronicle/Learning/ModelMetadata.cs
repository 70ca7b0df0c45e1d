using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chronicle.Learning;

/// <summary>
/// The <c>meta.json</c> beside each model: how to rebuild it and how good it is.
/// </summary>
public sealed record ModelMetadata
{
    public required string Name { get; init; }

    public required int FeatureSetVersion { get; init; }

    /// <summary>The exact command that rebuilds the model.</summary>
    public required string TrainingCommand { get; init; }

    public required int Seed { get; init; }

    public required int Epochs { get; init; }

    public IReadOnlyList<string> TrainingData { get; init; } = [];

    public IReadOnlyList<string> DataLicences { get; init; } = [];

    /// <summary>Evaluation figures by data set and metric, e.g. <c>"ewt-test" → {"upos": 0.962}</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Scores { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    public string? Created { get; init; }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, ModelMetadataJsonContext.Default.ModelMetadata));

    /// <exception cref="ModelLoadException">The file is missing or not valid metadata.</exception>
    public static ModelMetadata Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), ModelMetadataJsonContext.Default.ModelMetadata)
                ?? throw new ModelLoadException(path, "is empty.");
        }
        catch (FileNotFoundException ex)
        {
            throw new ModelLoadException(path, "the file does not exist.", ex);
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException(path, "is not valid model metadata: " + ex.Message, ex);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ModelMetadata))]
internal sealed partial class ModelMetadataJsonContext : JsonSerializerContext;
