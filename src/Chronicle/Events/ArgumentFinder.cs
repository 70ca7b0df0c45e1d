using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Finds the source and target of a trigger over the dependency parse, following the lexicon's hints: subjects
/// (the <c>by</c>-agent of a passive; the controller of an xcomp, "moved to expel", "urged Moscow to withdraw"; the
/// subject of the governing clause for participles, "Denying the charges, Moscow said"; the noun a relative
/// clause modifies, "Kyiv, which welcomed"; the first conjunct's subject, "met and signed"), objects (the
/// subject of a passive), possessors of event nouns ("Xi's visit"), and obliques by their preposition. An event
/// noun that is the object of a verb that is not itself an event takes that verb's subject ("launched an
/// offensive"); its modifying actor adjective or compound fills what is still open ("a Russian attack").
/// </summary>
internal static class ArgumentFinder
{
    private const int MaxDepth = 16;

    private static readonly HashSet<string> s_relativePronouns = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "that", "whom" };

    private static readonly FrozenSet<string> s_lightNouns = new[]
    {
        "effort", "efforts", "bid", "attempt", "attempts", "initiative", "mission", "campaign", "operation", "process",
        "plan", "move", "drive", "programme", "program",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] s_reportingLemmas =
    [
        "say", "tell", "announce", "state", "claim", "add", "report", "insist", "declare", "confirm", "write",
        "note", "argue", "allege", "assert", "reiterate", "stress", "warn", "acknowledge", "explain",
    ];

    // Every inflected form, so reported speech is found before a lemmatiser has run.
    private static readonly FrozenSet<string> s_reportingVerbs =
        s_reportingLemmas.SelectMany(EnglishInflection.Forms).Concat(s_reportingLemmas).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsReportingVerb(ParseView view, int token) =>
        s_reportingVerbs.Contains(view.Lemma(token)) || s_reportingVerbs.Contains(view.Document.TextOf(token).ToString());

    public static ArgumentSlots Find(ParseView view, LexiconMatch match, IReadOnlySet<int> triggerHeads)
    {
        var entry = match.Entry;
        var head = match.Head;
        var passive = entry.Kind == TriggerKind.Verb
            && (((view.HasChild(head, DependencyLabel.NsubjPass) || view.HasChild(head, DependencyLabel.AuxPass)) && !IsStative(view, match))
                || (view.Label(head) == DependencyLabel.Conj && ParseRepairs.IsReducedPassive(view, head)));
        var clause = ClauseOf(view, head);
        var reportingVerb = -1;
        var reporter = -1;
        var governor = view.Head(clause);
        if (governor >= 0 && view.Label(clause) is DependencyLabel.Ccomp or DependencyLabel.Parataxis && IsReportingVerb(view, governor))
        {
            reportingVerb = governor;
            reporter = Subject(view, governor, 0);
        }
        else if (ParseRepairs.IsMisreadComplement(view, clause))
        {
            reportingVerb = view.Head(governor);
            reporter = Subject(view, reportingVerb, 0);
        }

        var sources = new List<int>();
        foreach (var hint in entry.Source)
        {
            Locate(view, match, hint, passive, reporter, sources);
            if (sources.Count > 0)
            {
                break;
            }
        }

        var targets = new List<int>();
        foreach (var hint in entry.Target)
        {
            Locate(view, match, hint, passive, reporter, targets);
            targets.RemoveAll(sources.Contains);
            if (targets.Count > 0)
            {
                break;
            }
        }

        ParseRepairs.AddListContinuations(view, targets);
        var modifiers = new List<int>();
        if (entry.Kind == TriggerKind.Noun)
        {
            FillNounGaps(view, match, triggerHeads, sources, modifiers);
        }

        return new ArgumentSlots(sources, targets, modifiers, clause, reporter, reportingVerb);
    }

    /// <summary>The clause a trigger belongs to: climb from a noun to its verb, and through conj/xcomp chains.</summary>
    public static int ClauseOf(ParseView view, int token)
    {
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var head = view.Head(token);
            if (head < 0)
            {
                return token;
            }

            var label = view.Label(token);
            var isVerb = view.Pos(token) is UniversalPos.VERB or UniversalPos.AUX;
            if (label is DependencyLabel.Conj or DependencyLabel.Xcomp || (!isVerb && label is not (DependencyLabel.Ccomp or DependencyLabel.Advcl or DependencyLabel.Parataxis or DependencyLabel.Root)))
            {
                token = head;
                continue;
            }

            return token;
        }

        return token;
    }

    /// <summary>The subject of a verb, following control, participles, relative clauses and shared subjects.</summary>
    public static int Subject(ParseView view, int verb, int depth)
    {
        if (depth > MaxDepth)
        {
            return -1;
        }

        var subject = view.Child(verb, DependencyLabel.Nsubj, DependencyLabel.Csubj);
        var label = view.Label(verb);
        if (subject >= 0)
        {
            return s_relativePronouns.Contains(view.Document.TextOf(subject).ToString()) && label == DependencyLabel.AclRelcl && view.Head(verb) >= 0
                ? view.Head(verb)
                : subject;
        }

        var governor = view.Head(verb);
        if (governor < 0)
        {
            return -1;
        }

        switch (label)
        {
            case DependencyLabel.Conj when ParseRepairs.IsReducedPassive(view, verb):
                return -1;
            case DependencyLabel.Conj:
                var first = view.FirstConjunct(verb);
                var shared = Subject(view, first, depth + 1);

                // "The minister has been indicted and will resign": a conjunct with its own auxiliary is a clause
                // of its own, active, whose subject is the passive subject of the first conjunct.
                return shared < 0 && view.HasChild(verb, DependencyLabel.Aux) ? view.Child(first, DependencyLabel.NsubjPass) : shared;
            case DependencyLabel.Xcomp:
                var controller = view.Child(governor, DependencyLabel.Obj);
                return controller >= 0 && controller < verb ? controller : Subject(view, governor, depth + 1);
            case DependencyLabel.AclRelcl:
                return governor;
            case DependencyLabel.Acl when ParseRepairs.IsMisreadComplement(view, verb):
                return governor;
            case DependencyLabel.Acl when ParseRepairs.IsMisreadPredicate(view, verb):
                return governor;
            case DependencyLabel.Advcl or DependencyLabel.Acl:
                if (view.Pos(governor) is UniversalPos.NOUN or UniversalPos.PROPN && label == DependencyLabel.Acl)
                {
                    var verbOfNoun = view.Head(governor);
                    return verbOfNoun >= 0 && view.Label(governor) is DependencyLabel.Obj ? Subject(view, verbOfNoun, depth + 1) : -1;
                }

                return Subject(view, governor, depth + 1);
            default:
                return -1;
        }
    }

    private static void Locate(ParseView view, LexiconMatch match, ArgumentHint hint, bool passive, int reporter, List<int> into)
    {
        var head = match.Head;
        switch (hint.Role)
        {
            case ArgumentRole.Speaker:
                if (reporter >= 0)
                {
                    into.Add(reporter);
                }

                break;
            case ArgumentRole.Subject when match.Entry.Kind == TriggerKind.Noun:
                if (NounSubject(view, head) is var described and >= 0)
                {
                    into.Add(described);
                }

                break;
            case ArgumentRole.Subject when passive:
                AddObliques(view, match, "by", into);
                break;
            case ArgumentRole.Subject when !passive && view.Child(head, DependencyLabel.NsubjPass) is var stative and >= 0:
                into.Add(stative);
                break;
            case ArgumentRole.Subject:
                if (match.Entry.Kind == TriggerKind.Verb && Subject(view, head, 0) is var subject and >= 0)
                {
                    into.Add(ParseRepairs.Named(view, subject));

                    // A wrong parse gives a verb several subjects ("Human rights watchdog Amnesty International
                    // accused", "Pakistan today threatened"): each is tried, and those naming no actor drop out.
                    foreach (var child in view.Children(head))
                    {
                        if (view.Label(child) == DependencyLabel.Nsubj && child != subject)
                        {
                            into.Add(child);
                        }
                    }
                }

                break;
            case ArgumentRole.Object:
                AddChildren(view, head, passive ? DependencyLabel.NsubjPass : DependencyLabel.Obj, into);
                break;
            case ArgumentRole.IndirectObject:
                AddChildren(view, head, DependencyLabel.Iobj, into);
                break;
            case ArgumentRole.Possessor:
                AddChildren(view, head, DependencyLabel.NmodPoss, into);
                break;
            case ArgumentRole.Oblique:
                AddObliques(view, match, hint.Preposition!, into);
                break;
        }
    }

    /// <summary>
    /// "Velmora is opposed to Ostravan mediation": a passive form with no agent and the entry's own target
    /// preposition states the subject's stance; its subject is the actor.
    /// </summary>
    private static bool IsStative(ParseView view, LexiconMatch match)
    {
        var head = match.Head;
        var found = false;
        foreach (var child in view.Children(head))
        {
            var label = view.Label(child);
            if (label == DependencyLabel.OblAgent || (label == DependencyLabel.Obl && view.CaseOf(child) == "by"))
            {
                return false;
            }

            // Only prepositions of stance ("opposed to", "committed to", "concerned about"): "attacked in Kharkiv"
            // or "sanctioned for" are true passives.
            if (label == DependencyLabel.Obl && view.CaseOf(child) is "to" or "about" && view.CaseOf(child) is { } preposition
                && match.Entry.Target.Any(h => h.Role == ArgumentRole.Oblique && h.Preposition == preposition))
            {
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// What an evaluative noun is said of: the subject of the nominal predicate ("the move is a provocation") or of
    /// the verb whose object it is ("the warrant reflected double standards"). Where the parse gives that verb no
    /// subject, the noun right before the verb stands for it.
    /// </summary>
    private static int NounSubject(ParseView view, int noun)
    {
        var own = view.Child(noun, DependencyLabel.Nsubj);
        if (own >= 0)
        {
            return own;
        }

        var verb = view.Head(noun);
        if (verb < 0 || view.Label(noun) is not (DependencyLabel.Obj or DependencyLabel.Xcomp) || view.Pos(verb) is not (UniversalPos.VERB or UniversalPos.None))
        {
            return -1;
        }

        var subject = Subject(view, verb, 0);
        if (subject >= 0)
        {
            return subject;
        }

        for (var t = verb - 1; t >= view.Sentence.Start && t >= verb - 3; t--)
        {
            if (view.Pos(t) is UniversalPos.NOUN or UniversalPos.PROPN)
            {
                return t;
            }

            if (view.Pos(t) is UniversalPos.VERB or UniversalPos.PUNCT)
            {
                break;
            }
        }

        return -1;
    }

    private static void AddChildren(ParseView view, int head, DependencyLabel label, List<int> into)
    {
        foreach (var child in view.Children(head))
        {
            if (view.Label(child) == label)
            {
                into.Add(child);
            }
        }
    }

    /// <summary>
    /// Obliques and nominal modifiers with the preposition, on the head or any word of a phrase trigger, else on
    /// the noun a phrase trigger's last word is compounded into ("suspended a military aid program for Bosnia") or
    /// on the verb's object, where parsers often hang them ("withdraw its force from Chad").
    /// </summary>
    private static void AddObliques(ParseView view, LexiconMatch match, string preposition, List<int> into)
    {
        var before = into.Count;
        for (var t = match.Tokens.Start; t < match.Tokens.End; t++)
        {
            AddObliquesOf(view, t, preposition, into);
        }

        if (into.Count > before || preposition == "by")
        {
            return;
        }

        var last = match.Tokens.End - 1;
        if (view.Label(last) == DependencyLabel.Compound && view.Head(last) >= match.Tokens.End)
        {
            AddObliquesOf(view, view.Head(last), preposition, into);
        }

        if (into.Count == before && match.Entry.Kind == TriggerKind.Verb)
        {
            foreach (var child in view.Children(match.Head))
            {
                if (view.Label(child) == DependencyLabel.Obj && !match.Tokens.Contains(child))
                {
                    AddObliquesOf(view, child, preposition, into);
                }
            }
        }

        // "started a peace effort on Friday between Velmora and Ostrava": a parser hangs the
        // phrase on the nearer noun of the phrase before it; a modifier of the trigger's own modifier stands for it.
        if (into.Count == before)
        {
            var holder = view.Label(last) == DependencyLabel.Compound && view.Head(last) >= match.Tokens.End ? view.Head(last) : match.Head;
            foreach (var child in view.Children(holder))
            {
                if (view.Label(child) is DependencyLabel.Obl or DependencyLabel.Nmod or DependencyLabel.OblUnmarked or DependencyLabel.NmodUnmarked
                    && !match.Tokens.Contains(child))
                {
                    AddObliquesOf(view, child, preposition, into);
                }
            }
        }
    }

    private static void AddObliquesOf(ParseView view, int token, string preposition, List<int> into)
    {
        foreach (var child in view.Children(token))
        {
            if (view.Label(child) is DependencyLabel.Obl or DependencyLabel.Nmod or DependencyLabel.OblAgent
                && view.CaseOf(child) == preposition && !into.Contains(child))
            {
                into.Add(child);
            }
        }
    }

    /// <summary>
    /// "started a peace effort", "a peace initiative": the light noun an event noun is compounded into stands
    /// for the event in the clause; -1 when there is none ("truce monitors" are people, not the truce).
    /// </summary>
    public static int CarrierNoun(ParseView view, LexiconMatch match)
    {
        var head = match.Head;
        var carrier = view.Head(head);
        return match.Entry.Kind == TriggerKind.Noun && view.Label(head) == DependencyLabel.Compound && carrier >= match.Tokens.End
            && s_lightNouns.Contains(view.Lemma(carrier)) ? carrier : -1;
    }

    private static void FillNounGaps(ParseView view, LexiconMatch match, IReadOnlySet<int> triggerHeads, List<int> sources, List<int> modifiers)
    {
        var head = match.Head;
        if (sources.Count == 0)
        {
            var noun = CarrierNoun(view, match) is var carrier and >= 0 ? carrier : head;
            var governor = view.Head(noun);
            // Not the subject of the noun of a misread reported clause ("Beijing said the warrant reflected ..."):
            // the warrant is the clause's subject, not Beijing's act.
            if (governor >= 0 && view.Label(noun) is DependencyLabel.Obj && !triggerHeads.Contains(governor)
                && view.Pos(governor) is UniversalPos.VERB or UniversalPos.None && !ParseRepairs.HeadsMisreadComplement(view, noun))
            {
                var subject = Subject(view, governor, 0);
                if (subject >= 0)
                {
                    sources.Add(ParseRepairs.Named(view, subject));
                }
            }
        }

        foreach (var child in view.Children(head))
        {
            if (view.Label(child) is DependencyLabel.Amod or DependencyLabel.Compound && !match.Tokens.Contains(child))
            {
                modifiers.Add(child);
            }
        }
    }
}
