using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Events;

/// <summary>
/// Codes a document's events: the lexicon's triggers with their parse-scoped modality (<see cref="EventTriggerFinder"/>),
/// their source and target over the dependency parse (<see cref="ArgumentFinder"/>) resolved to actors
/// (<see cref="ActorResolver"/>), PLOVER's composition rules (<see cref="EventComposer"/>, "X said Y must …" →
/// REQUEST), date and place, then one record per event (<see cref="EventMerger"/>). An event keeps what is known of
/// its actors; a trigger with no actor on either side codes nothing. Sentences without a parse fall back to the
/// nearest actors left and right of the trigger. Stateless apart from immutable lexicons: thread-safe.
/// </summary>
public sealed class EventCoder : IPipe
{
    private const int MaxPairs = 4;

    private const int MaxPhraseDepth = 4;

    private static readonly CameoCode s_request = CameoCode.Parse("020");

    private static readonly CameoCode s_threaten = CameoCode.Parse("130");

    private static readonly HashSet<string> s_obligation = new(StringComparer.OrdinalIgnoreCase) { "must", "should", "ought" };

    private static readonly EventTriggerFinder s_defaultTriggers = new(EventLexicon.Default, ModalityLexicon.Default, new ParseTolerantModalityScope());

    private readonly EventTriggerFinder _triggers;
    private readonly ActorResolver _resolver;
    private readonly EventLocator _locator;
    private readonly bool _keepOneSided;

    /// <param name="triggers">The trigger finder; by default the embedded lexicons with <see cref="ParseTolerantModalityScope"/>.</param>
    /// <param name="knowledge">The actor knowledge base for arguments the entity layer did not resolve.</param>
    /// <param name="keepOneSided">Also code events whose target the lexicon expects but no actor fills.</param>
    public EventCoder(EventTriggerFinder? triggers = null, ActorKnowledgeBase? knowledge = null, bool keepOneSided = false)
    {
        _keepOneSided = keepOneSided;
        _triggers = triggers ?? s_defaultTriggers;
        var kb = knowledge ?? ActorKnowledgeBase.Default;
        _resolver = new ActorResolver(kb);
        _locator = new EventLocator(kb);
    }

    public string Name => "events";

