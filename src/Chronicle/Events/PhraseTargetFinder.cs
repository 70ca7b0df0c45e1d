using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Targets the parse does not hand over directly: the actor inside a target phrase whose head names none, in a
/// verb's complement clause, in the subject of a demand's or accusation's clause, or on the light noun an event noun
/// is compounded into.
/// </summary>
internal sealed class PhraseTargetFinder(ActorResolver resolver)
{
    private const int MaxPhraseDepth = 4;

    private readonly ActorResolver _resolver = resolver;

    /// <summary>The target actors found inside the trigger's phrases, none of them one of the sources.</summary>
    public List<EventArgument> Find(ParseView view, CodingContext context, LexiconMatch match, ArgumentSlots slots, HashSet<int> triggerHeads, List<EventArgument> sources) =>
        ResolveWithin(view, context, TargetPhrases(view, match, slots, triggerHeads), IsStance(match) ? slots.Targets : [], sources);

    // Attitudes towards something: the place of the thing is not whom the attitude is about. A protest or an
    // attack at a place is aimed at whoever holds it ("rioted at a jail in Zenda").
    private static bool IsStance(LexiconMatch match) => match.Entry.Type is PloverType.SUPPORT or PloverType.REJECT or PloverType.ACCUSE;

    private static bool IsPhysical(LexiconMatch match) => match.Entry.Type is PloverType.RETREAT or PloverType.AID or PloverType.SANCTION
        or PloverType.MOBILIZE or PloverType.COERCE or PloverType.ASSAULT;

    /// <summary>
    /// Where a target phrase names no actor at its head, the phrases to look inside: the target slots ("rejected
    /// calls by Belarus's rulers"), and a verb's complement clause ("threatened to resume attacks in Israel",
    /// "agreed to lift embargoes on sales to Iran"), whose arguments say whom the promise or threat is about.
    /// </summary>
    private static List<int> TargetPhrases(ParseView view, LexiconMatch match, ArgumentSlots slots, HashSet<int> triggerHeads)
    {
        // A physical act is done to its object itself: "released a proposal" releases no one, whoever the proposal
        // names. Statements and stances are about what their object says or who did it.
        var physical = IsPhysical(match);
        var phrases = new List<int>();
        foreach (var target in slots.Targets)
        {
            if (!physical || view.Label(target) is not (DependencyLabel.Obj or DependencyLabel.NsubjPass or DependencyLabel.Iobj))
            {
                phrases.Add(target);
            }
        }

        // An embedded clause that is an event of its own ("threatened to break off relations with X") is coded
        // on its own, its target with it.
        // "started a peace effort on Friday between Velmora and Ostrava": a noun compounded into
        // another has its arguments on that noun, wherever the parse hung them.
        if (slots.Targets.Count == 0 && ArgumentFinder.CarrierNoun(view, match) is var carrier and >= 0)
        {
            phrases.Add(carrier);
        }

        if (match.Entry.Kind == TriggerKind.Verb)
        {
            foreach (var child in view.Children(match.Head))
            {
                if ((view.Label(child) == DependencyLabel.Xcomp || ParseShapeRepairs.IsObjectPredicate(view, child)) && !match.Tokens.Contains(child) && !triggerHeads.Contains(child))
                {
                    phrases.Add(child);
                }

                // "demanded that its partners refuse …", "charged that Israel violated …": a demand or an
                // accusation is addressed to the subject of what it says.
                if (view.Label(child) == DependencyLabel.Ccomp && match.Entry.Type is PloverType.REQUEST or PloverType.ACCUSE
                    && view.Child(child, DependencyLabel.Nsubj) is var addressee and >= 0)
                {
                    phrases.Add(addressee);
                }
            }
        }

        return phrases;
    }

    /// <summary>
    /// The actors nearest below the heads of phrases: the first depth that holds an actor other than the sources
    /// gives all of its actors. Relative, adverbial and reported clauses are not entered: they say something else.
    /// </summary>
    /// <remarks>
    /// A stance about a thing ("opposition to the war in Zenda", "praised the talks in Oslo") is not
    /// about the place where that thing is: an "in"/"at" phrase on a target noun of <paramref name="stanceTargets"/>
    /// that names no kind of actor itself is not entered ("the government in Zenda" is).
    /// </remarks>
    private List<EventArgument> ResolveWithin(ParseView view, CodingContext context, List<int> phrases, IReadOnlyList<int> stanceTargets, List<EventArgument> sources)
    {
        var found = new List<EventArgument>();
        foreach (var phrase in phrases)
        {
            _resolver.Resolve(view, context, phrase, found);
        }

        found.RemoveAll(a => a.Actor is null || sources.Exists(s => s.Key == a.Key || s.Country == a.Country));
        var level = new List<int>(phrases);
        var next = new List<int>();
        for (var depth = 0; depth < MaxPhraseDepth && level.Count > 0 && found.Count == 0; depth++)
        {
            next.Clear();
            foreach (var token in level)
            {
                foreach (var child in view.Children(token))
                {
                    if (view.Label(child) is DependencyLabel.AclRelcl or DependencyLabel.Advcl or DependencyLabel.Ccomp or DependencyLabel.Parataxis
                        or DependencyLabel.Punct or DependencyLabel.Conj or DependencyLabel.Appos)
                    {
                        continue;
                    }

                    if ((depth == 0 && stanceTargets.Contains(token) && IsPlaceOf(view, token, child)) || IsSetOffByComma(view, token, child))
                    {
                        continue;
                    }

                    _resolver.Resolve(view, context, child, found);
                    next.Add(child);

                    // "sales to Iran, Libya, North Korea": the rest of a list the parse hung elsewhere.
                    if (ParseRepairs.ListContinuation(view, child) is var rest and >= 0)
                    {
                        _resolver.Resolve(view, context, rest, found);
                    }
                }
            }

            found.RemoveAll(a => a.Actor is null || sources.Exists(s => s.Key == a.Key || s.Country == a.Country));
            (level, next) = (next, level);
        }

        return found;
    }

    /// <summary>
    /// "deliver blows to X and Y, a Zenda weekly reports": a phrase after its head and a comma is a parenthetical
    /// or an attribution however the parser labels it, not part of the target phrase. A name after a comma is
    /// entered: it continues a list of names the parse may have hung anywhere ("sales to Iran, Libya, Sudan").
    /// </summary>
    private static bool IsSetOffByComma(ParseView view, int head, int child)
    {
        if (child < head || view.Pos(child) == UniversalPos.PROPN)
        {
            return false;
        }

        var first = child;
        while (first - 1 > head && !view.IsWord(first - 1, ",") && view.Dominates(child, first - 1))
        {
            first--;
        }

        return first - 1 > head && view.IsWord(first - 1, ",");
    }

    private bool IsPlaceOf(ParseView view, int noun, int child) =>
        view.Pos(noun) == UniversalPos.NOUN && view.Label(child) == DependencyLabel.Nmod && view.CaseOf(child) is "in" or "at"
        && !_resolver.IsActorNoun(view, noun);
}
