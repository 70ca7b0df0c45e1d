using System.Globalization;
using System.Text;

namespace Chronicle.Training.Evaluation;

/// <summary>The figures shared/tools/score.py prints, in its order, with its rounding, plus its counts and message lists.</summary>
public sealed record ArticleScoreReport
{
    /// <summary>Most messages a verbose list prints, as score.py does.</summary>
    public const int VerboseLimit = 400;

    public required int Articles { get; init; }

    public required int ArticlesMissing { get; init; }

    public required Prf? Entity { get; init; }

    public required double? EntityCountryAccuracy { get; init; }

    public required Prf? DirectQuote { get; init; }

    public required double? DirectQuoteAttributionAccuracy { get; init; }

    public required double? IndirectQuoteRecall { get; init; }

    public required Prf? Event { get; init; }

    public required int EventModalityErrors { get; init; }

    public required double? EventDateAccuracy { get; init; }

    public required double? TimexAccuracy { get; init; }

    /// <summary>
    /// Beyond score.py: direct-quote attribution over gold speakers that are plain names (issue 6's "named
    /// speakers"), with its count; null when no such quote was found.
    /// </summary>
    public double? DirectQuoteNamedSpeakerAccuracy { get; init; }

    public int DirectQuoteNamedSpeakers { get; init; }

    /// <summary>score.py's integer counts, in its order.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> Counts { get; init; }

    /// <summary>The seven message lists (ent_missed … ev_modality_list), in score.py's order.</summary>
    public required IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Lists { get; init; }

    /// <summary>The metric lines score.py prints without <c>--json</c>: <c>name: value</c>.</summary>
    public IEnumerable<(string Name, string Value)> Metrics()
    {
        yield return ("articles", Articles.ToString(CultureInfo.InvariantCulture));
        yield return ("articles_missing", ArticlesMissing.ToString(CultureInfo.InvariantCulture));
        yield return ("entity_prf", Format(Entity));
        yield return ("entity_country_acc", Format(EntityCountryAccuracy));
        yield return ("direct_quote_prf", Format(DirectQuote));
        yield return ("direct_quote_attr_acc", Format(DirectQuoteAttributionAccuracy));
        yield return ("indirect_quote_recall", Format(IndirectQuoteRecall));
        yield return ("event_prf", Format(Event));
        yield return ("event_modality_errors", EventModalityErrors.ToString(CultureInfo.InvariantCulture));
        yield return ("event_date_acc", Format(EventDateAccuracy));
        yield return ("timex_acc", Format(TimexAccuracy));
    }

    /// <summary>Exactly the text score.py prints, with its verbose lists when asked.</summary>
    public string ToText(bool verbose)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in Metrics())
        {
            builder.Append(name).Append(": ").Append(value).Append('\n');
        }

        if (verbose)
        {
            foreach (var (name, messages) in Lists)
            {
                builder.Append("-- ").Append(name).Append(" (").Append(messages.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n");
                foreach (var message in messages.Take(VerboseLimit))
                {
                    builder.Append("    ").Append(message).Append('\n');
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The object score.py prints with <c>--json</c>, in json.dumps's layout (", " and ": ", floats as Python prints them).</summary>
    public string ToJson()
    {
        var fields = new List<string>
        {
            Field("articles", Articles.ToString(CultureInfo.InvariantCulture)),
            Field("articles_missing", ArticlesMissing.ToString(CultureInfo.InvariantCulture)),
            Field("entity_prf", Json(Entity)),
            Field("entity_country_acc", Json(EntityCountryAccuracy)),
            Field("direct_quote_prf", Json(DirectQuote)),
            Field("direct_quote_attr_acc", Json(DirectQuoteAttributionAccuracy)),
            Field("indirect_quote_recall", Json(IndirectQuoteRecall)),
            Field("event_prf", Json(Event)),
            Field("event_modality_errors", EventModalityErrors.ToString(CultureInfo.InvariantCulture)),
            Field("event_date_acc", Json(EventDateAccuracy)),
            Field("timex_acc", Json(TimexAccuracy)),
            Field("counts", "{" + string.Join(", ", Counts.Select(c => Field(c.Key, c.Value.ToString(CultureInfo.InvariantCulture)))) + "}"),
        };
        return "{" + string.Join(", ", fields) + "}";
    }

    private static string Field(string name, string value) => $"\"{name}\": {value}";

    private static string Json(Prf? prf) => prf is { } p
        ? $"[{PythonValues.FloatRepr(p.Precision)}, {PythonValues.FloatRepr(p.Recall)}, {PythonValues.FloatRepr(p.F1)}]"
        : "null";

    private static string Json(double? value) => value is { } v ? PythonValues.FloatRepr(v) : "null";

    private static string Format(Prf? prf) => prf is { } p
        ? $"({PythonValues.FloatRepr(p.Precision)}, {PythonValues.FloatRepr(p.Recall)}, {PythonValues.FloatRepr(p.F1)})"
        : "None";

    private static string Format(double? value) => value is { } v ? PythonValues.FloatRepr(v) : "None";
}
