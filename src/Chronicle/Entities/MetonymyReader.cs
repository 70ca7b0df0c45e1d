using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Decides whether a capital or seat of power stands for its government ("Washington denounced", "Beijing said",
/// "Moscow has been promoting", "Kyiv, which says …, welcomed", "Beijing's proposal") or is a place ("met in
/// Moscow", "flew to Washington", "his Moscow visit", the dateline "Moscow:"). Reads the dependency parse when the
/// document has one and falls back to the words around the name.
/// </summary>
internal static class MetonymyReader
{
    /// <summary>A seat of power is the institution unless the sentence puts someone in or at it ("met in the Kremlin").</summary>
    public static bool IsInstitution(Document document, TokenRange name)
    {
        var before = name.Start - 1;
        if (before >= 0 && document.TextOf(before) is "the" or "The")
        {
            before--;
        }

        return before < 0 || !SurfaceCues.IsLocativePreposition(document.TextOf(before));
    }

    public static bool IsActor(Document document, TokenRange name, bool hasDependencies)
    {
        if (hasDependencies && FromSyntax(document, name) is { } bySyntax)
        {
            return bySyntax;
        }

        return FromSurface(document, name);
    }

    private static bool? FromSyntax(Document document, TokenRange name)
    {
        var tokens = document.Tokens;
        var head = -1;
        for (var t = name.Start; t < name.End; t++)
        {
            if (tokens[t].Head < name.Start || tokens[t].Head >= name.End)
            {
                head = t;
                break;
            }
        }

        if (head < 0 || tokens[head].Dependency == DependencyLabel.None)
        {
            return null;
        }

        switch (tokens[head].Dependency)
        {
            case DependencyLabel.Nsubj or DependencyLabel.NsubjPass or DependencyLabel.Csubj or DependencyLabel.NmodPoss
                or DependencyLabel.OblAgent or DependencyLabel.Iobj:
                return true;
            case DependencyLabel.Obl or DependencyLabel.Nmod or DependencyLabel.Compound or DependencyLabel.Amod:
                return HasLocativeCase(document, head) ? false : null;
            default:
                return null;
        }
    }

    private static bool HasLocativeCase(Document document, int head)
    {
        var tokens = document.Tokens;
        for (var t = Math.Max(0, head - 4); t < head; t++)
        {
            if (tokens[t].Head == head && tokens[t].Dependency == DependencyLabel.Case && SurfaceCues.IsLocativePreposition(document.TextOf(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FromSurface(Document document, TokenRange name)
    {
        var tokens = document.Tokens;
        var before = name.Start - 1;
        if (before >= 0 && (SurfaceCues.IsPossessiveDeterminer(document.TextOf(before)) || document.TextOf(before) is "a" or "an" or "A" or "An"))
        {
            // "his Moscow visit", "a Washington think tank": the name modifies a noun.
            return false;
        }

        if (before >= 0 && document.TextOf(before) is "the" or "The")
        {
            before--;
        }

        if (before >= 0 && SurfaceCues.IsLocativePreposition(document.TextOf(before)))
        {
            return false;
        }

        var after = name.End;
        if (after >= tokens.Length)
        {
            return false;
        }

        var next = document.TextOf(after);
        if (next is ":" or "-" or "—" or "–")
        {
            // Datelines: "MOSCOW (Reuters) -", "Moscow:".
            return false;
        }

        if (SurfaceCues.IsPossessiveClitic(next) || SurfaceCues.StartsPredicate(next))
        {
            return true;
        }

        if (next is "," && after + 1 < tokens.Length && document.TextOf(after + 1) is "which" or "who")
        {
            return true;
        }

        // Anything else that is not a locative use is read as the government when it stands where actors stand:
        // before a lower-case verb form ("Beijing denied", "Moscow opened").
        return next.Length > 2 && char.IsLower(next[0]) && (next.EndsWith("ed") || next.EndsWith("s"));
    }
}
