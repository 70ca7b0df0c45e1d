using System.Collections.Frozen;

namespace Chronicle.Actors;

/// <summary>
/// The fixed vocabularies of actor codes: non-state prefixes and sector codes. CAMEO conventions, with
/// PLOVER's additions; see data/actors/README.md for the choices.
/// </summary>
public static class ActorCodes
{
    /// <summary>
    /// Prefixes that are not countries: CAMEO's international and transnational codes (IGO, NGO, NGM, MNC, IMG,
    /// ISM and PLOVER's UNO and EUR) and Kosovo's KOS. CAMEO region codes (WST, AFR, …) come from regions.tsv.
    /// </summary>
    public static IReadOnlyList<string> NonStatePrefixes { get; } = ["IGO", "NGO", "NGM", "MNC", "IMG", "ISM", "UNO", "EUR", "KOS"];

    /// <summary>
    /// Sector codes: CAMEO's (MED = media, HLH = health) and PLOVER's additions (JRN, PRE, SOC, UAF, UNK, PRM).
    /// The data uses CAMEO's meanings, as the article format's examples do (ITAMED for a newspaper).
    /// </summary>
    public static IReadOnlyList<string> Sectors { get; } =
    [
        "GOV", "MIL", "JUD", "LEG", "REB", "OPP", "PTY", "COP", "SPY", "MED", "HLH", "EDU", "BUS", "CVL", "REF",
        "LAB", "AGR", "REL", "ELI", "CRM", "UAF", "UNK", "PRM", "PRE", "SOC", "JRN", "NGO", "IGO", "MNC", "ENV",
        "HRI", "INS", "SEP", "MOD", "RAD",
    ];

    /// <summary>
    /// CAMEO-style known-group codes that follow IGO/NGO in organisation codes (IGOUNO, IGOWSTNAT, IGONGOAMN …).
    /// Listed so a typo in organisations.tsv fails the load instead of minting a new group.
    /// </summary>
    public static IReadOnlyList<string> KnownGroups { get; } =
    [
        "UNO", "EEC", "NAT", "AFU", "ASN", "OPC", "ARL", "GCC", "SCO", "BRC", "GSV", "GTW", "WBK", "IMF", "WTO", "OSC",
        "OAS", "OIC", "CWN", "IRC", "MSF", "AMN", "HRW", "APC", "CIS", "CSO", "ECO", "ECW", "SAD", "OEC", "IOM",
        "ILO", "FAO", "WHO", "WFP", "IAE", "UNH", "UNC", "UNE", "UNP", "UNR", "ICJ", "ITP", "BIS", "ADB", "AFB", "IDB",
        "EBR", "ECB", "PAC", "RSF", "GRP", "TRI", "CPJ", "OPW", "ICG", "NAM", "EFT", "MER", "APE", "CAR", "IGD",
        "EAC", "CEM", "SAR", "AIB", "NDB", "QUA", "AUK", "FVE", "CTB", "COE", "HAM", "HEZ", "TAL", "ISI", "ALQ", "HTS",
        "HOU", "WAG", "PKK", "SHB", "BOK", "FAR", "ELN", "PIJ", "SDF",
    ];

    private static readonly FrozenSet<string> _sectors = Sectors.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> _groups = KnownGroups.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnownSector(string code) => _sectors.Contains(code);

    public static bool IsKnownGroup(string code) => _groups.Contains(code);
}
