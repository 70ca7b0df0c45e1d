using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chronicle.Output;

/// <summary>Reads and writes article records as JSON (pretty, for one article) or JSONL (one line per article).</summary>
public static class ArticleJson
{
    private static readonly ArticleJsonContext s_compact = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly ArticleJsonContext s_indented = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });

    /// <summary>One article as a single JSON line (no trailing newline).</summary>
    public static string ToJsonLine(Article article) => JsonSerializer.Serialize(article, s_compact.Article);

    public static string ToIndentedJson(Article article) => JsonSerializer.Serialize(article, s_indented.Article);

    public static void Write(Utf8JsonWriter writer, Article article) => JsonSerializer.Serialize(writer, article, s_compact.Article);

    /// <exception cref="JsonException">The text is not a valid article record.</exception>
    public static Article Parse(string json) =>
        JsonSerializer.Deserialize(json, s_compact.Article) ?? throw new JsonException("The JSON value is null, not an article record.");
}
