using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Arguments without a parse, or where the parse missed them: the nearest actor before the trigger is the source,
/// the nearest after it the target, where the lexicon lets a target stand.
/// </summary>
internal sealed class LinearArgumentFinder(ActorResolver resolver)
{
    private readonly ActorResolver _resolver = resolver;

    /// <summary>Without a parse: the nearest actor before the trigger is the source, the nearest after it the target.</summary>
    public ArgumentSlots Find(ParseView view, CodingContext context, LexiconMatch match)
    {
        var found = new List<EventArgument>();
        var source = -1;

        // A name before a pronoun: "Xi, for his part, praised" is Xi's act.
        for (var pass = 0; pass < 2 && source < 0; pass++)
        {
            for (var t = match.Tokens.Start - 1; t >= view.Sentence.Start && source < 0; t--)
            {
                if (pass == 0 && (ActorResolver.IsPronoun(view, t) || (context.EntityOfToken[t] < 0 && !char.IsUpper(view.Document.TextOf(t)[0]))))
                {
                    continue;
                }

                found.Clear();
                _resolver.Resolve(view, context, t, found);
                source = found.Count > 0 ? t : -1;
            }
        }

        var target = -1;
        for (var t = match.Tokens.End; t < view.Sentence.End && target < 0; t++)
        {
            found.Clear();
            _resolver.Resolve(view, context, t, found);
            target = found.Count > 0 && (source < 0 || context.EntityOfToken[t] < 0 || context.EntityOfToken[t] != context.EntityOfToken[source]) ? t : -1;
        }

        // "Egypt hosted Jordan's king": where the lexicon reads the source from the object, the sides swap.
        if (match.Entry.Source.Count > 0 && match.Entry.Source[0].Role == ArgumentRole.Object)
        {
            (source, target) = (target, source);
        }

        var sources = source >= 0 ? new[] { source } : [];
        var targets = target >= 0 && TargetFits(view, context, match.Entry, target) ? new[] { target } : [];
        return new ArgumentSlots(sources, targets, [], match.Head, -1, -1);
    }

    /// <summary>Without a parse, a target must stand where the lexicon says: any object, or after one of its prepositions.</summary>
    private static bool TargetFits(ParseView view, CodingContext context, EventLexiconEntry entry, int target)
    {
        var first = target;
        while (first > view.Sentence.Start && context.EntityOfToken[target] >= 0 && context.EntityOfToken[first - 1] == context.EntityOfToken[target])
        {
            first--;
        }

        foreach (var hint in entry.Target)
        {
            if (hint.Role is ArgumentRole.Object or ArgumentRole.IndirectObject or ArgumentRole.Subject)
            {
                return true;
            }

            for (var t = first - 1; t >= view.Sentence.Start && t >= first - 3; t--)
            {
                if (hint.Role == ArgumentRole.Oblique && view.IsWord(t, hint.Preposition!))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
