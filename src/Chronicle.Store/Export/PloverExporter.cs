using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Store.Queries;

namespace Chronicle.Store.Export;

/// <summary>
/// Writes stories as PLOVER JSON records (the PLOVER manual's "PLOVER JSON" table), one per line: id, date,
/// actor and recipient entity objects (code, sector, entity_text), event, mode, context, event_loc, event_text
/// (every evidence sentence), quad_code, event_scale (Goldstein), text, cite_info, coder; plus Chronicle's own
/// modality and report counts, which the manual allows as extra fields.
/// </summary>
public static class PloverExporter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Write(IArticleStore store, Stream output, EventFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        var records = 0;
        foreach (var story in store.Stories((filter ?? new EventFilter()) with { Limit = int.MaxValue }))
        {
            var evidence = store.StoryEvidence(story.Id);
            using (var writer = new Utf8JsonWriter(output, s_options))
            {
                WriteRecord(writer, story, evidence);
            }

            output.WriteByte((byte)'\n');
            records++;
        }

        return records;
    }

    private static void WriteRecord(Utf8JsonWriter writer, Story story, IReadOnlyList<StoredEvent> evidence)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"chronicle-{story.Id}");
        writer.WriteBoolean("has_event", true);
        writer.WriteString("date", story.Date);
        if (story.DateLast is { } last && last != story.Date)
        {
            writer.WriteString("enddate", last);
        }

        WriteEntities(writer, "actor", story.Source, story.SourceName);
        WriteEntities(writer, "recipient", story.Target, story.TargetName);
        WriteList(writer, "event", [story.EventType]);
        WriteList(writer, "mode", [.. evidence.Select(e => e.Mode).OfType<string>().Distinct(StringComparer.Ordinal)]);
        WriteList(writer, "context", [.. evidence.Select(e => e.Context).OfType<string>().Distinct(StringComparer.Ordinal)]);
        if (story.Location is { } place)
        {
            writer.WriteStartObject("event_loc");
            writer.WriteString("name", place);
            writer.WriteEndObject();
        }

        WriteList(writer, "event_text", [.. evidence.Select(e => e.Evidence)]);
        writer.WriteNumber("quad_code", story.Quad);
        writer.WriteNumber("event_scale", story.Goldstein);
        writer.WriteString("text", story.Evidence);
        writer.WriteStartObject("cite_info");
        writer.WriteString("url", story.FirstSource);
        writer.WriteString("citation", story.FirstArticleId);
        writer.WriteString("coder", "Chronicle");
        writer.WriteString("codebook", "PLOVER 0.8");
        writer.WriteEndObject();
        writer.WriteString("coder", "Chronicle");
        writer.WriteString("modality", story.Modality);
        writer.WriteNumber("num_mentions", story.Mentions);
        writer.WriteNumber("num_articles", story.Articles);
        writer.WriteNumber("num_sources", story.Sources);
        writer.WriteEndObject();
    }

    // PLOVER splits an actor into a three-letter code (country or IGO) and a sector (GOV, MIL, ...).
    private static void WriteEntities(Utf8JsonWriter writer, string name, string? code, string? text)
    {
        writer.WriteStartArray(name);
        if (code is { Length: > 0 })
        {
            writer.WriteStartObject();
            writer.WriteString("code", code.Length >= 3 ? code[..3] : code);
            writer.WriteString("sector", code.Length > 3 ? code[3..] : null);
            writer.WriteString("entity_text", text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
