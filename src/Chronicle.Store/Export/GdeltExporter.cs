using System.Globalization;
using Chronicle.Store.Queries;

namespace Chronicle.Store.Export;

/// <summary>
/// Writes stories as the GDELT 2.0 events table (shared/spec/cameo/gdelt2_events_columns.csv): 61 tab-separated
/// columns, no header, one row per story, so NumMentions/NumSources/NumArticles count the merged reports.
/// CAMEO codes keep their leading zeros; an event without a CAMEO code gets its PLOVER type's root code.
/// Columns Chronicle has no data for (ethnic and religious codes, geocoding, tone) are left empty.
/// </summary>
public static class GdeltExporter
{
    public const int ColumnCount = 61;

    public static int Write(IArticleStore store, TextWriter writer, EventFilter? filter = null, DateTime? added = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(writer);
        var dateAdded = (added ?? DateTime.UtcNow).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var rows = 0;
        foreach (var story in store.Stories((filter ?? new EventFilter()) with { Limit = int.MaxValue }))
        {
            writer.Write(string.Join('\t', Row(story, dateAdded).Select(Clean)));
            writer.Write('\n');
            rows++;
        }

        return rows;
    }

    public static IReadOnlyList<string> Row(Story story, string dateAdded)
    {
        var inv = CultureInfo.InvariantCulture;
        var day = story.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d.AsSpan(0, 10), "yyyy-MM-dd", inv, DateTimeStyles.None, out var parsed)
            ? parsed
            : (DateOnly?)null;
        var code = EventScales.CameoFor(story.Cameo, story.EventType) ?? "";
        var row = new List<string>(ColumnCount)
        {
            story.Id.ToString(inv),
            day?.ToString("yyyyMMdd", inv) ?? "",
            day?.ToString("yyyyMM", inv) ?? "",
            day?.ToString("yyyy", inv) ?? "",
            day is DateOnly x ? (x.Year + ((x.Month * 30) + x.Day) / 365.0).ToString("0.0000", inv) : "",
        };
        row.AddRange(Actor(story.Source, story.SourceName));
        row.AddRange(Actor(story.Target, story.TargetName));
        row.Add("0");
        row.Add(code);
        row.Add(code.Length >= 3 ? code[..3] : code);
        row.Add(code.Length >= 2 ? code[..2] : code);
        row.Add(code.Length > 0 ? EventScales.CameoQuad(code).ToString(inv) : story.Quad.ToString(inv));
        row.Add(story.Goldstein.ToString("0.0##", inv));
        row.Add(story.Mentions.ToString(inv));
        row.Add(story.Sources.ToString(inv));
        row.Add(story.Articles.ToString(inv));
        row.Add("");
        row.AddRange(Geo(null));
        row.AddRange(Geo(null));
        row.AddRange(Geo(story.Location));
        row.Add(dateAdded);
        row.Add(story.FirstSource ?? story.FirstArticleId);
        return row;
    }

    // Actor code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3.
    private static IEnumerable<string> Actor(string? code, string? name)
    {
        var actor = code?.Trim().ToUpperInvariant() ?? "";
        var prefix = actor.Length >= 3 ? actor[..3] : actor;
        var isGroup = prefix == "IGO" || prefix == "NGO";
        var sector = actor.Length >= 6 ? actor[3..6] : "";
        return [actor, name?.ToUpperInvariant() ?? "", isGroup ? "" : prefix, isGroup ? prefix : "", "", "", "", sector, "", ""];
    }

    // Type, full name, country, ADM1, ADM2, latitude, longitude, feature id: Chronicle does not geocode.
    private static IEnumerable<string> Geo(string? place) => ["", place ?? "", "", "", "", "", "", ""];

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
