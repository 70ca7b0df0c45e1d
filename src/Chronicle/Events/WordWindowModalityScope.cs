using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Scopes modality cues with word windows until the dependency parse is available: a cue governs a trigger when
/// it stands on the side its <see cref="CueScope"/> says, within the cue's window, with no clause boundary
/// (punctuation, a conjunction, a relative or subordinating word, a reporting verb) between them. Stateless.
/// </summary>
public sealed class WordWindowModalityScope : IModalityScope
{
    // Words that open or close a clause: a Clause or Following cue does not reach across them.
    private static readonly FrozenSet<string> s_clauseBoundaries = FrozenSet.ToFrozenSet(
    [
        "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "because", "while", "when", "where",
        "although", "though", "since", "after", "before", "if", "unless", "whether", "as", "than", "so",
        "said", "says", "say", "told", "added", "stated", "according",
    ], StringComparer.OrdinalIgnoreCase);

    // A complement cue ("fears that", "if", "refused to") runs over "and" and "that" (its own clause goes on)
    // but ends where a new clause or a parenthetical starts.
    private static readonly FrozenSet<string> s_complementBoundaries = FrozenSet.ToFrozenSet(
    [
        "but", "while", "whereas", "although", "though", "because", "so", "said", "says", "told", "added", "according",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_clause = s_clauseBoundaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_complement = s_complementBoundaries.GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Governs(Document document, TokenRange sentence, ModalityCueMatch cue, TokenRange trigger, int triggerHead)
    {
        var span = cue.Tokens;
        if (span.Start < trigger.End && trigger.Start < span.End)
        {
            return false; // A cue never qualifies itself: "refused" is REJECT, not a negated event.
        }

        switch (cue.Cue.Scope)
        {
            case CueScope.Clause:
                return span.End <= trigger.Start && trigger.Start - span.End <= cue.Cue.Window
                    && !HasBoundary(document, span.End, trigger.Start, s_clause, allowConjunctionAt: trigger.Start - 1);
            case CueScope.Complement:
                return span.End <= trigger.Start && trigger.Start - span.End <= cue.Cue.Window
                    && !HasBoundary(document, span.End, trigger.Start, s_complement, allowConjunctionAt: -1);
            case CueScope.Following:
                return trigger.End <= span.Start && span.Start - trigger.End <= cue.Cue.Window
                    && !HasBoundary(document, trigger.End, span.Start, s_clause, allowConjunctionAt: -1);
            default:
                return false;
        }
    }

    /// <summary>
    /// True when a token in [from, to) ends the clause. A conjunction just before the trigger is let through:
    /// "will meet and sign" shares its auxiliary.
    /// </summary>
    private static bool HasBoundary(Document document, int from, int to, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, int allowConjunctionAt)
    {
        for (var i = from; i < to; i++)
        {
            var text = document.TextOf(i);
            if (text.IsEmpty)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(text[0]))
            {
                // Hyphens and apostrophes inside words are not boundaries; these are whole punctuation tokens.
                if (text[0] is '\'' or '\u2019' && text.Length > 1)
                {
                    continue;
                }

                return true;
            }

            if (words.Contains(text) && !(i == allowConjunctionAt && text is "and" or "or"))
            {
                return true;
            }
        }

        return false;
    }
}
