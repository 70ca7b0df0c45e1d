using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>
/// Scopes modality cues over the dependency parse: a <see cref="CueScope.Clause"/> cue must attach to the trigger
/// (aux, advmod, det, amod) or to the first conjunct it shares auxiliaries with; a <see cref="CueScope.Complement"/>
/// cue must dominate the trigger (ccomp, xcomp, advcl, obj … but not through a relative clause or parataxis), or,
/// for a marker ("if", "whether", "without"), mark the trigger's own clause; a <see cref="CueScope.Following"/>
/// cue modifies the trigger ("next week") or is the predicate the trigger is subject of ("the visit was
/// cancelled", "China arming Russia could lead …"). Sentences without a parse fall back to another scope
/// (the word window by default), so the same coder runs before and after the parser lands.
/// </summary>
public sealed class DependencyModalityScope : IModalityScope
{
    private const int MaxDepth = 64;

    private readonly IModalityScope _fallback;

    public DependencyModalityScope(IModalityScope? fallback = null) => _fallback = fallback ?? new WordWindowModalityScope();

    public bool Governs(Document document, TokenRange sentence, ModalityCueMatch cue, TokenRange trigger, int triggerHead)
    {
        if (cue.Tokens.Start < trigger.End && trigger.Start < cue.Tokens.End)
        {
            return false;
        }

        if (!IsParsed(document, sentence))
        {
            return _fallback.Governs(document, sentence, cue, trigger, triggerHead);
        }

        var tokens = document.Tokens;
        var root = SpanRoot(document, cue.Tokens);
        var attachment = tokens[root].Head;
        switch (cue.Cue.Scope)
        {
            case CueScope.Clause:
                return attachment >= 0 && (trigger.Contains(attachment) || IsConjunctAncestor(document, triggerHead, attachment));
            case CueScope.Complement:
                if (tokens[root].Dependency is DependencyLabel.Mark or DependencyLabel.Case)
                {
                    // "if Russia attacks": the marker hangs on the clause it introduces.
                    return attachment >= 0 && (attachment == triggerHead || Dominates(document, attachment, triggerHead));
                }

                return Dominates(document, root, triggerHead);
            case CueScope.Following:
                var subjectOfCue = tokens[triggerHead].Head;
                var isSubject = tokens[triggerHead].Dependency is DependencyLabel.Nsubj or DependencyLabel.NsubjPass
                    or DependencyLabel.Csubj or DependencyLabel.CsubjPass;
                // "following" is after the trigger: "would" before it ("said they would meet") is the clause cue.
                return cue.Tokens.Start >= trigger.End && (attachment == triggerHead || trigger.Contains(attachment)
                    || (isSubject && (subjectOfCue == root || (subjectOfCue == attachment && tokens[root].Dependency is DependencyLabel.Aux or DependencyLabel.AuxPass))));
            default:
                return false;
        }
    }

    private static bool IsParsed(Document document, TokenRange sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (document.Tokens[i].Dependency != DependencyLabel.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue token that carries it in the tree: the first whose head lies outside the cue and is not a function word.</summary>
    private static int SpanRoot(Document document, TokenRange span)
    {
        var fallback = span.Start;
        var found = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var head = document.Tokens[i].Head;
            if (head >= span.Start && head < span.End)
            {
                continue;
            }

            if (document.Tokens[i].Dependency is not (DependencyLabel.Mark or DependencyLabel.Case or DependencyLabel.Aux or DependencyLabel.AuxPass or DependencyLabel.Cop))
            {
                return i;
            }

            if (!found)
            {
                fallback = i;
                found = true;
            }
        }

        return fallback;
    }

    /// <summary>True when <paramref name="ancestor"/> is reached from <paramref name="token"/> by climbing conj arcs only.</summary>
    private static bool IsConjunctAncestor(Document document, int token, int ancestor)
    {
        for (var depth = 0; depth < MaxDepth && document.Tokens[token].Dependency == DependencyLabel.Conj; depth++)
        {
            token = document.Tokens[token].Head;
            if (token == ancestor)
            {
                return true;
            }

            if (token < 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="ancestor"/> is a proper ancestor of <paramref name="token"/> without crossing a relative clause or parataxis.</summary>
    private static bool Dominates(Document document, int ancestor, int token)
    {
        for (var depth = 0; depth < MaxDepth && token >= 0; depth++)
        {
            if (document.Tokens[token].Dependency is DependencyLabel.AclRelcl or DependencyLabel.AdvclRelcl or DependencyLabel.Parataxis)
            {
                return false;
            }

            token = document.Tokens[token].Head;
            if (token == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
