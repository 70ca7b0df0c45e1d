using System.Text.Json.Nodes;
using static Chronicle.Training.Evaluation.PythonValues;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// Scores predicted article records against gold ones exactly as shared/tools/score.py does (a line-by-line port):
/// entities by greedy two-stage name matching, quotes by 70% word overlap with speakers matched by surname or
/// entity names, events as (source, event, target) triples with symmetric, optional and modality rules, dates by
/// normalised text and value, each only in the layers a gold record says are scored.
/// </summary>
public sealed class ArticleScorer
{
    private static readonly string[] s_allLayers = ["entities", "quotes", "events", "dates"];
    private static readonly HashSet<string> s_named = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"];

    /// <param name="gold">Gold records (each must have an <c>id</c>).</param>
    /// <param name="predicted">Predicted records, paired with gold by <c>id</c>.</param>
    public ArticleScoreReport Score(IEnumerable<JsonObject> gold, IEnumerable<JsonObject> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        // Python dicts keep the first position of a key and the last value given for it.
        var goldById = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var record in gold)
        {
            goldById[Key(Get(record, "id"))] = record;
        }

        var predictedById = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var record in predicted)
        {
            predictedById[Key(Get(record, "id"))] = record;
        }

        var acc = new ScoreAccumulator();
        var missing = goldById.Keys.Count(id => !predictedById.ContainsKey(id));
        foreach (var (id, g) in goldById)
        {
            var p = predictedById.TryGetValue(id, out var found) ? found : new JsonObject { ["id"] = Get(g, "id")?.DeepClone() };
            var scored = Get(g, "scored");
            var layers = Truthy(scored) && scored is JsonArray array
                ? array.Select(AsString).OfType<string>().ToHashSet(StringComparer.Ordinal)
                : [.. s_allLayers];
            var (ge, pe) = ScoreEntities(g, p, layers.Contains("entities") ? acc : new ScoreAccumulator());
            if (layers.Contains("quotes"))
            {
                ScoreQuotes(g, p, ge, pe, acc);
            }

            if (layers.Contains("events"))
            {
                ScoreEvents(g, p, acc);
            }

            if (layers.Contains("dates"))
            {
                ScoreDates(g, p, acc);
            }
        }

        // The order of these reads is score.py's, so the counts it creates come out in its order.
        return new ArticleScoreReport
        {
            Articles = goldById.Count,
            ArticlesMissing = missing,
            Entity = Prf.From(acc["ent_tp"], acc["ent_gold"], acc["ent_pred"]),
            EntityCountryAccuracy = acc["country_n"] != 0 ? Round3((double)acc["country_ok"] / acc["country_n"]) : null,
            DirectQuote = Prf.From(acc["dq_tp"], acc["dq_gold"], acc["dq_pred"]),
            DirectQuoteAttributionAccuracy = acc["dq_tp"] > acc["dq_attr_unscorable"]
                ? Round3((double)acc["dq_attr_ok"] / (acc["dq_tp"] - acc["dq_attr_unscorable"]))
                : null,
            IndirectQuoteRecall = acc["iq_gold"] != 0 ? Round3((double)acc["iq_tp"] / acc["iq_gold"]) : null,
            Event = Prf.From(acc["ev_tp"], acc["ev_gold"], acc["ev_tp"] + acc["ev_fp"]),
            EventModalityErrors = acc["ev_modality_err"],
            EventDateAccuracy = acc["ev_date_n"] != 0 ? Round3((double)acc["ev_date_ok"] / acc["ev_date_n"]) : null,
            TimexAccuracy = acc["timex_gold"] != 0 ? Round3((double)acc["timex_ok"] / acc["timex_gold"]) : null,
            Counts = [.. acc.Counts],
            Lists = [.. ScoreAccumulator.ListNames.Select(n => new KeyValuePair<string, IReadOnlyList<string>>(n, acc.List(n)))],
        };
    }

    /// <summary>A dictionary key that keeps JSON types apart, as Python's does ("1" and 1 differ).</summary>
    private static string Key(JsonNode? id) => id is null ? "\0null" : id.ToJsonString();

    private static HashSet<string> Names(JsonObject entity)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ScoreText.Norm(AsString(Get(entity, "name"))) };
        if (Get(entity, "aliases") is JsonArray aliases)
        {
            foreach (var alias in aliases)
            {
                names.Add(ScoreText.Norm(AsString(alias)));
            }
        }

        names.Remove("");
        return names;
    }

    private static string? TypeClass(string? type) => type is "GPE" or "LOC" ? "GPE" : type;

    private static bool TypeOk(JsonObject g, JsonObject p)
    {
        var predicted = TypeClass(AsString(Get(p, "type")));
        var goldType = Get(g, "type");
        return goldType is JsonArray list
            ? list.Any(t => TypeClass(AsString(t)) == predicted)
            : TypeClass(AsString(goldType)) == predicted;
    }

    private static (List<(int Gold, int Predicted)> Pairs, HashSet<int> UsedGold, HashSet<int> UsedPredicted) MatchEntities(
        List<JsonObject> gold, List<JsonObject> predicted)
    {
        var pairs = new List<(int, int)>();
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        for (var stage = 0; stage < 2; stage++)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (usedGold.Contains(i))
                {
                    continue;
                }

                var g = gold[i];
                for (var j = 0; j < predicted.Count; j++)
                {
                    var p = predicted[j];
                    if (usedPredicted.Contains(j) || !TypeOk(g, p))
                    {
                        continue;
                    }

                    var ok = stage == 0
                        ? ScoreText.Norm(AsString(Get(g, "name"))) == ScoreText.Norm(AsString(Get(p, "name")))
                        : Names(g).Overlaps(Names(p));
                    if (ok)
                    {
                        pairs.Add((i, j));
                        usedGold.Add(i);
                        usedPredicted.Add(j);
                        break;
                    }
                }
            }
        }

        return (pairs, usedGold, usedPredicted);
    }

    private static (List<JsonObject> Gold, List<JsonObject> Predicted) ScoreEntities(
        JsonObject gold, JsonObject pred, ScoreAccumulator acc)
    {
        var ge = Objects(Get(gold, "entities"));
        var pe = Objects(Get(pred, "entities")).Where(p => AsString(Get(p, "type")) is { } t && s_named.Contains(t)).ToList();
        var (pairs, usedGold, usedPredicted) = MatchEntities(ge, pe);
        var id = Str(Get(gold, "id"));
        for (var i = 0; i < ge.Count; i++)
        {
            var g = ge[i];
            if (!Truthy(Get(g, "optional")))
            {
                acc.Add("ent_gold", 1);
                if (usedGold.Contains(i))
                {
                    acc.Add("ent_tp", 1);
                }
                else
                {
                    acc.Note("ent_missed", $"{id}: {Str(Get(g, "name"))} ({Str(Get(g, "type"))})");
                }
            }
        }

        acc.Add("ent_pred", pe.Count - pairs.Count(pair => Truthy(Get(ge[pair.Gold], "optional"))));
        for (var j = 0; j < pe.Count; j++)
        {
            if (!usedPredicted.Contains(j))
            {
                acc.Note("ent_spurious", $"{id}: {Str(Get(pe[j], "name"))} ({Str(Get(pe[j], "type"))})");
            }
        }

        foreach (var (i, j) in pairs)
        {
            var country = Get(ge[i], "country");
            if (Truthy(country))
            {
                acc.Add("country_n", 1);
                acc.Add("country_ok", JsonNode.DeepEquals(Get(pe[j], "country"), country) ? 1 : 0);
            }
        }

        return (ge, pe);
    }

    private static double Overlap(string? a, string? b)
    {
        var wa = ScoreText.Words(a);
        var wb = ScoreText.Words(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0.0;
        }

        var counts = wa.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal);
        var intersection = 0;
        foreach (var group in wb.GroupBy(w => w, StringComparer.Ordinal))
        {
            if (counts.TryGetValue(group.Key, out var n))
            {
                intersection += Math.Min(n, group.Count());
            }
        }

        return (double)intersection / Math.Min(wa.Count, wb.Count);
    }

    private static bool SpeakerOk(string? goldSpeaker, string? predictedSpeaker, List<JsonObject> ge, List<JsonObject> pe)
    {
        if (string.IsNullOrEmpty(predictedSpeaker))
        {
            return false;
        }

        var surname = ScoreText.Surname(goldSpeaker);
        if (!string.IsNullOrEmpty(surname) && ScoreText.Split(ScoreText.Norm(predictedSpeaker)).Contains(surname))
        {
            return true;
        }

        var goldNames = new HashSet<string>(StringComparer.Ordinal) { ScoreText.Norm(goldSpeaker) };
        foreach (var g in ge)
        {
            if (ScoreText.Norm(AsString(Get(g, "name"))) == ScoreText.Norm(goldSpeaker))
            {
                goldNames.UnionWith(Names(g));
            }
        }

        var predictedNames = new HashSet<string>(StringComparer.Ordinal) { ScoreText.Norm(predictedSpeaker) };
        foreach (var p in pe)
        {
            if (ScoreText.Norm(AsString(Get(p, "name"))) == ScoreText.Norm(predictedSpeaker))
            {
                predictedNames.UnionWith(Names(p));
            }
        }

        return goldNames.Overlaps(predictedNames);
    }

    private static void ScoreQuotes(JsonObject gold, JsonObject pred, List<JsonObject> ge, List<JsonObject> pe, ScoreAccumulator acc)
    {
        var id = Str(Get(gold, "id"));
        foreach (var direct in new[] { true, false })
        {
            var k = direct ? "dq" : "iq";
            var gq = Objects(Get(gold, "quotes")).Where(q => Truthy(Get(q, "direct")) == direct).ToList();

            // A predicted quote without "direct" counts as direct (q.get('direct', True)).
            var pq = Objects(Get(pred, "quotes"))
                .Where(q => (q.TryGetPropertyValue("direct", out var d) ? Truthy(d) : true) == direct)
                .ToList();
            var used = new HashSet<int>();
            var matchedOptional = 0;
            foreach (var g in gq)
            {
                var best = 0.0;
                var bestIndex = -1;
                for (var j = 0; j < pq.Count; j++)
                {
                    if (used.Contains(j))
                    {
                        continue;
                    }

                    var o = Overlap(AsString(Get(g, "text")), AsString(Get(pq[j], "text")));
                    if (o > best)
                    {
                        best = o;
                        bestIndex = j;
                    }
                }

                var hit = best >= 0.7;
                if (hit)
                {
                    used.Add(bestIndex);
                }

                if (Truthy(Get(g, "optional")))
                {
                    matchedOptional += hit ? 1 : 0;
                    continue;
                }

                acc.Add(k + "_gold", 1);
                var text = AsString(Get(g, "text")) ?? "";
                if (hit)
                {
                    acc.Add(k + "_tp", 1);
                    var scorable = Get(g, "speaker_scorable");
                    var goldSpeaker = AsString(Get(g, "speaker"));
                    var predictedSpeaker = AsString(Get(pq[bestIndex], "speaker"));
                    if (scorable is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.False)
                    {
                        acc.Add(k + "_attr_unscorable", 1);
                    }
                    else if (SpeakerOk(goldSpeaker, predictedSpeaker, ge, pe))
                    {
                        acc.Add(k + "_attr_ok", 1);
                    }
                    else
                    {
                        acc.Note("quote_wrong_speaker", $"{id}: '{Head(text, 50)}' gold={Str(Get(g, "speaker"))} pred={Str(Get(pq[bestIndex], "speaker"))}");
                    }
                }
                else
                {
                    acc.Note("quote_missed", $"{id}: [{(direct ? "direct" : "indirect")}] {Str(Get(g, "speaker"))}: '{Head(text, 60)}'");
                }
            }

            acc.Add(k + "_pred", pq.Count - matchedOptional);
        }
    }

    private static string? Code3(JsonNode? code)
    {
        if (!Truthy(code))
        {
            return null;
        }

        var text = Str(code).ToUpperInvariant();
        return text.Length > 3 ? text[..3] : text;
    }

    private static bool Hits(JsonObject g, EventTriple t)
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

    private static string Modality(JsonObject g) =>
        g.TryGetPropertyValue("modality", out var m) ? (AsString(m) ?? "\0" + Str(m)) : "asserted";

    private static void ScoreEvents(JsonObject gold, JsonObject pred, ScoreAccumulator acc)
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

    private static void ScoreDates(JsonObject gold, JsonObject pred, ScoreAccumulator acc)
    {
        var values = new Dictionary<string, HashSet<string?>>(StringComparer.Ordinal);
        foreach (var d in Objects(Get(pred, "dates")))
        {
            var key = ScoreText.Norm(AsString(Get(d, "text")));
            if (!values.TryGetValue(key, out var set))
            {
                values[key] = set = [];
            }

            set.Add(AsString(Get(d, "value")));
        }

        foreach (var d in Objects(Get(gold, "dates")).Where(d => Truthy(Get(d, "value"))))
        {
            acc.Add("timex_gold", 1);
            var value = AsString(Get(d, "value"));
            var found = value is not null && values.TryGetValue(ScoreText.Norm(AsString(Get(d, "text"))), out var set) && set.Contains(value);
            acc.Add("timex_ok", found ? 1 : 0);
        }
    }

    private static List<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? [.. array.OfType<JsonObject>()] : [];

    /// <summary><c>s[:n]</c>.</summary>
    private static string Head(string text, int length) => text.Length <= length ? text : text[..length];

    /// <summary>One asserted predicted event reduced as score.py reduces it; prints as Python prints the tuple.</summary>
    private readonly record struct EventTriple(string? Source, string? Event, string? Target)
    {
        public override string ToString() => TupleRepr(Source, Event, Target);
    }
}
