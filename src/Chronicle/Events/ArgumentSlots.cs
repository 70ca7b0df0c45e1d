namespace Chronicle.Events;

/// <summary>
/// Where one trigger's arguments are in the parse: the head tokens of its source and target, the head of the
/// clause the trigger belongs to, and the subject of the reporting verb above that clause ("A says B attacked C":
/// A), each -1 when absent. <see cref="Modifiers"/> are an event noun's adjective and compound modifiers
/// ("a Russian attack", "Xi's Moscow visit"): the coder gives the first actor among them the open source slot,
/// then the open target slot.
/// </summary>
internal sealed record ArgumentSlots(IReadOnlyList<int> Sources, IReadOnlyList<int> Targets, IReadOnlyList<int> Modifiers, int Clause, int Reporter, int ReportingVerb);
