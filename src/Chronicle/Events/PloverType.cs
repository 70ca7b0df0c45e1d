namespace Chronicle.Events;

/// <summary>The 16 event types of PLOVER (shared/spec/plover).</summary>
public enum PloverType : byte
{
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT,
}
