using System.Text.Json.Serialization;

namespace Chronicle.Output;

/// <summary>Source-generated System.Text.Json metadata for the article record, with the spec's snake_case names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(List<Article>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
