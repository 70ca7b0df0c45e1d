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
                QuoteScoring.ScoreQuotes(g, p, ge, pe, acc);
            }

            if (layers.Contains("events"))
            {
                EventScoring.ScoreEvents(g, p, acc);
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
            DirectQuoteNamedSpeakerAccuracy = acc.NamedSpeakerAttribution.Scored != 0
                ? Round3((double)acc.NamedSpeakerAttribution.Right / acc.NamedSpeakerAttribution.Scored)
                : null,
            DirectQuoteNamedSpeakers = acc.NamedSpeakerAttribution.Scored,
            Counts = [.. acc.Counts],
            Lists = [.. ScoreAccumulator.ListNames.Select(n => new KeyValuePair<string, IReadOnlyList<string>>(n, acc.List(n)))],
        };
    }

    /// <summary>A dictionary key that keeps JSON types apart, as Python's does ("1" and 1 differ).</summary>
    private static string Key(JsonNode? id) => id is null ? "\0null" : id.ToJsonString();

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

    internal static HashSet<string> Names(JsonObject entity)
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

    internal static List<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? [.. array.OfType<JsonObject>()] : [];

    /// <summary><c>s[:n]</c>.</summary>
    internal static string Head(string text, int length) => text.Length <= length ? text : text[..length];
}
