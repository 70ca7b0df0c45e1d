using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Readings of parser mistakes the argument finder corrects for: a reported clause hung on the reporting verb's
/// object, a reduced passive read as a conjunct, a name apposed to a common-noun subject, a list of names split
/// after its first item, a main verb demoted to a modifier. Each says when a parse shape is the mistake, from the
/// shape alone.
/// </summary>
internal static class ParseRepairs
{
    /// <summary>
    /// "Acme, which says costs are rising, cautiously welcomed the city's plan" or "A Zenda official offered
    /// concessions": when a tagger reads the main verb as a participle (VBN), the parser may hang it on a noun as
    /// a modifier and leave the sentence rooted in a noun with no copula, a sentence with no predicate. A verb
    /// modifier with no auxiliary, marker or subject of its own, after that subject, and not inside a noun phrase
    /// (no word of the noun it modifies comes before it: "the welcomed plan" is a noun phrase), is the main verb:
    /// it becomes the root, the root noun (or its misplaced subject) its subject, and the noun it modified, when
    /// after it, its object. Returns whether the tree changed.
    /// </summary>
    public static bool RestoreMainVerb(ParseView view)
    {
        var root = view.Root;
        if (root < 0 || view.Pos(root) is not (UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.PRON) || view.HasChild(root, DependencyLabel.Cop))
        {
            return false;
        }

        // The subject: the root itself when it comes first ("Acme, which ..., welcomed"), else the subject the
        // parser gave the root noun ("official offered concessions" parsed official <-nsubj- concessions).
        var rootSubject = RootSubject(view, root);
        for (var verb = view.Sentence.Start; verb < view.Sentence.End; verb++)
        {
            var modified = view.Head(verb);
            var subject = verb > root ? root : rootSubject;
            if (modified < 0 || subject < 0 || subject > verb || !IsDemotedVerb(view, verb))
            {
                continue;
            }

            var asModifier = view.Label(verb) == DependencyLabel.Amod && modified > verb && (modified == root || verb > root);
            var asClause = view.Label(verb) == DependencyLabel.Acl && modified == root && verb > root && view.HasChild(verb, DependencyLabel.Obj);
            if (!(asClause || (asModifier && !StartsBefore(view, modified, verb, subject))))
            {
                continue;
            }

            view.Reattach(verb, -1, DependencyLabel.Root);
            view.Reattach(root, verb, root == subject ? DependencyLabel.Nsubj : DependencyLabel.Obj);
            view.Reattach(subject, verb, DependencyLabel.Nsubj);
            if (asModifier)
            {
                view.Reattach(modified, verb, DependencyLabel.Obj);
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// "A Zenda official offered concessions that the envoy believed ...", parsed official -acl-> offered: a past
    /// form with an object of its own, right after the subject of a clause (or the root) it is hung on, with no
    /// auxiliary, is that noun's predicate, not a participle modifying it.
    /// </summary>
    public static bool IsMisreadPredicate(ParseView view, int verb)
    {
        var noun = view.Head(verb);
        return noun >= 0 && noun == verb - 1 && view.Label(verb) == DependencyLabel.Acl && view.Tag(verb) is "VBD" or "VBN"
            && view.Pos(noun) is UniversalPos.NOUN or UniversalPos.PROPN && (view.Label(noun) == DependencyLabel.Nsubj || view.Head(noun) < 0)
            && view.HasChild(verb, DependencyLabel.Obj) && IsDemotedVerb(view, verb);
    }

    // The subject the parser gave a root noun: its nsubj, or a noun "possessor" with no possessive marker
    // ("jets and drones struck depots" parsed jets <-nmod:poss- depots).
    private static int RootSubject(ParseView view, int root)
    {
        foreach (var child in view.Children(root))
        {
            if (child > root)
            {
                break;
            }

            if (view.Label(child) == DependencyLabel.Nsubj
                || (view.Label(child) == DependencyLabel.NmodPoss && view.Pos(child) is UniversalPos.NOUN or UniversalPos.PROPN && !view.HasChild(child, DependencyLabel.Case)))
            {
                return child;
            }
        }

        return view.Child(root, DependencyLabel.Nsubj);
    }

    // A finite-looking verb form (any past or present tag; "" before tagging) with nothing that makes it a
    // participle phrase or clause of its own.
    private static bool IsDemotedVerb(ParseView view, int verb) =>
        view.Pos(verb) == UniversalPos.VERB && view.Tag(verb) is "" or "VBN" or "VBD" or "VBZ" or "VBP"
        && !view.HasChild(verb, DependencyLabel.Aux) && !view.HasChild(verb, DependencyLabel.AuxPass) && !view.HasChild(verb, DependencyLabel.Mark)
        && !view.HasChild(verb, DependencyLabel.Nsubj) && !view.HasChild(verb, DependencyLabel.NsubjPass) && !view.HasChild(verb, DependencyLabel.Cop);

    // Whether a dependent of the noun (a determiner, possessor, adjective) comes before the verb: then the verb is
    // inside the noun phrase.
    private static bool StartsBefore(ParseView view, int noun, int verb, int subject)
    {
        foreach (var child in view.Children(noun))
        {
            if (child < verb && child != subject)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Beijing said the warrant reflected double standards", parsed as said -obj-> warrant -acl-> reflected: a
    /// finite verb with an object of its own, modifying the object of a reporting verb, is the reported clause and
    /// that noun its subject (a participle modifier, "said the plan issued by Kyiv", has no object).
    /// </summary>
    public static bool IsMisreadComplement(ParseView view, int verb)
    {
        var noun = view.Head(verb);
        if (noun < 0 || view.Label(verb) != DependencyLabel.Acl || view.Label(noun) != DependencyLabel.Obj
            || view.Head(noun) is var reporting && (reporting < 0 || !ArgumentFinder.IsReportingVerb(view, reporting)))
        {
            return false;
        }

        if (view.HasChild(verb, DependencyLabel.Mark) || view.HasChild(verb, DependencyLabel.Aux) || view.HasChild(verb, DependencyLabel.AuxPass)
            || view.HasChild(verb, DependencyLabel.Nsubj))
        {
            return false;
        }

        return view.Tag(verb) switch
        {
            "VBD" or "VBZ" or "VBP" => true,
            "" or "VBN" => view.HasChild(verb, DependencyLabel.Obj) && !view.Document.TextOf(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>
    /// "EU-member Velmora is ready" (parsed member -appos-> Velmora), "Qatar's emir, Sheikh Hamad, launched": a
    /// common-noun subject with a name in apposition is that name (the event coder falls back on the noun where the
    /// name is no actor: "Iran's religious leader Ayatollah Khomeini").
    /// </summary>
    public static int Named(ParseView view, int subject)
    {
        var named = view.Pos(subject) == UniversalPos.NOUN ? view.Child(subject, DependencyLabel.Appos) : -1;
        return named > subject && view.Pos(named) == UniversalPos.PROPN ? named : subject;
    }

    /// <summary>
    /// "lift embargoes on sales to Iran, Libya, North Korea, Sudan": a parser may hang the rest of a list of names
    /// on a noun before its first item (Libya as an apposition of "sales"). A name right after a target and a
    /// comma, apposed or conjoined to a word before the target, continues the target's list.
    /// </summary>
    public static void AddListContinuations(ParseView view, List<int> targets)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (ListContinuation(view, targets[i]) is var name and >= 0 && !targets.Contains(name))
            {
                targets.Add(name);
            }
        }
    }

    /// <summary>The name continuing the list a token starts (see <see cref="AddListContinuations"/>), or -1.</summary>
    public static int ListContinuation(ParseView view, int token)
    {
        if (token + 2 >= view.Sentence.End || !view.IsWord(token + 1, ","))
        {
            return -1;
        }

        var name = token + 2;
        for (var depth = 0; depth < 4 && view.Label(name) is DependencyLabel.Compound or DependencyLabel.Flat && view.Head(name) > name; depth++)
        {
            name = view.Head(name);
        }

        var head = view.Head(name);
        return view.Pos(name) == UniversalPos.PROPN && view.Label(name) is DependencyLabel.Appos or DependencyLabel.Conj && head >= 0 && head < token
            ? name
            : -1;
    }

    /// <summary>
    /// The common noun a name chosen by <see cref="Named"/> stands in apposition to, or -1. Also the noun a parser
    /// made the head of a "relative clause" that starts with this name as its subject and has an object of its
    /// own ("Zenda's chief envoy Maria Lopez today rejected the plan", parsed envoy -acl:relcl-> rejected): with no
    /// relative pronoun and no gap, it is the main clause and the noun describes its subject.
    /// </summary>
    public static int Described(ParseView view, int named)
    {
        var noun = view.Head(named);
        if (noun >= 0 && noun < named && view.Label(named) == DependencyLabel.Appos && view.Pos(noun) == UniversalPos.NOUN)
        {
            return noun;
        }

        if (noun < 0 || view.Label(named) != DependencyLabel.Nsubj || view.Label(noun) != DependencyLabel.AclRelcl || !view.HasChild(noun, DependencyLabel.Obj)
            || view.Pos(named) != UniversalPos.PROPN)
        {
            return -1;
        }

        var described = view.Head(noun);
        if (described < 0 || described >= named || view.Pos(described) != UniversalPos.NOUN)
        {
            return -1;
        }

        // Only name words between the noun and the subject ("envoy Dr Maria Lopez"), and those belong to the name.
        for (var t = described + 1; t < named; t++)
        {
            if (view.Pos(t) != UniversalPos.PROPN || !view.Dominates(named, t))
            {
                return -1;
            }
        }

        return described;
    }

    public static bool HeadsMisreadComplement(ParseView view, int noun)
    {
        foreach (var child in view.Children(noun))
        {
            if (IsMisreadComplement(view, child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "China released a proposal, largely dismissed in the West as a ploy": a participle joined to a verb by a
    /// comma alone, with no subject, auxiliary, object or conjunction of its own, is a reduced passive modifying
    /// the object, not a second act of the first verb's subject.
    /// </summary>
    public static bool IsReducedPassive(ParseView view, int verb)
    {
        if (view.HasChild(verb, DependencyLabel.Cc) || view.HasChild(verb, DependencyLabel.Obj) || view.HasChild(verb, DependencyLabel.Aux)
            || view.HasChild(verb, DependencyLabel.Nsubj) || view.HasChild(verb, DependencyLabel.Ccomp) || view.HasChild(verb, DependencyLabel.Xcomp))
        {
            return false;
        }

        var first = view.FirstConjunct(verb);
        var comma = view.Child(verb, DependencyLabel.Punct);
        if (!view.HasChild(first, DependencyLabel.Obj) || comma < 0 || comma > verb || !view.IsWord(comma, ","))
        {
            return false;
        }

        var tag = view.Tag(verb);
        var text = view.Document.TextOf(verb);
        return tag == "VBN" || ((tag is "" or "VBD") && (text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || text.EndsWith("en", StringComparison.OrdinalIgnoreCase)));
    }
}
