using System.Globalization;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Time;

namespace Chronicle.Output;

/// <summary>Turns an annotated <see cref="Document"/> into the immutable article record written at the edges.</summary>
public static class ArticleProjector
{
    public static Article Project(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var metadata = document.Metadata;
        var entities = document.Entities;
        return new Article
        {
            Id = metadata.Id,
            Title = metadata.Title,
            Published = metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source = metadata.Source,
            Language = document.Language ?? "en",
            Body = text,
            Dateline = metadata.Dateline,
            Paragraphs = [.. document.Paragraphs.Select(p => new OffsetRange(p.Start, p.End))],
            Sentences = [.. document.Sentences.Select(s => ToOffsets(document.CharRange(s.Tokens)))],
            Entities = [.. entities.Select(ProjectEntity)],
            Quotes = [.. document.Quotes.Select(q => new Quote
            {
                // Without an entity for the speaker, the named mention it was read from stands for it.
                Speaker = q.Speaker is int s && s < entities.Count ? entities[s].Name
                    : q.SpeakerMention is TextRange m ? text[m.Start..m.End] : null,
                Text = text[q.Content.Start..q.Content.End],
                Direct = q.Direct,
                Cue = q.Cue is TextRange cue ? text[cue.Start..cue.End] : null,
                Start = q.Content.Start,
                End = q.Content.End,
            })],
            Events = [.. document.Events.Select(e => ProjectEvent(document, e))],
            Dates = [.. document.TimeExpressions.Select(t => new Timex
            {
                Text = text[t.Characters.Start..t.Characters.End],
                Value = t.Value,
                Type = t.Kind.ToString().ToLowerInvariant(),
                Timex3 = t.Timex3,
                Start = t.Characters.Start,
                End = t.Characters.End,
            })],
            Notes = [.. document.Notes],
        };
    }

    private static OffsetRange ToOffsets(TextRange range) => new(range.Start, range.End);

    private static Entity ProjectEntity(ResolvedEntity entity) => new()
    {
        Name = entity.Name,
        Type = entity.Type.ToString(),
        Aliases = entity.Aliases,
        Mentions = [.. entity.Mentions.Select(ToOffsets)],
        Country = entity.Country,
        Actor = entity.Actor?.Value,
        Role = entity.Role,
    };

    private static Event ProjectEvent(Document document, EventAnnotation annotation)
    {
        var entities = document.Entities;
        var source = annotation.Source is int s && s < entities.Count ? entities[s] : null;
        var target = annotation.Target is int t && t < entities.Count ? entities[t] : null;
        var evidence = annotation.Evidence.Count > 0 ? annotation.Evidence[0] : new TextRange(0, 0);
        return new Event
        {
            Source = annotation.SourceActor?.Value ?? source?.Actor?.Value ?? source?.Country,
            SourceName = annotation.SourceName ?? source?.Name,
            EventType = annotation.Type.ToString(),
            Mode = annotation.Mode,
            Context = annotation.Context,
            Cameo = annotation.Cameo,
            Goldstein = annotation.Goldstein,
            Target = annotation.TargetActor?.Value ?? target?.Actor?.Value ?? target?.Country,
            TargetName = annotation.TargetName ?? target?.Name,
            Modality = annotation.Modality.ToString().ToLowerInvariant(),
            Date = annotation.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Location = annotation.Location,
            Evidence = document.Text[evidence.Start..evidence.End],
            Start = evidence.Start,
            End = evidence.End,
            MoreEvidence = [.. annotation.Evidence.Skip(1).Select(ToOffsets)],
        };
    }
}
