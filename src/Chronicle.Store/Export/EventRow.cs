using System.Globalization;
using Chronicle.Store.Queries;

namespace Chronicle.Store.Export;

/// <summary>One event as a flat row: the columns of the CSV and Parquet exports.</summary>
public sealed class EventRow
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "article_id", "index", "date", "source", "source_name", "event", "mode", "context", "cameo", "goldstein", "quad",
        "target", "target_name", "modality", "location", "evidence", "start", "end", "story_id", "article_source",
    ];

    public long Id { get; set; }

    public string ArticleId { get; set; } = "";

    public int Index { get; set; }

    public string? Date { get; set; }

    public string? Source { get; set; }

    public string? SourceName { get; set; }

    public string Event { get; set; } = "";

    public string? Mode { get; set; }

    public string? Context { get; set; }

    public string? Cameo { get; set; }

    public double Goldstein { get; set; }

    public int Quad { get; set; }

    public string? Target { get; set; }

    public string? TargetName { get; set; }

    public string Modality { get; set; } = "";

    public string? Location { get; set; }

    public string Evidence { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public long? StoryId { get; set; }

    public string? ArticleSource { get; set; }

    public static EventRow From(StoredEvent e) => new()
    {
        Id = e.Id,
        ArticleId = e.ArticleId,
        Index = e.Index,
        Date = e.Date,
        Source = e.Source,
        SourceName = e.SourceName,
        Event = e.EventType,
        Mode = e.Mode,
        Context = e.Context,
        Cameo = e.Cameo,
        Goldstein = e.Goldstein,
        Quad = e.Quad,
        Target = e.Target,
        TargetName = e.TargetName,
        Modality = e.Modality,
        Location = e.Location,
        Evidence = e.Evidence,
        Start = e.Start,
        End = e.End,
        StoryId = e.StoryId,
        ArticleSource = e.ArticleSource,
    };

    /// <summary>The values in <see cref="Columns"/> order, as invariant text.</summary>
    public IReadOnlyList<string?> Values() =>
    [
        Id.ToString(CultureInfo.InvariantCulture), ArticleId, Index.ToString(CultureInfo.InvariantCulture),
        Date, Source, SourceName, Event, Mode, Context, Cameo, Goldstein.ToString("R", CultureInfo.InvariantCulture),
        Quad.ToString(CultureInfo.InvariantCulture), Target, TargetName, Modality, Location, Evidence,
        Start.ToString(CultureInfo.InvariantCulture), End.ToString(CultureInfo.InvariantCulture),
        StoryId?.ToString(CultureInfo.InvariantCulture), ArticleSource,
    ];
}
