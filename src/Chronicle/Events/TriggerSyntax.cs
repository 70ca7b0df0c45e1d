using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>What a trigger's place in the parse says about the event: attributive, conditional, alleged.</summary>
internal static class TriggerSyntax
{
    /// <summary>Whether an "unless" clause hangs on the verb.</summary>
    public static bool IsConditional(ParseView view, int head)
    {
        foreach (var child in view.Children(head))
        {
            if (view.Label(child) == DependencyLabel.Advcl && view.Child(child, DependencyLabel.Mark) is var mark and >= 0 && view.IsWord(mark, "unless"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An attributive participle describes its noun, it reports no event: "the alleged bombers", "proposed
    /// changes", "the rebel-held north". A verb the parse hangs on a noun right after a noun ("drones
    /// struck depots", "an envoy offered terms") is a misparsed predicate and stays an event.
    /// </summary>
    public static bool IsAttributive(ParseView view, LexiconMatch match)
    {
        var head = match.Head;
        if (match.Entry.Kind != TriggerKind.Verb || view.Label(head) != DependencyLabel.Amod || view.Head(head) < head)
        {
            return false;
        }

        var before = head - 1;
        while (before >= view.Sentence.Start && view.Pos(before) == UniversalPos.PUNCT && view.Document.TextOf(before) is "-")
        {
            before--;
        }

        return before < view.Sentence.Start || view.Pos(before) is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON)
            || view.Document.TextOf(head - 1) is "-";
    }

    /// <summary>
    /// "Washington denounced the visit, saying it showed Beijing was providing Moscow with cover": a clause under an
    /// accusation is what the accuser alleges, not a fact the article reports. PLOVER codes the accusation only.
    /// </summary>
    public static bool IsAllegation(ParseView view, int head, HashSet<int> accusations)
    {
        var clausal = false;
        var token = head;
        for (var depth = 0; depth < 16; depth++)
        {
            var label = view.Label(token);
            if (label == DependencyLabel.Advcl && IsUnmarkedFiniteClause(view, token))
            {
                return false;
            }

            clausal |= label is DependencyLabel.Ccomp or DependencyLabel.Advcl or DependencyLabel.Xcomp or DependencyLabel.Acl;
            token = view.Head(token);
            if (token < 0)
            {
                return false;
            }

            if (clausal && accusations.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Days after a court accused Lima of fraud, Quito denounced the visit", parsed with "accused" the root and
    /// "denounced" its adverbial clause: an adverbial clause is introduced by a marker ("because", "if") or is a
    /// participle, so a finite verb with a subject of its own and no marker hung as one is a main clause the parser
    /// demoted, which the article asserts, not a clause of the verb it hangs on.
    /// </summary>
    private static bool IsUnmarkedFiniteClause(ParseView view, int verb) =>
        view.Tag(verb) is "VBD" or "VBZ" or "VBP" && view.HasChild(verb, DependencyLabel.Nsubj) && !view.HasChild(verb, DependencyLabel.Mark);
}
