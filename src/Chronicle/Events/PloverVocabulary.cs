using System.Collections.Frozen;

namespace Chronicle.Events;

/// <summary>
/// The modes of each PLOVER type and the general contexts, as the PLOVER manual (draft 0.8, 2021) lists them.
/// Lexicon rows are checked against these so a typo in a mode or context is a load error, not a silent new label.
/// </summary>
public static class PloverVocabulary
{
    private static readonly FrozenDictionary<PloverType, FrozenSet<string>> s_modes = new Dictionary<PloverType, string[]>
    {
        [PloverType.AGREE] = [],
        [PloverType.CONSULT] = ["visit", "third-party", "multilateral", "phone"],
        [PloverType.SUPPORT] = [],
        [PloverType.CONCEDE] = [],
        [PloverType.COOPERATE] = [],
        [PloverType.AID] = [],
        [PloverType.RETREAT] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        [PloverType.REQUEST] = ["assist", "change", "yield", "meet"],
        [PloverType.ACCUSE] = ["disapprove", "investigate", "allege"],
        [PloverType.REJECT] = ["assist", "change", "yield", "meet"],
        [PloverType.THREATEN] = ["restrict", "arrest", "relations", "expel", "territory", "violence"],
        [PloverType.PROTEST] = ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        [PloverType.SANCTION] = ["convict", "expel", "withdraw", "discontinue"],
        [PloverType.MOBILIZE] = ["troops", "weapons", "police", "militia"],
        [PloverType.COERCE] = ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"],
        [PloverType.ASSAULT] =
        [
            "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
            "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
        ],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal));

    private static readonly FrozenSet<string> s_contexts = FrozenSet.ToFrozenSet(
    [
        "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
        "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
        "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
        "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
        "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
    ], StringComparer.Ordinal);

    /// <summary>The modes the manual defines for a type (empty for types without modes).</summary>
    public static IReadOnlySet<string> ModesOf(PloverType type) => s_modes[type];

    public static bool IsMode(PloverType type, string mode) => s_modes[type].Contains(mode);

    /// <summary>The general contexts of the manual's table, usable with any type.</summary>
    public static IReadOnlySet<string> Contexts => s_contexts;

    public static bool IsContext(string context) => s_contexts.Contains(context);
}