    public PipeContract Contract { get; } = new(Annotation.Dependencies | Annotation.Entities, Annotation.Events);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Events = EventMerger.Merge(Code(document, cancellationToken));
    }

    /// <summary>Every event mention of the document, sentence by sentence, before merging.</summary>
    public List<EventAnnotation> Code(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new CodingContext(document);
        var events = new List<EventAnnotation>();
        var triggers = new List<EventTrigger>();
        var heads = new HashSet<int>();
        var accusations = new HashSet<int>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.Tokens.IsEmpty)
            {
                continue;
            }

            var view = new ParseView(document, sentence.Tokens);
            triggers.Clear();
            _triggers.Find(document, sentence.Tokens, triggers);
            KeepOneReading(document, triggers);
            heads.Clear();
            accusations.Clear();
            foreach (var trigger in triggers)
            {
                heads.Add(trigger.Match.Head);
                if (trigger.Match.Entry.Type == PloverType.ACCUSE)
                {
                    accusations.Add(trigger.Match.Head);
                }
            }

            for (var i = 0; i < triggers.Count; i++)
            {
                if (i + 1 < triggers.Count && triggers[i + 1].Match.Tokens == triggers[i].Match.Tokens)
                {
                    i = CodeReadings(view, context, triggers, i, heads, accusations, events);
                    continue;
                }

                CodeTrigger(view, context, triggers[i], heads, accusations, events);
            }

            if (view.IsParsed)
            {
                CodeObligations(view, context, events);
            }

            NoteSubjects(view, context);
        }

        return events;
    }

    /// <summary>
    /// Where a verb entry and a noun entry cover the same words ("attack", "strike") and no tagger told them apart,
    /// keeps the noun after a determiner or possessive ("the attack", "Russia's attack") and the verb otherwise.
    /// </summary>
    private static void KeepOneReading(Document document, List<EventTrigger> triggers)
    {
        for (var i = triggers.Count - 1; i > 0; i--)
        {
            var a = triggers[i].Match;
            var j = triggers.FindIndex(t => t.Match.Tokens == a.Tokens && t.Match.Entry.Kind != a.Entry.Kind);
            if (j < 0 || j == i)
            {
                continue;
            }

            var first = a.Tokens.Start;
            var previous = first > 0 ? document.TextOf(first - 1).ToString().ToLowerInvariant() : "";
            var nounReading = previous is "a" or "an" or "the" or "'s" or "’s" or "his" or "her" or "its" or "their" or "our" or "this" or "that" or "new"
                || (first > 0 && document.Tokens[first - 1].Pos is UniversalPos.DET or UniversalPos.ADJ);
            var aIsNoun = a.Entry.Kind == TriggerKind.Noun;
            triggers.RemoveAt(nounReading == aIsNoun ? j : i);
        }
    }

    /// <summary>
    /// Several entries over the same words ("strike": a walkout or an attack): the reading whose target hints find
    /// an actor wins; without any target, the reading that takes none. Returns the index of the group's last trigger.
    /// </summary>
    private int CodeReadings(ParseView view, CodingContext context, List<EventTrigger> triggers, int first, HashSet<int> heads, HashSet<int> accusations, List<EventAnnotation> events)
    {
        var last = first;
        while (last + 1 < triggers.Count && triggers[last + 1].Match.Tokens == triggers[first].Match.Tokens)
        {
            last++;
        }

        List<EventAnnotation>? best = null;
        var bestScore = -1;
        for (var i = first; i <= last; i++)
        {
            var coded = new List<EventAnnotation>();
            CodeTrigger(view, context, triggers[i], heads, accusations, coded);
            var hasTarget = coded.Exists(e => e.TargetActor is not null);
            var score = coded.Count == 0 ? 0 : hasTarget ? 3 : triggers[i].Match.Entry.Target.Count == 0 ? 2 : 1;
            if (score > bestScore)
            {
                best = coded;
                bestScore = score;
            }
        }

        events.AddRange(best ?? []);
        return last;
    }

    private void CodeTrigger(ParseView view, CodingContext context, EventTrigger trigger, HashSet<int> heads, HashSet<int> accusations, List<EventAnnotation> events)
    {
        var match = trigger.Match;
        var entry = match.Entry;

        if (view.IsParsed && IsAttributive(view, match))
        {
            return;
        }

        var slots = view.IsParsed ? ArgumentFinder.Find(view, match, heads) : LinearSlots(view, context, match);
        var sources = ResolveAll(view, context, slots.Sources);
        var targets = ResolveAll(view, context, slots.Targets);
        if (view.IsParsed && entry.Target.Count > 0 && !targets.Exists(a => a.Actor is not null))
        {
            targets = ResolveWithin(view, context, TargetPhrases(view, match, slots, heads), sources);
        }

        if (view.IsParsed && entry.Kind == TriggerKind.Verb && (!sources.Exists(a => a.Actor is not null) || (entry.Target.Count > 0 && !targets.Exists(a => a.Actor is not null))))
        {
            // A statistical parse misses arguments ("Xi, for his part, praised Putin" without a subject): what the
            // parse left open is taken from the nearest actors before and after the verb, as without a parse.
            var linear = LinearSlots(view, context, match);
            if (!sources.Exists(a => a.Actor is not null) && slots.Sources.Count == 0 && entry.Source[0].Role == ArgumentRole.Subject)
            {
                sources = ResolveAll(view, context, linear.Sources);
            }

            var passive = view.HasChild(match.Head, DependencyLabel.NsubjPass) || view.HasChild(match.Head, DependencyLabel.AuxPass)
                || view.Label(match.Head) is DependencyLabel.Acl or DependencyLabel.AclRelcl;
            if (entry.Target.Count > 0 && !targets.Exists(a => a.Actor is not null) && slots.Targets.Count == 0 && !passive
                && !(entry.Symmetric && sources.Count(a => a.Actor is not null) >= 2))
            {
                targets = ResolveAll(view, context, linear.Targets);
            }
        }

        foreach (var modifier in slots.Modifiers)
        {
            var found = new List<EventArgument>();
            _resolver.Resolve(view, context, modifier, found);
            found.RemoveAll(a => a.Actor is null);
            if (found.Count == 0)
            {
                continue;
            }

            if (sources.Count == 0)
            {
                sources.AddRange(found);
            }
            else if (targets.Count == 0 && entry.Target.Count > 0)
            {
                targets.AddRange(found.Where(a => !sources.Exists(s => s.Key == a.Key)));
            }
        }

        // "fighting between Azerbaijanis and Armenians", "talks between X and Y": the parties are named together,
        // whoever the clause's subject is; a mediator ("hosted talks between X and Y") stays the source.
        if (entry.Symmetric && entry.Mode != "third-party" && targets.Count >= 2 && slots.Targets.Count > 0 && view.IsParsed && view.CaseOf(slots.Targets[0]) == "between")
        {
            sources = [targets[0]];
            targets.RemoveAt(0);
        }

        if (entry.Symmetric && targets.Count == 0 && sources.Count >= 2)
        {
            targets.AddRange(sources.Skip(1));
            sources.RemoveRange(1, sources.Count - 1);
        }

        // An actor does not act on itself: the same code, or a country and its own government ("China" and "Xi").
        targets.RemoveAll(t => sources.Exists(s => s.Key == t.Key || (s.Country == t.Country && (s.Key.Length == 3 || t.Key.Length == 3))));
        sources.RemoveAll(a => a.Actor is null);
        targets.RemoveAll(a => a.Actor is null);

        // A source actor is required; so is a target actor where the lexicon gives the event one and the parse
        // found the words for it: "Russia denied the charges" names no actor it rejects, and reading one into it
        // would be invention, while an event missing its actor is of no use to an event dataset.
        if (sources.Count == 0)
        {
            return;
        }

        var (type, cameo, modality, composedByIntent) = EventComposer.ApplyIntent(entry.Type, entry.Cameo, trigger.Modality);
        if (composedByIntent && type is PloverType.AGREE or PloverType.CONCEDE && entry.Type != PloverType.CONSULT && view.IsParsed && IsConditional(view, match.Head))
        {
            // "will withdraw its force unless the president holds elections": a promise with a condition the
            // other side must meet is a threat (PLOVER THREATEN, CAMEO 130).
            (type, cameo) = (PloverType.THREATEN, s_threaten);
        }
        if (trigger.Modality.Modality == Modality.Asserted && sources[0].Actor is not null)
        {
            // Whose the event is, even where it is not coded for want of a target: "the warrant" later on.
            NoteEventNouns(view, context, match, sources[0]);
        }

        // Retreats are mostly unilateral ("the rebels surrendered", "declared a unilateral ceasefire"): PLOVER codes
        // them without a target. One whose object the parse found but no actor fills ("released a proposal") is
        // no retreat, nor is a promised one without a target, nor a noun modifying another ("truce monitors").
        var unilateral = type == PloverType.RETREAT && slots.Targets.Count == 0 && !(view.IsParsed && view.Label(match.Head) == DependencyLabel.Compound);
        if (targets.Count == 0 && entry.Target.Count > 0 && !_keepOneSided && !unilateral)
        {
            return;
        }
        if (modality == Modality.Asserted && view.IsParsed && IsAllegation(view, match.Head, accusations))
        {
            modality = Modality.Hypothetical;
        }

        var composed = type != entry.Type;
        var reporter = slots.Reporter >= 0 ? ResolveAll(view, context, [slots.Reporter]).FirstOrDefault() : null;
        var date = EventDater.Date(view, match.Head, slots.Clause, context.Document.TimeExpressions);
        var location = _locator.Locate(view, context, match.Head, slots.Clause, type, modality);
        var document = context.Document;
        var evidence = document.CharRange(view.Sentence);
        var triggerText = document.CharRange(match.Tokens);
        var pairs = 0;
        foreach (var source in sources.Count > 0 ? sources.Select(s => (EventArgument?)s) : [null])
        {
            foreach (var target in targets.Count > 0 ? targets.Select(t => (EventArgument?)t) : [null])
            {
                if (pairs++ >= MaxPairs)
                {
                    return;
                }

                events.Add(new EventAnnotation
                {
                    Type = type,
                    Source = source?.Entity,
                    Target = target?.Entity,
                    SourceActor = source?.Actor,
                    SourceName = source?.Name,
                    TargetActor = target?.Actor,
                    TargetName = target?.Name,
                    ReportedBy = reporter?.Name,
                    Modality = modality,
                    Mode = composed ? null : entry.Mode,
                    Context = composed ? null : entry.Context,
                    Cameo = cameo.Value,
                    Goldstein = CameoTable.Default.TryGet(cameo.Value, out var row) ? row.Goldstein : null,
                    Symmetric = entry.Symmetric,
                    Date = date,
                    Location = location,
                    Trigger = triggerText,
                    Evidence = [evidence],
                });
            }
        }
    }

    /// <summary>Whether an "unless" clause hangs on the verb.</summary>
    private static bool IsConditional(ParseView view, int head)
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

    private static void NoteEventNouns(ParseView view, CodingContext context, LexiconMatch match, EventArgument source)
    {
        for (var t = match.Tokens.Start; t < match.Tokens.End; t++)
        {
            if (view.Pos(t) == UniversalPos.NOUN || (t == match.Head && match.Entry.Kind == TriggerKind.Noun))
            {
                context.EventNouns[view.Lemma(t)] = source;
            }
        }
    }

    /// <summary>
    /// An attributive participle describes its noun, it reports no event: "the alleged bombers", "proposed
    /// changes", "the Israeli-occupied West Bank". A verb the parse hangs on a noun right after a noun ("tanks
    /// shelled positions", "an official offered concessions") is a misparsed predicate and stays an event.
    /// </summary>
    private static bool IsAttributive(ParseView view, LexiconMatch match)
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
    private static bool IsAllegation(ParseView view, int head, HashSet<int> accusations)
    {
        var clausal = false;
        var token = head;
        for (var depth = 0; depth < 16; depth++)
        {
            var label = view.Label(token);
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

    /// <summary>"Kirby said Xi should use his influence": a REQUEST from the speaker to the subject of the obligation.</summary>
    private void CodeObligations(ParseView view, CodingContext context, List<EventAnnotation> events)
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

                var sources = ResolveAll(view, context, [speaker]);
                if (sources.Count == 0 || sources[0].Actor is null)
                {
                    continue;
                }

                // "US and British forces must ensure …": a request to each of the coordinated addressees.
                foreach (var target in ResolveAll(view, context, [addressee]))
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

    /// <summary>
    /// Where a target phrase names no actor at its head, the phrases to look inside: the target slots ("rejected
    /// calls by Belarus's rulers"), and a verb's complement clause ("threatened to resume attacks in Israel",
    /// "agreed to lift embargoes on sales to Iran"), whose arguments say whom the promise or threat is about.
    /// </summary>
    private static List<int> TargetPhrases(ParseView view, LexiconMatch match, ArgumentSlots slots, HashSet<int> triggerHeads)
    {
        // A physical act is done to its object itself: "released a proposal" releases no one, whoever the proposal
        // names. Statements and stances are about what their object says or who did it.
        var physical = match.Entry.Type is PloverType.RETREAT or PloverType.AID or PloverType.SANCTION or PloverType.MOBILIZE
            or PloverType.COERCE or PloverType.ASSAULT;
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
        // "launched a mediation effort on Saturday between the Emirates and Saudi Arabia": a noun compounded into
        // another has its arguments on that noun, wherever the parse hung them.
        if (slots.Targets.Count == 0 && ArgumentFinder.CarrierNoun(view, match) is var carrier and >= 0)
        {
            phrases.Add(carrier);
        }

        if (match.Entry.Kind == TriggerKind.Verb)
        {
            foreach (var child in view.Children(match.Head))
            {
                if (view.Label(child) == DependencyLabel.Xcomp && !match.Tokens.Contains(child) && !triggerHeads.Contains(child))
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
    private List<EventArgument> ResolveWithin(ParseView view, CodingContext context, List<int> phrases, List<EventArgument> sources)
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

                    _resolver.Resolve(view, context, child, found);
                    next.Add(child);
                }
            }

            found.RemoveAll(a => a.Actor is null || sources.Exists(s => s.Key == a.Key || s.Country == a.Country));
            (level, next) = (next, level);
        }

        return found;
    }

    private List<EventArgument> ResolveAll(ParseView view, CodingContext context, IReadOnlyList<int> heads)
    {
        var arguments = new List<EventArgument>();
        foreach (var head in heads)
        {
            _resolver.Resolve(view, context, head, arguments);
        }

        // One actor once: "Putin and the Russian president" or an entity reached twice.
        for (var i = arguments.Count - 1; i > 0; i--)
        {
            for (var j = 0; j < i; j++)
            {
                if (arguments[j].Key == arguments[i].Key && arguments[j].Name == arguments[i].Name)
                {
                    arguments.RemoveAt(i);
                    break;
                }
            }
        }

        return arguments;
    }

    /// <summary>Remembers the actors subject of the sentence's main clause: antecedents for later pronouns.</summary>
    private void NoteSubjects(ParseView view, CodingContext context)
    {
        if (!view.IsParsed)
        {
            return;
        }

        for (var t = view.Sentence.Start; t < view.Sentence.End; t++)
        {
            if (view.Head(t) < 0 && view.Label(t) == DependencyLabel.Root)
            {
                var subject = ArgumentFinder.Subject(view, t, 0);
                if (subject >= 0 && !ActorResolver.IsPronoun(view, subject))
                {
                    foreach (var argument in ResolveAll(view, context, [subject]))
                    {
                        context.NoteSubject(argument);
                    }
                }
            }
        }
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

    /// <summary>Without a parse: the nearest actor before the trigger is the source, the nearest after it the target.</summary>
    private ArgumentSlots LinearSlots(ParseView view, CodingContext context, LexiconMatch match)
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
}
