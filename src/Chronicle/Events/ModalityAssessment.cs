namespace Chronicle.Events;

/// <summary>The modality of one event trigger and the cues that decided it (empty when asserted).</summary>
public readonly record struct ModalityAssessment(Modality Modality, IReadOnlyList<ModalityCueMatch> Cues)
{
    public static ModalityAssessment Asserted { get; } = new(Modality.Asserted, []);

    /// <summary>True when a cue that applies states the subject's intention (see <see cref="ModalityCue.ExpressesIntent"/>).</summary>
    public bool ExpressesIntent
    {
        get
        {
            foreach (var cue in Cues)
            {
                if (cue.Cue.ExpressesIntent)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
