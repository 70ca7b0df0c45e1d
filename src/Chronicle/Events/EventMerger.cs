namespace Chronicle.Events;

/// <summary>
/// One record per event per article: mentions with the same source, type, target and modality (either order
/// for symmetric events) and compatible dates (equal, or one unknown) become one record that keeps every evidence
/// sentence, in article order, and the date and place any mention gave.
/// </summary>
public static class EventMerger
{
    public static List<EventAnnotation> Merge(IReadOnlyList<EventAnnotation> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var merged = new List<EventAnnotation>(events.Count);
        foreach (var candidate in events)
        {
            var index = merged.FindIndex(e => SameEvent(e, candidate));
            if (index < 0)
            {
                merged.Add(candidate);
                continue;
            }

            var kept = merged[index];
            var evidence = kept.Evidence.ToList();
            foreach (var sentence in candidate.Evidence)
            {
                if (!evidence.Contains(sentence))
                {
                    evidence.Add(sentence);
                }
            }

            merged[index] = kept with
            {
                Evidence = evidence,
                Date = kept.Date ?? candidate.Date,
                Location = kept.Location ?? candidate.Location,
                Source = kept.Source ?? candidate.Source,
                Target = kept.Target ?? candidate.Target,
                SourceName = kept.SourceName ?? candidate.SourceName,
                TargetName = kept.TargetName ?? candidate.TargetName,
                ReportedBy = kept.ReportedBy ?? candidate.ReportedBy,
            };
        }

        return merged;
    }

    public static bool SameEvent(EventAnnotation a, EventAnnotation b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Type != b.Type || a.Modality != b.Modality || (a.Date is { } x && b.Date is { } y && x != y))
        {
            return false;
        }

        var (aSource, aTarget) = (Key(a.SourceActor?.Value, a.SourceName), Key(a.TargetActor?.Value, a.TargetName));
        var (bSource, bTarget) = (Key(b.SourceActor?.Value, b.SourceName), Key(b.TargetActor?.Value, b.TargetName));
        if (aSource == bSource && aTarget == bTarget)
        {
            return true;
        }

        return (a.Symmetric || b.Symmetric) && aSource == bTarget && aTarget == bSource;
    }

    private static string Key(string? actor, string? name) => actor ?? name ?? "";
}
