using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// The event coder's scope: the parse decides (<see cref="DependencyModalityScope"/>), but a complement cue
/// ("whether", "fears", "called for") that the word window puts over the trigger also governs it unless the trigger
/// sits in a relative clause the cue is outside of; so does a hypothetical cue that follows the trigger in the window
/// ("China arming Russia could …"), and a modal reaches the infinitive complements and purposes of its verb
/// ("should use his influence to press"). A statistical parse often hangs a clause on the wrong verb;
/// reporting a feared or asked-about event as fact is the costlier mistake, so the coder leans to the cue.
/// </summary>
public sealed class ParseTolerantModalityScope : IModalityScope
{
    private const int MaxDepth = 64;

    private readonly DependencyModalityScope _parse = new();
    private readonly WordWindowModalityScope _window = new();

    public bool Governs(Document document, TokenRange sentence, ModalityCueMatch cue, TokenRange trigger, int triggerHead)
    {
        if (_parse.Governs(document, sentence, cue, trigger, triggerHead))
        {
            return true;
        }

        if (cue.Cue.Scope == CueScope.Clause && cue.Cue.Modality != Modality.Planned && ReachesThroughPurpose(document, triggerHead, cue))
        {
            return true;
        }

        var leans = cue.Cue.Scope == CueScope.Complement || (cue.Cue.Scope == CueScope.Following && cue.Cue.Modality != Modality.Planned);
        return leans
            && _window.Governs(document, sentence, cue, trigger, triggerHead)
            && !InRelativeClauseWithout(document, triggerHead, cue.Tokens);
    }

    /// <summary>"should use his influence to press Putin": a modal over a verb also covers its infinitive complements and purposes.</summary>
    private static bool ReachesThroughPurpose(Document document, int token, ModalityCueMatch cue)
    {
        var tokens = document.Tokens;
        var modalHead = tokens[cue.Tokens.Start].Head;
        if (modalHead < 0)
        {
            return false;
        }

        for (var depth = 0; depth < 8 && token >= 0; depth++)
        {
            var label = tokens[token].Dependency;

            // "use his influence to press": a parser may hang the purpose on the object as an infinitival modifier.
            if (label == DependencyLabel.Acl && IsToInfinitive(document, token) && tokens[token].Head is var noun and >= 0
                && tokens[noun].Dependency is DependencyLabel.Obj)
            {
                token = tokens[noun].Head;
                if (token == modalHead)
                {
                    return true;
                }

                continue;
            }

            if (label is not (DependencyLabel.Xcomp or DependencyLabel.Advcl or DependencyLabel.Conj))
            {
                return false;
            }

            token = tokens[token].Head;
            if (token == modalHead)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb is introduced by "to" (its marker, at most two words before it: "to firmly press").</summary>
    private static bool IsToInfinitive(Document document, int verb)
    {
        for (var t = verb - 1; t >= 0 && t >= verb - 3; t--)
        {
            if (document.Tokens[t].Head == verb && document.Tokens[t].Dependency == DependencyLabel.Mark
                && document.TextOf(t).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InRelativeClauseWithout(Document document, int token, TokenRange cue)
    {
        for (var depth = 0; depth < MaxDepth && token >= 0; depth++)
        {
            if (document.Tokens[token].Dependency is DependencyLabel.AclRelcl or DependencyLabel.AdvclRelcl)
            {
                var head = document.Tokens[token].Head;
                return head >= 0 && !cue.Contains(head);
            }

            token = document.Tokens[token].Head;
        }

        return false;
    }
}
