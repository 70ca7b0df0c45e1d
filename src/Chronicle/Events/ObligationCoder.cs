using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// "X said Y must/should …": a REQUEST from the speaker to each subject of the obligation, the PLOVER reading of a
/// demand reported as what someone has to do.
/// </summary>
internal sealed class ObligationCoder(ActorResolver resolver)
{
    private static readonly CameoCode s_request = CameoCode.Parse("020");

    private static readonly HashSet<string> s_obligation = new(StringComparer.OrdinalIgnoreCase) { "must", "should", "ought" };

    private readonly ActorResolver _resolver = resolver;

    /// <summary>"Kirby said Xi should use his influence": a REQUEST from the speaker to the subject of the obligation.</summary>
    public void Code(ParseView view, CodingContext context, List<EventAnnotation> events)
    {
        for (var verb = view.Sentence.Start; verb < view.Sentence.End; verb++)
        {
            if (!ArgumentFinder.IsReportingVerb(view, verb))
            {
                continue;
            }

            foreach (var clause in view.Children(verb))
            {
                if (view.Label(clause) != DependencyLabel.Ccomp || !HasObligation(view, clause))
                {
                    continue;
                }

                var speaker = ArgumentFinder.Subject(view, verb, 0);
                var addressee = view.Child(clause, DependencyLabel.Nsubj);
                if (speaker < 0 || addressee < 0)
                {
                    continue;
                }

                var sources = _resolver.ResolveAll(view, context, [speaker]);
                if (sources.Count == 0 || sources[0].Actor is null)
                {
                    continue;
                }

                // "US and British forces must ensure …": a request to each of the coordinated addressees.
                foreach (var target in _resolver.ResolveAll(view, context, [addressee]))
                {
                    if (target.Actor is not null && target.Key != sources[0].Key)
                    {
                        events.Add(Obligation(view, context, verb, sources[0], target));
                    }
                }
            }
        }
    }

    private static EventAnnotation Obligation(ParseView view, CodingContext context, int verb, EventArgument source, EventArgument target)
    {
        var document = context.Document;
        return new EventAnnotation
        {
            Type = PloverType.REQUEST,
            Source = source.Entity,
            Target = target.Entity,
            SourceActor = source.Actor,
            SourceName = source.Name,
            TargetActor = target.Actor,
            TargetName = target.Name,
            Modality = Modality.Asserted,
            Cameo = s_request.Value,
            Goldstein = CameoTable.Default.TryGet(s_request.Value, out var row) ? row.Goldstein : null,
            Date = EventDater.Date(view, verb, ArgumentFinder.ClauseOf(view, verb), document.TimeExpressions),
            Trigger = document.CharRange(new TokenRange(verb, verb + 1)),
            Evidence = [document.CharRange(view.Sentence)],
        };
    }

    private static bool HasObligation(ParseView view, int clause)
    {
        foreach (var child in view.Children(clause))
        {
            if (view.Label(child) == DependencyLabel.Aux && s_obligation.Contains(view.Document.TextOf(child).ToString()))
            {
                return true;
            }
        }

        return false;
    }
}
