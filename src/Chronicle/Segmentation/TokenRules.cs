namespace Chronicle.Segmentation;

/// <summary>
/// Character-level tests the tokenizer shares: which punctuation opens or closes, which periods belong to their
/// word, where URLs, e-mail addresses, handles and hashtags end, and runs of one character.
/// </summary>
internal static class TokenRules
{
    /// <summary>A list marker opening a paragraph: "1.", "2)", "a)", "(iv)"; UD keeps it whole.</summary>
    internal static bool IsEnumerator(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 2 || chunk.Length > 5)
        {
            return false;
        }

        var body = chunk[0] == '(' && chunk[^1] == ')' ? chunk[1..^1] : chunk[..^1];
        if (body.IsEmpty || (chunk[^1] != ')' && !(chunk[^1] == '.' && char.IsDigit(body[0]))))
        {
            return false;
        }

        return body.Length <= 3 && (IsDigits(body) || (body.Length == 1 && char.IsLetter(body[0])) || IsRomanNumeral(body));
    }

    internal static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.Length > 0 && !word.ContainsAnyExcept("ivxIVX");

    /// <summary>Whether a single final period stays on the word before it: abbreviations, initials, dotted acronyms.</summary>
    internal static bool KeepsPeriod(string text, int s, int periodAt, int chunkEnd)
    {
        var word = text.AsSpan(s, periodAt - s);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (SegmentationTables.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (SegmentationTables.NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            var after = chunkEnd;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            return periodAt + 1 == chunkEnd && after < text.Length && char.IsDigit(text[after]);
        }

        return IsDottedAcronym(word);
    }

    /// <summary>"U.S", "a.m", "Ph.D", "e.g": letter groups of one to three joined by periods.</summary>
    internal static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        var dots = 0;
        var group = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }

                dots++;
                group = 0;
            }
            else if (char.IsLetter(c) && ++group <= 3)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return dots > 0 && group > 0;
    }

    /// <summary>Where a URL, e-mail address, @handle or #hashtag starting at <paramref name="s"/> ends; <paramref name="s"/> if none does.</summary>
    internal static int SpecialTokenEnd(string text, int s, int e)
    {
        var chunk = text.AsSpan(s, e - s);
        if (chunk[0] is 'h' or 'H' or 'f' or 'F' or 'w' or 'W' && chunk.Length > 4 && chunk[3] is 'p' or 'P' or '.' or ':'
            && (chunk.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || chunk.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && chunk.Length > 5)))
        {
            var end = s;
            while (end < e && text[end] is not ('"' or '\u201D' or '<' or '>'))
            {
                end++;
            }

            return end;
        }

        if ((chunk[0] is '@' or '#') && chunk.Length > 1 && (char.IsLetter(chunk[1]) || chunk[1] == '_'))
        {
            var end = s + 1;
            while (end < e && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            return end;
        }

        var at = chunk.IndexOf('@');
        if (at > 0)
        {
            var end = s + at + 1;
            var dot = false;
            while (end < e && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '_'))
            {
                dot |= text[end] == '.';
                end++;
            }

            for (var k = s; k < s + at; k++)
            {
                if (!(char.IsLetterOrDigit(text[k]) || text[k] is '.' or '_' or '-' or '+'))
                {
                    return s;
                }
            }

            return dot ? end : s;
        }

        return s;
    }

    internal static bool IsUrlTrailer(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019';

    internal static bool IsClosing(char c) =>
        c is '"' or '\u201D' or '\u201C' or '\u00BB' or '\u00AB' or ')' or ']' or '}' or ',' or ';' or ':' or '%' or '\u2026'
            or '\u2014' or '\u2013' or '*' or '\u2030' or '>' or '|';

    internal static bool IsCurrency(char c) => c is '$' or '\u00A3' or '\u20AC' or '\u00A5' or '\u20B9' or '\u20BD';

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    internal static bool IsDigits(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Start of the run of <paramref name="c"/> that ends at <paramref name="end"/>.</summary>
    internal static int RunStart(string text, int floor, int end, char c)
    {
        var k = end - 1;
        while (k > floor && text[k - 1] == c)
        {
            k--;
        }

        return k;
    }

    /// <summary>End of the run of <paramref name="c"/> that starts at <paramref name="start"/>.</summary>
    internal static int RunStartForward(string text, int start, int ceiling, char c)
    {
        var k = start + 1;
        while (k < ceiling && text[k] == c)
        {
            k++;
        }

        return k;
    }

    internal static int RunOf(string text, int floor, int end, Func<char, bool> member, bool forward = false)
    {
        if (forward)
        {
            var k = floor + 1;
            while (k < end && member(text[k]))
            {
                k++;
            }

            return k;
        }

        var j = end - 1;
        while (j > floor && member(text[j - 1]))
        {
            j--;
        }

        return j;
    }

    internal static bool IsLeadingClitic(string text, int s, int e)
    {
        // "'s", "'re", "'ll", "'em", "'til", "'cause" written apart from their host.
        var rest = text.AsSpan(s + 1, e - s - 1);
        var letters = 0;
        while (letters < rest.Length && char.IsLetter(rest[letters]))
        {
            letters++;
        }

        var word = rest[..letters];
        return word.Equals("s", StringComparison.OrdinalIgnoreCase) || word.Equals("re", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ll", StringComparison.OrdinalIgnoreCase) || word.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || word.Equals("d", StringComparison.OrdinalIgnoreCase) || word.Equals("m", StringComparison.OrdinalIgnoreCase)
            || word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("til", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cause", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase);
    }
}
