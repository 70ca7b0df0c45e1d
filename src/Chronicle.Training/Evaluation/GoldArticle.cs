using System.Globalization;
using System.Text.Json.Nodes;
using Chronicle.Ingestion;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// What the pipeline needs from a gold record (shared/spec/article-json.md): its id, text, title and publication date.
/// The annotations stay in <see cref="Record"/> for the scorer.
/// </summary>
public sealed record GoldArticle(string Id, string Text, string? Title, DateOnly? Published, JsonObject Record)
{
    /// <exception cref="RecordFormatException">The record has no string <c>id</c> or <c>text</c>, or a <c>published</c> that is not YYYY-MM-DD.</exception>
    public static GoldArticle From(JsonObject record, string origin)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = PythonValues.AsString(PythonValues.Get(record, "id"))
            ?? throw new RecordFormatException($"{origin}: a gold record has no string 'id'.");
        var text = PythonValues.AsString(PythonValues.Get(record, "text"))
            ?? throw new RecordFormatException($"{origin}: gold record '{id}' has no string 'text'.");
        DateOnly? published = null;
        if (PythonValues.AsString(PythonValues.Get(record, "published")) is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new RecordFormatException($"{origin}: gold record '{id}' has published '{date}', not YYYY-MM-DD.");
            }

            published = parsed;
        }

        return new GoldArticle(id, text, PythonValues.AsString(PythonValues.Get(record, "title")), published, record);
    }

    /// <summary>The pipeline input for this article: its text with its id, title and date.</summary>
    public ArticleInput ToInput(string origin) => new(origin, Id, Title, Published, Source: PythonValues.AsString(PythonValues.Get(Record, "source")), Text: Text);
}
