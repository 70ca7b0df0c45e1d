using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Parse shapes of the same sentence that parsers trained with other seeds or data give where the committed one
/// gives another, read by the event coder as the shape it was written for: a name apposed to a noun subject read as a
/// second subject, a list of names split after its first item, a participle clause on the object read as an adverbial
/// clause. Each says when a shape is the mistake, from the shape alone; see also <see cref="ParseRepairs"/>.
/// </summary>
internal static class ParseShapeRepairs
{
    /// <summary>
    /// "Zenda's envoy, Maria Lopez, opened talks", parsed with both "envoy" and "Lopez" as subjects of "opened": a
    /// clause has one subject, and a name set off by a comma right after a common-noun subject is its apposition
    /// (the shape <see cref="ParseRepairs.Named"/> reads). Each verb's later name subject is hung on the noun subject before it
    /// when only a comma (and the name's own words) lies between the noun's phrase and the name. Returns whether the
    /// tree changed.
    /// </summary>
    public static bool JoinSplitAppositions(ParseView view)
    {
        var changed = false;
        for (var name = view.Sentence.Start; name < view.Sentence.End; name++)
        {
            var verb = view.Head(name);
            if (verb < 0 || view.Label(name) != DependencyLabel.Nsubj || view.Pos(name) != UniversalPos.PROPN)
            {
                continue;
            }

            var noun = -1;
            foreach (var child in view.Children(verb))
            {
                if (child < name && view.Label(child) == DependencyLabel.Nsubj)
                {
                    noun = child;
                }
            }

            // The comma may be the name's first word (hung on it) or the word before it.
            var first = FirstWordOf(view, name);
            var comma = view.IsWord(first, ",") ? first : first - 1;
            if (noun < 0 || view.Pos(noun) != UniversalPos.NOUN || comma <= noun || !view.IsWord(comma, ",") || LastWordOf(view, noun) != comma - 1)
            {
                continue;
            }

            view.Reattach(name, noun, DependencyLabel.Appos);
            changed = true;
        }

        return changed;
    }

    /// <summary>
    /// "sold parts in May to Zenda, Ruritania, Freedonia", parsed with "Zenda" a modifier of "May" and "Ruritania",
    /// "Freedonia" conjuncts of "May": a name conjoined to a word whose prepositional name modifier it directly follows
    /// (after a comma, with no conjunction or preposition of its own) continues that modifier's list. Each such
    /// conjunct is hung on the list's first name, the shape a correct parse has. Returns whether the tree changed.
    /// </summary>
    public static bool RejoinSplitLists(ParseView view)
    {
        var changed = false;
        for (var head = view.Sentence.Start; head < view.Sentence.End; head++)
        {
            var first = -1;
            var last = -1;
            foreach (var child in view.Children(head))
            {
                if (child < head)
                {
                    continue;
                }

                if (view.Label(child) is DependencyLabel.Nmod or DependencyLabel.Obl && view.Pos(child) == UniversalPos.PROPN && view.HasChild(child, DependencyLabel.Case))
                {
                    (first, last) = (child, child);
                    continue;
                }

                if (first >= 0 && view.Label(child) == DependencyLabel.Conj && view.Pos(child) == UniversalPos.PROPN && !view.HasChild(child, DependencyLabel.Cc)
                    && !view.HasChild(child, DependencyLabel.Case) && StartsAfterComma(view, child, LastWordOf(view, last)))
                {
                    view.Reattach(child, first, DependencyLabel.Conj);
                    last = child;
                    changed = true;
                    continue;
                }

                first = -1;
            }
        }

        return changed;
    }

    /// <summary>
    /// "Strikers blocked the old ferry linking Zenda to Ruritania": a parser makes the object the subject of the
    /// participle after it, and hangs the participle on the verb as an open complement (xcomp) or, as often, as an
    /// adverbial clause. An -ing clause on a verb, with no marker, auxiliary or comma of its own, whose subject comes
    /// right after the verb, is that complement whatever its label (an absolute clause, "…, prices rising", is set off
    /// by a comma).
    /// </summary>
    public static bool IsObjectPredicate(ParseView view, int clause)
    {
        var verb = view.Head(clause);
        if (verb < 0 || view.Label(clause) != DependencyLabel.Advcl || view.Tag(clause) != "VBG" || clause < verb
            || view.HasChild(clause, DependencyLabel.Mark) || view.HasChild(clause, DependencyLabel.Aux) || view.HasChild(verb, DependencyLabel.Obj))
        {
            return false;
        }

        var subject = view.Child(clause, DependencyLabel.Nsubj);
        if (subject < verb || subject > clause || FirstWordOf(view, subject) != verb + 1)
        {
            return false;
        }

        for (var t = verb + 1; t < clause; t++)
        {
            if (view.IsWord(t, ","))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a token's phrase starts with a comma right after the word, or right after the word and a comma.
    private static bool StartsAfterComma(ParseView view, int token, int after)
    {
        var first = FirstWordOf(view, token);
        return after + 1 < view.Sentence.End && view.IsWord(after + 1, ",") && (first == after + 1 || first == after + 2);
    }

    // The first and last words of a token's phrase (its subtree, which is contiguous in a projective parse).
    private static int FirstWordOf(ParseView view, int token)
    {
        for (var t = view.Sentence.Start; t < token; t++)
        {
            if (view.Dominates(token, t))
            {
                return t;
            }
        }

        return token;
    }

    private static int LastWordOf(ParseView view, int token)
    {
        for (var t = view.Sentence.End - 1; t > token; t--)
        {
            if (view.Dominates(token, t))
            {
                return t;
            }
        }

        return token;
    }
}
