namespace Chronicle.Events;

/// <summary>
/// PLOVER's composition rules the lexicon cannot express: a stated intention to cooperate is an AGREE event, one to
/// retreat or concede a CONCEDE event, and a stated intention to harm a THREATEN event, all reported as fact (the statement happened); a feared, asked-about
/// or conditional event (a cue without intent: "might", "whether", "if") keeps its own type and modality.
/// </summary>
internal static class EventComposer
{
    private static readonly HashSet<string> s_commitments = new(StringComparer.Ordinal) { "agree", "pledge", "promise", "vow", "commit", "offer" };

    /// <summary>The type, CAMEO code and modality an event takes once the intent rule has been applied.</summary>
    public static (PloverType Type, CameoCode Cameo, Modality Modality, bool Composed) ApplyIntent(PloverType type, CameoCode cameo, ModalityAssessment assessment)
    {
        if (assessment.Modality is not (Modality.Planned or Modality.Hypothetical) || !assessment.ExpressesIntent)
        {
            return (type, cameo, assessment.Modality, false);
        }

        foreach (var cue in assessment.Cues)
        {
            if (cue.Cue.Modality == Modality.Negated || (cue.Cue.Modality == Modality.Hypothetical && !cue.Cue.ExpressesIntent))
            {
                return (type, cameo, assessment.Modality, false);
            }
        }

        var composed = type switch
        {
            PloverType.CONSULT => "036",
            PloverType.SUPPORT => "032",
            PloverType.COOPERATE => "031",
            PloverType.AID => "033",
            PloverType.RETREAT or PloverType.CONCEDE => "035",
            PloverType.SANCTION or PloverType.COERCE or PloverType.MOBILIZE => "130",
            PloverType.ASSAULT => "138",
            _ => null,
        };
        if (composed is null)
        {
            return (type, cameo, assessment.Modality, false);
        }

        // The PLOVER manual (AGREE, CONCEDE, RETREAT notes): "announced … would withdraw troops" is a CONCEDE, and a
        // future concession stays one; CAMEO still calls it an intent to yield (035).
        // An agreement or promise to retreat ("agreed to lift the embargo") is still an AGREE: the cue is one.
        var composedType = composed[0] == '1' ? PloverType.THREATEN
            : type is PloverType.RETREAT or PloverType.CONCEDE && !assessment.Cues.Any(c => IsCommitment(c.Cue)) ? PloverType.CONCEDE
            : PloverType.AGREE;
        return (composedType, CameoCode.Parse(composed), Modality.Asserted, true);
    }

    private static bool IsCommitment(ModalityCue cue) =>
        cue.ExpressesIntent && s_commitments.Contains(cue.Phrase.Split(' ')[0]);
}
