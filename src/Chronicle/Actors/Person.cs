namespace Chronicle.Actors;

/// <summary>A person of the knowledge base with every office held since 2000, ordered by start date.</summary>
public sealed record Person : ActorEntry
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required IReadOnlyList<OfficeTerm> Terms { get; init; }

    /// <summary>
    /// The most senior office held on <paramref name="date"/> (head of state, head of government, deputy, then
    /// ministers), or null when the person held none of the recorded offices then.
    /// </summary>
    public OfficeTerm? TermAt(DateOnly date)
    {
        // Indexed loops: foreach over the IReadOnlyList interface would allocate an enumerator per call.
        OfficeTerm? best = null;
        for (var i = 0; i < Terms.Count; i++)
        {
            var term = Terms[i];
            if (term.Covers(date) && (best is null || term.Kind < best.Kind))
            {
                best = term;
            }
        }

        return best;
    }

    /// <summary>The last office that ended on or before <paramref name="date"/>: what a "former" title refers to.</summary>
    public OfficeTerm? LastTermBefore(DateOnly date)
    {
        OfficeTerm? last = null;
        for (var i = 0; i < Terms.Count; i++)
        {
            var term = Terms[i];
            if (term.End is { } end && end <= date && (last is null || end > last.End))
            {
                last = term;
            }
        }

        return last;
    }
}
