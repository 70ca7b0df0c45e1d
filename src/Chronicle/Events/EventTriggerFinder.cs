using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Finds the event triggers of a sentence (longest lexicon matches) and the modality of each, with cues matched
/// once per sentence. The event coder takes these and finds each trigger's arguments over the parse. Stateless
/// apart from its immutable lexicons; safe to share between threads.
/// </summary>
public sealed class EventTriggerFinder
{
    private readonly EventLexicon _lexicon;
    private readonly ModalityLexicon _modality;
    private readonly IModalityScope _scope;

    public EventTriggerFinder(EventLexicon lexicon, ModalityLexicon modality, IModalityScope scope)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(modality);
        ArgumentNullException.ThrowIfNull(scope);
        _lexicon = lexicon;
        _modality = modality;
        _scope = scope;
    }

    /// <summary>The embedded lexicons with parse-based scoping that falls back to the word window.</summary>
    public static EventTriggerFinder Default { get; } = new(EventLexicon.Default, ModalityLexicon.Default, new DependencyModalityScope());

    /// <summary>Appends the triggers of one sentence to <paramref name="triggers"/>, in token order.</summary>
    public void Find(Document document, TokenRange sentence, List<EventTrigger> triggers)
    {
        var matches = new List<LexiconMatch>();
        _lexicon.Match(document, sentence, matches);
        if (matches.Count == 0)
        {
            return;
        }

        EventLexicon.KeepLongest(matches);
        matches.Sort(static (a, b) => a.Tokens.Start != b.Tokens.Start ? a.Tokens.Start.CompareTo(b.Tokens.Start) : a.Entry.Line.CompareTo(b.Entry.Line));
        var cues = new List<ModalityCueMatch>();
        _modality.FindCues(document, sentence, cues);
        foreach (var match in matches)
        {
            var modality = cues.Count == 0
                ? ModalityAssessment.Asserted
                : _modality.Assess(document, sentence, cues, match.Tokens, match.Head, match.Entry.Kind, _scope);
            triggers.Add(new EventTrigger(match, modality));
        }
    }
}
