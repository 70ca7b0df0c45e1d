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

    /// <summary>
    /// True when <paramref name="variant"/> is a misspelling of the person <paramref name="full"/>: a full name with the
    /// same surname and a given name one edit off ("Marten Olsby" / "Martin Olsby"), or a lone word one edit
    /// (two for long words) off the surname ("Holingworth" / "Agnes Hollingworth"), with the same first letter.
    /// </summary>
    public static bool IsSpellingVariant(string variant, string full)
    {
        var fullLast = full.LastIndexOf(' ');
        if (fullLast <= 0 || fullLast == full.Length - 1 || variant.Length == 0)
        {
            // "Lloyd-Webber": several tokens, one word.
            return false;
        }

        var surname = full.AsSpan(fullLast + 1);
        var space = variant.LastIndexOf(' ');
        if (space < 0)
        {
            var limit = variant.Length >= 8 ? 2 : variant.Length >= 5 ? 1 : 0;
            return limit > 0 && char.ToUpperInvariant(variant[0]) == char.ToUpperInvariant(surname[0]) && !surname.Equals(variant, StringComparison.OrdinalIgnoreCase)
                && EditDistance(variant, surname, limit) <= limit;
        }

        var variantFirst = variant.AsSpan(0, variant.IndexOf(' ', StringComparison.Ordinal));
        var fullFirst = full.AsSpan(0, full.IndexOf(' ', StringComparison.Ordinal));
        return variant.IndexOf(' ', StringComparison.Ordinal) == space && full.IndexOf(' ', StringComparison.Ordinal) == fullLast
            && variant.AsSpan(space + 1).Equals(surname, StringComparison.OrdinalIgnoreCase)
            && variantFirst.Length >= 4 && char.ToUpperInvariant(variantFirst[0]) == char.ToUpperInvariant(fullFirst[0])
            && !variantFirst.Equals(fullFirst, StringComparison.OrdinalIgnoreCase) && EditDistance(variantFirst, fullFirst, 1) <= 1;
    }

    /// <summary>Levenshtein distance, ignoring case; any value above <paramref name="limit"/> is returned as <c>limit + 1</c>.</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            current.CopyTo(previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>"Municipality of Arezzo", "University of Lower Wessex at Brackford": the last word follows a connector.</summary>
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
