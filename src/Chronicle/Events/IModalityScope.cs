using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Decides whether a modality cue governs an event trigger. <see cref="WordWindowModalityScope"/> does it with
/// word windows and clause-boundary words; a parse-based scope (the cue's clause subtree in the dependency tree)
/// replaces it once the parser lands, behind the same interface and the same test sentences.
/// </summary>
public interface IModalityScope
{
    /// <param name="document">The document, with tokens (and POS, lemmas, heads when available).</param>
    /// <param name="sentence">The tokens of the sentence holding both cue and trigger.</param>
    /// <param name="cue">The cue occurrence.</param>
    /// <param name="trigger">The trigger tokens of the event.</param>
    /// <param name="triggerHead">The token that heads the trigger (the verb or event noun).</param>
    bool Governs(Document document, TokenRange sentence, ModalityCueMatch cue, TokenRange trigger, int triggerHead);
}
