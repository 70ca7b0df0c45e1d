namespace Chronicle.Events;

/// <summary>The modality of one event trigger and the cues that decided it (empty when asserted).</summary>
public readonly record struct ModalityAssessment(Modality Modality, IReadOnlyList<ModalityCueMatch> Cues)
{
    public static ModalityAssessment Asserted { get; } = new(Modality.Asserted, []);
}
