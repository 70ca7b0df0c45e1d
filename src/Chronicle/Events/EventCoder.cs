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

    private static readonly CameoCode s_threaten = CameoCode.Parse("130");

    private static readonly EventTriggerFinder s_defaultTriggers = new(EventLexicon.Default, ModalityLexicon.Default, new ParseTolerantModalityScope());

    private readonly EventTriggerFinder _triggers;
    private readonly ActorResolver _resolver;
    private readonly EventLocator _locator;
    private readonly PhraseTargetFinder _phrases;
    private readonly LinearArgumentFinder _linear;
    private readonly ObligationCoder _obligations;
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
        _phrases = new PhraseTargetFinder(_resolver);
        _linear = new LinearArgumentFinder(_resolver);
        _obligations = new ObligationCoder(_resolver);
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
                _obligations.Code(view, context, events);
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

        if (view.IsParsed && TriggerSyntax.IsAttributive(view, match))
        {
            return;
        }

        var slots = view.IsParsed ? ArgumentFinder.Find(view, match, heads) : _linear.Find(view, context, match);
        var sources = _resolver.ResolveAll(view, context, slots.Sources);
        if (view.IsParsed && !sources.Exists(a => a.Actor is not null)
            && slots.Sources.Select(s => ParseRepairs.Described(view, s)).Where(n => n >= 0).ToList() is { Count: > 0 } described)
        {
            sources = _resolver.ResolveAll(view, context, described);
        }
        var targets = _resolver.ResolveAll(view, context, slots.Targets);
        if (view.IsParsed && entry.Target.Count > 0 && !targets.Exists(a => a.Actor is not null))
        {
            targets = _phrases.Find(view, context, match, slots, heads, sources);
        }

        if (view.IsParsed && entry.Kind == TriggerKind.Verb && (!sources.Exists(a => a.Actor is not null) || (entry.Target.Count > 0 && !targets.Exists(a => a.Actor is not null))))
        {
            // A statistical parse misses arguments ("Xi, for his part, praised Putin" without a subject): what the
            // parse left open is taken from the nearest actors before and after the verb, as without a parse.
            var linear = _linear.Find(view, context, match);
            // A reduced passive ("a proposal, dismissed in the West") leaves its agent unsaid: no neighbour stands for it.
            if (!sources.Exists(a => a.Actor is not null) && slots.Sources.Count == 0 && entry.Source[0].Role == ArgumentRole.Subject
                && !(view.Label(match.Head) == DependencyLabel.Conj && ParseRepairs.IsReducedPassive(view, match.Head)))
            {
                sources = _resolver.ResolveAll(view, context, linear.Sources);
            }

            var passive = view.HasChild(match.Head, DependencyLabel.NsubjPass) || view.HasChild(match.Head, DependencyLabel.AuxPass)
                || (view.Label(match.Head) is DependencyLabel.Acl or DependencyLabel.AclRelcl && !ParseRepairs.IsMisreadPredicate(view, match.Head));
            if (entry.Target.Count > 0 && !targets.Exists(a => a.Actor is not null) && slots.Targets.Count == 0 && !passive
                && !(entry.Symmetric && sources.Count(a => a.Actor is not null) >= 2))
            {
                targets = _resolver.ResolveAll(view, context, linear.Targets);
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

        // "clashes between Velmorans and Ostravans", "talks between X and Y": the parties are named together,
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
        if (composedByIntent && type is PloverType.AGREE or PloverType.CONCEDE && entry.Type != PloverType.CONSULT && view.IsParsed && TriggerSyntax.IsConditional(view, match.Head))
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

        // Retreats are mostly unilateral ("the rebels surrendered", "announced a one-sided truce"): PLOVER codes
        // them without a target. One whose object the parse found but no actor fills ("released a proposal") is
        // no retreat, nor is a promised one without a target, nor a noun modifying another ("truce monitors").
        var unilateral = type == PloverType.RETREAT && slots.Targets.Count == 0 && !(view.IsParsed && view.Label(match.Head) == DependencyLabel.Compound);
        if (targets.Count == 0 && entry.Target.Count > 0 && !_keepOneSided && !unilateral)
        {
            return;
        }
        if (modality == Modality.Asserted && view.IsParsed && TriggerSyntax.IsAllegation(view, match.Head, accusations))
        {
            modality = Modality.Hypothetical;
        }

        var composed = type != entry.Type;
        var reporter = slots.Reporter >= 0 ? _resolver.ResolveAll(view, context, [slots.Reporter]).FirstOrDefault() : null;
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
                    foreach (var argument in _resolver.ResolveAll(view, context, [subject]))
                    {
                        context.NoteSubject(argument);
                    }
                }
            }
        }
    }
}
