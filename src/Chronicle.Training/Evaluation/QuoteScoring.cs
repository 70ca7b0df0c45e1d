using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static Chronicle.Training.Evaluation.ArticleScorer;
using static Chronicle.Training.Evaluation.PythonValues;

namespace Chronicle.Training.Evaluation;

/// <summary>score.py's <c>score_quotes</c>: direct and indirect quotes by word overlap, speakers by surname or entity names.</summary>
internal static class QuoteScoring
{
    internal static double Overlap(string? a, string? b)
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

    internal static bool SpeakerOk(string? goldSpeaker, string? predictedSpeaker, List<JsonObject> ge, List<JsonObject> pe)
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

    private static readonly Regex _describedSpeaker = new(
        @"[,(]| of |^(the|a|an) ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly HashSet<string> _pronouns = new(["he", "she", "they", "it", "we", "i", "you", "his", "her"], StringComparer.Ordinal);

    /// <summary>
    /// A gold speaker written as a bare name ("Nancy Pelosi", "Sen. Warren"), not a description ("the senator",
    /// "Rep. X (D-N.C.), head of …") or a pronoun: score.py's surname test takes the last capitalised word of a
    /// description ("Caucus"), which no speaker name can match.
    /// </summary>
    internal static bool IsPlainName(string? speaker) =>
        !string.IsNullOrWhiteSpace(speaker) && char.IsUpper(speaker[0]) && !_describedSpeaker.IsMatch(speaker)
        && !_pronouns.Contains(speaker.Trim().ToLowerInvariant());

    internal static void ScoreQuotes(JsonObject gold, JsonObject pred, List<JsonObject> ge, List<JsonObject> pe, ScoreAccumulator acc)
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
                        if (direct && IsPlainName(goldSpeaker))
                        {
                            acc.AddNamedSpeaker(right: true);
                        }
                    }
                    else
                    {
                        if (direct && IsPlainName(goldSpeaker))
                        {
                            acc.AddNamedSpeaker(right: false);
                        }

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
}
