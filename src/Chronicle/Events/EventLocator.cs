using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Events;

/// <summary>
/// Places an event: an "in/at/near &lt;place&gt;" oblique of the trigger or of its clause's verb whose head is a place
/// entity (GPE, LOC, FAC) or, without entities, a place the knowledge base knows; else the dateline, for a
/// physical event reported as fact (meetings, protests, force, deployments) in a sentence that names no other
/// place — news datelines name where such events were witnessed.
/// </summary>
internal sealed class EventLocator
{
    private static readonly HashSet<string> s_placePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "inside", "outside" };

    private readonly ActorKnowledgeBase _knowledge;

    public EventLocator(ActorKnowledgeBase knowledge) => _knowledge = knowledge;

    public string? Locate(ParseView view, CodingContext context, int triggerHead, int clause, PloverType type, Modality modality)
    {
        if (view.IsParsed)
        {
            var place = PlaceUnder(view, context, triggerHead) ?? (clause != triggerHead ? PlaceUnder(view, context, clause) : null);
            if (place is not null)
            {
                return place;
            }
        }

        var dateline = context.Document.Metadata.Dateline;
        if (dateline is null || modality != Modality.Asserted
            || type is not (PloverType.CONSULT or PloverType.PROTEST or PloverType.MOBILIZE or PloverType.COERCE or PloverType.ASSAULT))
        {
            return null;
        }

        for (var t = view.Sentence.Start; t < view.Sentence.End; t++)
        {
            if (context.EntityAt(t) is { Type: EntityType.GPE or EntityType.LOC or EntityType.FAC } other
                && !other.Name.Equals(dateline, StringComparison.OrdinalIgnoreCase) && s_placePrepositions.Contains(PrepositionBefore(view, t)))
            {
                return null;
            }
        }

        return dateline;
    }

    private string? PlaceUnder(ParseView view, CodingContext context, int head)
    {
        foreach (var child in view.Children(head))
        {
            if (view.Label(child) is not (DependencyLabel.Obl or DependencyLabel.Nmod) || view.CaseOf(child) is not { } preposition
                || !s_placePrepositions.Contains(preposition))
            {
                continue;
            }

            if (context.EntityAt(child) is { } entity)
            {
                if (entity.Type is EntityType.GPE or EntityType.LOC or EntityType.FAC)
                {
                    return entity.Name;
                }

                continue;
            }

            if (view.Pos(child) is UniversalPos.PROPN or UniversalPos.None && IsKnownPlace(view.Document.TextOf(child)))
            {
                return PlaceText(view, child);
            }
        }

        return null;
    }

    private bool IsKnownPlace(ReadOnlySpan<char> surface)
    {
        if (surface.IsEmpty || !char.IsUpper(surface[0]))
        {
            return false;
        }

        foreach (var candidate in _knowledge.Lookup(surface))
        {
            if (candidate.Entry is Country && candidate.Form is SurfaceForm.Name or SurfaceForm.Alias or SurfaceForm.Capital or SurfaceForm.City)
            {
                return true;
            }

            if (candidate.Entry is SeatOfPower { IsPlace: true } or Region)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place's words: its compound and flat parts with the head ("the Kremlin" keeps its article off).</summary>
    private static string PlaceText(ParseView view, int head)
    {
        var first = head;
        var last = head;
        foreach (var child in view.Children(head))
        {
            if (view.Label(child) is DependencyLabel.Compound or DependencyLabel.Flat)
            {
                first = Math.Min(first, child);
                last = Math.Max(last, child);
            }
        }

        var tokens = view.Document.Tokens;
        return view.Document.Text[tokens[first].Start..tokens[last].End];
    }

    private static string PrepositionBefore(ParseView view, int token)
    {
        for (var t = token - 1; t >= view.Sentence.Start && t >= token - 3; t--)
        {
            var word = view.Document.TextOf(t).ToString().ToLowerInvariant();
            if (s_placePrepositions.Contains(word))
            {
                return word;
            }
        }

        return "";
    }
}
