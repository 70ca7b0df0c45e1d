using System.Text.Json.Nodes;
using static Chronicle.Training.Evaluation.ArticleScorer;
using static Chronicle.Training.Evaluation.PythonValues;

namespace Chronicle.Training.Evaluation;

/// <summary>score.py's <c>score_events</c>: asserted predictions as (source, event, target) triples against gold events.</summary>
internal static class EventScoring
{
    internal static string? Code3(JsonNode? code)
    {
        if (!Truthy(code))
        {
            return null;
        }

        var text = Str(code).ToUpperInvariant();
        return text.Length > 3 ? text[..3] : text;
    }

    internal static bool Hits(JsonObject g, EventTriple t)
    {
        var events = Get(g, "event");
        var listed = events switch
        {
            JsonArray array => array.Any(e => AsString(e) == t.Event && (t.Event is not null || e is null)),
            _ => t.Event is not null && AsString(events) is { } s && s.Contains(t.Event, StringComparison.Ordinal),
        };
        if (!listed)
        {
            return false;
        }

        var gs = Code3(Get(g, "source"));
        var gt = Code3(Get(g, "target"));
        if (gt is null)
        {
            return t.Source == gs;
        }

        if (t.Source == gs && t.Target == gt)
        {
            return true;
        }

        return Truthy(Get(g, "symmetric")) && t.Source == gt && t.Target == gs;
    }

    internal static string Modality(JsonObject g) =>
        g.TryGetPropertyValue("modality", out var m) ? (AsString(m) ?? "\0" + Str(m)) : "asserted";

    internal static void ScoreEvents(JsonObject gold, JsonObject pred, ScoreAccumulator acc)
    {
        var id = Str(Get(gold, "id"));
        var gev = Objects(Get(gold, "events"));
        var pev = Objects(Get(pred, "events")).Where(e => (Truthy(Get(e, "modality")) ? Str(Get(e, "modality")) : "asserted") == "asserted");
        var triples = new List<EventTriple>();
        var dates = new Dictionary<EventTriple, HashSet<string?>>();
        foreach (var e in pev)
        {
            var triple = new EventTriple(Code3(Get(e, "source")), AsString(Get(e, "event")), Code3(Get(e, "target")));
            if (!dates.TryGetValue(triple, out var set))
            {
                dates[triple] = set = [];
                triples.Add(triple);
            }

            set.Add(AsString(Get(e, "date")));
        }

        var matched = new HashSet<EventTriple>();
        foreach (var g in gev)
        {
            var hits = triples.Where(t => Hits(g, t)).ToList();
            if (Modality(g) != "asserted")
            {
                foreach (var t in hits)
                {
                    if (!gev.Any(g2 => Modality(g2) == "asserted" && Hits(g2, t)))
                    {
                        acc.Add("ev_modality_err", 1);
                        acc.Note("ev_modality_list", $"{id}: {t} reported as fact; article: {Str(Get(g, "modality"))}");
                    }
                }

                continue;
            }

            matched.UnionWith(hits);
            if (Truthy(Get(g, "optional")))
            {
                continue;
            }

            acc.Add("ev_gold", 1);
            if (hits.Count > 0)
            {
                acc.Add("ev_tp", 1);
                if (Truthy(Get(g, "date")))
                {
                    acc.Add("ev_date_n", 1);
                    var date = AsString(Get(g, "date"));
                    acc.Add("ev_date_ok", date is not null && hits.Any(t => dates[t].Contains(date)) ? 1 : 0);
                }
            }
            else
            {
                var events = Get(g, "event") is JsonArray list ? string.Join('/', list.Select(Str)) : string.Join('/', (AsString(Get(g, "event")) ?? "").ToCharArray());
                var evidence = AsString(Get(g, "evidence")) ?? "";
                acc.Note("ev_missed", $"{id}: {Code3(Get(g, "source")) ?? "None"} {events} {Code3(Get(g, "target")) ?? "None"}  [{Head(evidence, 70)}]");
            }
        }

        acc.Add("ev_pred", triples.Count);
        var spurious = triples.Where(t => !matched.Contains(t)).ToList();
        acc.Add("ev_fp", spurious.Count);
        foreach (var t in spurious.OrderBy(t => t.ToString(), StringComparer.Ordinal))
        {
            acc.Note("ev_spurious", $"{id}: {t}");
        }
    }
}
