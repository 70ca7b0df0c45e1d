using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>
/// The classes named mentions are scored in against GUM. GUM has one <c>place</c> type, so every place type of the
/// article record — GPE, LOC and FAC (GUM annotates buildings, airports and bridges as places) — is scored as
/// <see cref="Place"/>; the other types keep their own class.
/// </summary>
public enum MentionClass
{
    Person,
    Org,
    Place,
    Norp,
    Event,
}
