namespace Chronicle.Entities;

/// <summary>String tests the clustering sieves apply to names: parts of a person's name, initials of an acronym.</summary>
internal static class NameForms
{
    private static readonly string[] _acronymSkips = ["of", "the", "for", "and", "on", "de", "in", "&"];

    public static bool IsSharedNamePart(List<ResolverMention> mentions, int m)
    {
        var part = mentions[m];
        if (part.Type != EntityType.PERSON || part.Tokens.Length != 1)
        {
            return false;
        }

        string? first = null;
        foreach (var full in mentions)
        {
            if (full.Kind == MentionKind.Name && full.Type == EntityType.PERSON && full.Tokens.Length >= 2
                && (IsNamePart(part.Text, full.Text, lastWord: true) || IsNamePart(part.Text, full.Text, lastWord: false)))
            {
                if (first is not null && !string.Equals(first, full.Text, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                first = full.Text;
            }
        }

        return false;
    }

    public static bool IsNamePart(string part, string full, bool lastWord)
    {
        var first = full.IndexOf(' ', StringComparison.Ordinal);
        var last = full.LastIndexOf(' ');
        if (first < 0)
        {
            // A name of several tokens written without spaces ("Jean-Paul"): not split into parts.
            return false;
        }

        return lastWord
            ? full.AsSpan(last + 1).Equals(part, StringComparison.OrdinalIgnoreCase)
            : full.AsSpan(0, first).Equals(part, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Municipality of Livorno", "University of North Carolina at Greensboro": the last word follows a connector.</summary>
    public static bool EndsInComplement(string name)
    {
        var last = name.LastIndexOf(' ');
        if (last <= 0)
        {
            return false;
        }

        var before = name.LastIndexOf(' ', last - 1);
        var connector = name.AsSpan(before + 1, last - before - 1);
        return connector is "of" or "for" or "at" or "in" or "on" or "de" or "di" or "del" or "della";
    }

    public static string LettersOf(string acronym)
    {
        Span<char> buffer = stackalloc char[acronym.Length];
        var n = 0;
        foreach (var c in acronym)
        {
            if (char.IsLetter(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    public static string Initials(string name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        var n = 0;
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(_acronymSkips, word.ToLowerInvariant()) < 0 && char.IsLetter(word[0]))
            {
                buffer[n++] = char.ToUpperInvariant(word[0]);
            }
        }

        return new string(buffer[..n]);
    }
}
