using System.Collections.Frozen;
using System.Globalization;

namespace Chronicle.Store;

/// <summary>
/// Numbers derived from an event's codes: the Goldstein cooperation–conflict scale of its CAMEO code
/// (the GDELT lookup table, embedded), the PLOVER quad class of its type, and the CAMEO root quad class
/// GDELT uses. Events that come without a CAMEO code get the code of their PLOVER type's root category.
/// </summary>
public static class EventScales
{
    private static readonly FrozenDictionary<string, double> s_goldstein = LoadGoldstein();

    // PLOVER manual, table "Quad categories in PLOVER" (SANCTION is listed there as verbal conflict).
    private static readonly FrozenDictionary<string, int> s_ploverQuad = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = 1,
        ["CONSULT"] = 1,
        ["SUPPORT"] = 1,
        ["CONCEDE"] = 1,
        ["COOPERATE"] = 2,
        ["AID"] = 2,
        ["RETREAT"] = 2,
        ["REQUEST"] = 3,
        ["ACCUSE"] = 3,
        ["REJECT"] = 3,
        ["SANCTION"] = 3,
        ["THREATEN"] = 3,
        ["PROTEST"] = 4,
        ["MOBILIZE"] = 4,
        ["COERCE"] = 4,
        ["ASSAULT"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The general ("not specified below") CAMEO code of the root category each PLOVER type comes from
    // in shared/spec/plover/CAMEO2PLOVER-2021.txt.
    private static readonly FrozenDictionary<string, string> s_defaultCameo = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = "030",
        ["CONSULT"] = "040",
        ["SUPPORT"] = "050",
        ["CONCEDE"] = "080",
        ["COOPERATE"] = "060",
        ["AID"] = "070",
        ["RETREAT"] = "084",
        ["REQUEST"] = "100",
        ["ACCUSE"] = "112",
        ["REJECT"] = "120",
        ["THREATEN"] = "130",
        ["PROTEST"] = "140",
        ["MOBILIZE"] = "150",
        ["SANCTION"] = "160",
        ["COERCE"] = "170",
        ["ASSAULT"] = "180",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 for an unknown type.</summary>
    public static int PloverQuad(string eventType) => s_ploverQuad.GetValueOrDefault(eventType);

    /// <summary>The CAMEO code to report for an event: its own, else its PLOVER type's root code.</summary>
    public static string? CameoFor(string? cameo, string eventType) =>
        string.IsNullOrWhiteSpace(cameo) ? s_defaultCameo.GetValueOrDefault(eventType) : cameo.Trim();

    /// <summary>The event's Goldstein score: the given one, else its CAMEO code's, else its root category's.</summary>
    public static double Goldstein(double? given, string? cameo, string eventType)
    {
        if (given is double value)
        {
            return value;
        }

        var code = CameoFor(cameo, eventType);
        while (code is { Length: >= 2 })
        {
            if (s_goldstein.TryGetValue(code, out var score))
            {
                return score;
            }

            code = code[..^1];
        }

        return 0;
    }

    /// <summary>GDELT's QuadClass from the CAMEO root: 01–05, 06–09, 10–14, 15–20.</summary>
    public static int CameoQuad(string cameo)
    {
        if (cameo.Length < 2 || !int.TryParse(cameo.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root))
        {
            return 0;
        }

        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => 0,
        };
    }

    private static FrozenDictionary<string, double> LoadGoldstein()
    {
        using var stream = typeof(EventScales).Assembly.GetManifestResourceStream("Chronicle.Store.cameo-goldstein.tsv")
            ?? throw new InvalidOperationException("The embedded CAMEO Goldstein table is missing from Chronicle.Store.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, double>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                table[parts[0].Trim()] = score;
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
