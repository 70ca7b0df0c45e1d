namespace Chronicle.Events;

/// <summary>Whether an event is reported as fact, announced, only possible, or denied.</summary>
public enum Modality : byte
{
    Asserted,
    Planned,
    Hypothetical,
    Negated,
}
