using System.Buffers;
using Chronicle.Documents;

namespace Chronicle.Segmentation;

/// <summary>
/// Rule-based tokenizer following the UD English (EWT/GUM) conventions: clitics split ("do n't", "ca n't", "Putin 's"),
/// hyphens split except after prefixes ("e-mail") and in phone numbers, slashes split between words but not in dates
/// or fractions, units split from numbers ("5 pm"), currency and percent signs split, URLs, e-mail addresses,
/// handles, hashtags and emoticons kept whole. Works on whitespace-delimited chunks and never allocates strings.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxTrailing = 32;
    private const int MaxEmoticon = 3;

    /// <summary>Exactly the characters <see cref="char.IsWhiteSpace(char)"/> accepts, for a vectorised chunk search.</summary>
    private static readonly SearchValues<char> s_whitespace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>Appends the tokens of <c>text[start..end)</c> to <paramref name="tokens"/>.</summary>
    public void Tokenize(string text, int start, int end, List<TokenData> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var length = text.AsSpan(i, end - i).IndexOfAny(s_whitespace);
            var chunkEnd = length < 0 ? end : i + length;

            if (i == start && IsEnumerator(text.AsSpan(i, chunkEnd - i)))
            {
                tokens.Add(new TokenData(i, chunkEnd));
            }
            else
            {
                TokenizeChunk(text, i, chunkEnd, tokens);
            }

            i = chunkEnd;
        }
    }

    /// <summary>A list marker opening a paragraph: "1.", "2)", "a)", "(iv)"; UD keeps it whole.</summary>
    private static bool IsEnumerator(ReadOnlySpan<char> chunk)
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

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.Length > 0 && !word.ContainsAnyExcept("ivxIVX");

    private static void TokenizeChunk(string text, int s, int e, List<TokenData> tokens)
    {
        // Emoticons are two or three characters and never a lower-case word, which spares most chunks the lookup.
        if (e - s is >= 2 and <= MaxEmoticon && !(char.IsLower(text[s]) && char.IsLower(text[e - 1]))
            && SegmentationTables.Emoticons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(s, e - s)))
        {
            tokens.Add(new TokenData(s, e));
            return;
        }

        s = SplitLeading(text, s, e, tokens);
        if (s >= e)
        {
            return;
        }

        var special = SpecialTokenEnd(text, s, e);
        if (special > s)
        {
            var kept = special;
            while (kept > s + 1 && IsUrlTrailer(text[kept - 1]))
            {
                kept--;
            }

            tokens.Add(new TokenData(s, kept));
            if (kept < e)
            {
                TokenizeChunk(text, kept, e, tokens);
            }

            return;
        }

        Span<int> trailing = stackalloc int[MaxTrailing];
        var count = 0;
        var coreEnd = e;
        while (coreEnd > s && count < MaxTrailing)
        {
            var c = text[coreEnd - 1];
            var pieceStart = coreEnd - 1;
            if (c == '.')
            {
                var run = RunStart(text, s, coreEnd, c);
                if (coreEnd - run == 1 && KeepsPeriod(text, s, coreEnd - 1, e))
                {
                    break;
                }

                // "Inc.." is the abbreviation's period followed by the sentence's.
                pieceStart = coreEnd - run == 2 && KeepsPeriod(text, s, run, e) ? coreEnd - 1 : run;
            }
            else if (c is '-' && coreEnd - 1 > s && text[coreEnd - 2] == '-')
            {
                pieceStart = RunStart(text, s, coreEnd, c);
            }
            else if (c is '!' or '?')
            {
                pieceStart = RunOf(text, s, coreEnd, static ch => ch is '!' or '?' or '.');
            }
            else if (c is '*' or '>' or '|')
            {
                pieceStart = RunStart(text, s, coreEnd, c);
            }
            else if (c == '\'' && coreEnd - 2 >= s && text[coreEnd - 2] == '\'')
            {
                pieceStart = coreEnd - 2;
            }
            else if (!IsClosing(c) && c is not ('\'' or '\u2019'))
            {
                break;
            }

            trailing[count++] = pieceStart;
            coreEnd = pieceStart;
        }

        if (coreEnd > s)
        {
            SplitCore(text, s, coreEnd, tokens);
        }

        // trailing[k] starts the k-th piece peeled from the right, so the piece peeled before it bounds it.
        for (var k = count - 1; k >= 0; k--)
        {
            tokens.Add(new TokenData(trailing[k], k == 0 ? e : trailing[k - 1]));
        }
    }

    /// <summary>Emits opening quotes, brackets, dashes, ellipses and currency signs; returns where the rest starts.</summary>
    private static int SplitLeading(string text, int s, int e, List<TokenData> tokens)
    {
        while (s < e)
        {
            var c = text[s];
            var next = s + 1 < e ? text[s + 1] : '\0';
            int pieceEnd;
            if (c is '*' or '<' or '>' or '=' or '~' or '|' or '_')
            {
                // Runs of one symbol ("***", "<<", "====") are one token in UD.
                pieceEnd = RunStartForward(text, s, e, c);
                if (pieceEnd == s + 1 && c is '_' or '=' or '~')
                {
                    return s;
                }
            }
            else if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '(' or '[' or '{' or '\u00A1' or '\u00BF' or '\u2014' or '\u2013' or '\u2026')
            {
                pieceEnd = s + 1;
            }
            else if (c == '\'' && next == '\'')
            {
                // Wiki and Penn-style quotes written as two apostrophes ('') are one quote token.
                pieceEnd = s + 2;
            }
            else if (c is '\'' or '\u2018' or '\u2019' or '`')
            {
                // "'90s", "'em", "'s": an apostrophe opening a word belongs to it.
                if (char.IsDigit(next) || IsLeadingClitic(text, s, e))
                {
                    return s;
                }

                pieceEnd = c == '`' ? RunStartForward(text, s, e, '`') : s + 1;
            }
            else if (c == '-' && (next == '-' || !char.IsDigit(next) && next != '.'))
            {
                pieceEnd = RunStartForward(text, s, e, '-');
            }
            else if (c == '.' && next == '.')
            {
                pieceEnd = RunStartForward(text, s, e, '.');
            }
            else if (IsCurrency(c) && (char.IsDigit(next) || next == '.'))
            {
                pieceEnd = s + 1;
            }
            else if (c == '#' && char.IsDigit(next))
            {
                pieceEnd = s + 1;
            }
            else if (c is '!' or '?' && e - s > 1)
            {
                pieceEnd = RunOf(text, s, e, static ch => ch is '!' or '?' or '.', forward: true);
            }
            else if (c is ',' or ';' or ':' or ')' or ']' or '}' && e - s > 1)
            {
                pieceEnd = s + 1;
            }
            else
            {
                return s;
            }

            tokens.Add(new TokenData(s, pieceEnd));
            s = pieceEnd;
        }

        return s;
    }

    /// <summary>Splits a chunk freed of leading and trailing punctuation at dashes, hyphens, slashes, inner punctuation and clitics.</summary>
    private static void SplitCore(string text, int s, int e, List<TokenData> tokens)
    {
        var piece = s;
        var segment = s;
        var i = s;
        while (i < e)
        {
            var c = text[i];
            var next = i + 1 < e ? text[i + 1] : '\0';
            var previous = i > s ? text[i - 1] : '\0';
            int separatorEnd;
            switch (c)
            {
                case '\u2014' or '\u2013' or '\u2026' or '"' or '\u201C' or '\u201D' or '(' or ')' or '[' or ']' or '{' or '}' or ';' or '!' or '?' or '*':
                    separatorEnd = c is '!' or '?' ? RunOf(text, i, e, static ch => ch is '!' or '?', forward: true) : i + 1;
                    break;
                case '-' when next == '-':
                    separatorEnd = RunStartForward(text, i, e, '-');
                    break;
                case '-' when SplitsAtHyphen(text, s, segment, i, e):
                    separatorEnd = i + 1;
                    break;
                case '.' when next == '.':
                    separatorEnd = RunStartForward(text, i, e, '.');
                    break;
                case '/' when SplitsAtSlash(text, piece, i, e):
                    separatorEnd = i + 1;
                    break;
                case ',' when !(char.IsDigit(previous) && IsThousandsGroup(text, i + 1, e)):
                    separatorEnd = i + 1;
                    break;
                case ':' when !(char.IsDigit(previous) && char.IsDigit(next)):
                    separatorEnd = i + 1;
                    break;
                default:
                    if (char.IsLetter(c) && char.IsDigit(previous) && IsUnitAfterNumber(text, piece, i, e))
                    {
                        EmitWord(text, piece, i, tokens);
                        piece = segment = i;
                    }

                    if (c == '-')
                    {
                        segment = i + 1;
                    }

                    i++;
                    continue;
            }

            if (i > piece)
            {
                EmitWord(text, piece, i, tokens);
            }

            tokens.Add(new TokenData(i, separatorEnd));
            i = piece = segment = separatorEnd;
        }

        if (e > piece)
        {
            EmitWord(text, piece, e, tokens);
        }
    }

    /// <summary>Emits a word, splitting a final clitic ("do|n't", "Putin|'s", "can|not").</summary>
    private static void EmitWord(string text, int s, int e, List<TokenData> tokens)
    {
        var word = text.AsSpan(s, e - s);
        var split = -1;
        // Every fused word ends in "t" or "a" ("cannot", "dont", "gonna"); the check spares most words the lookup.
        if (word.Length is >= 4 and <= 8 && word[^1] is 't' or 'T' or 'a' or 'A'
            && SegmentationTables.FusedWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var at))
        {
            split = s + at;
        }
        else if (word.Length > 3 && IsApostrophe(word[^2]) && word[^1] is 't' or 'T' && word[^3] is 'n' or 'N')
        {
            split = e - 3;
        }
        else if (word.Length > 2 && IsApostrophe(word[^2]) && word[^1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M' && char.IsLetterOrDigit(word[^3]))
        {
            split = e - 2;
        }
        else if (word.Length > 3 && IsApostrophe(word[^3]) && IsTwoLetterClitic(word[^2], word[^1]) && char.IsLetter(word[^4]))
        {
            split = e - 3;
        }

        if (split > s)
        {
            tokens.Add(new TokenData(s, split));
            tokens.Add(new TokenData(split, e));
        }
        else
        {
            tokens.Add(new TokenData(s, e));
        }
    }

    private static bool IsTwoLetterClitic(char a, char b) =>
        (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('l', 'l') or ('r', 'e') or ('v', 'e');

    private static bool IsLeadingClitic(string text, int s, int e)
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

    /// <summary>
    /// UD splits hyphenated compounds ("two - state", "F - 16") but keeps prefixes ("e-mail", "non-profit"),
    /// phone numbers and dates made of digit groups ("713-853-3989", "01-Feb-02").
    /// </summary>
    private static bool SplitsAtHyphen(string text, int chunkStart, int segment, int i, int e)
    {
        if (i == segment || i + 1 >= e)
        {
            return i > chunkStart && i + 1 < e && !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '.';
        }

        var left = text.AsSpan(segment, i - segment);
        if (SegmentationTables.HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left))
        {
            return false;
        }

        var rightEnd = i + 1;
        while (rightEnd < e && char.IsLetterOrDigit(text[rightEnd]))
        {
            rightEnd++;
        }

        var right = text.AsSpan(i + 1, rightEnd - i - 1);
        if (IsDigits(left) && IsDigits(right))
        {
            var chained = (segment > chunkStart && text[segment - 1] == '-') || (rightEnd < e && text[rightEnd] == '-');
            return !chained && !(left.Length == 3 && right.Length == 4);
        }

        return true;
    }

    private static bool SplitsAtSlash(string text, int piece, int i, int e)
    {
        if (i == piece || i + 1 >= e)
        {
            return true;
        }

        if (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
        {
            return false;
        }

        var end = i + 1;
        while (end < e && char.IsLetter(text[end]))
        {
            end++;
        }

        return !SegmentationTables.SlashWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(piece, end - piece));
    }

    private static bool IsUnitAfterNumber(string text, int piece, int i, int e)
    {
        for (var k = piece; k < i; k++)
        {
            if (!(char.IsDigit(text[k]) || text[k] is '.' or ','))
            {
                return false;
            }
        }

        var end = i;
        while (end < e && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end < e && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        return SegmentationTables.NumberUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(i, end - i));
    }

    private static bool IsThousandsGroup(string text, int i, int e) =>
        i + 3 <= e && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
            && (i + 3 == e || !char.IsDigit(text[i + 3]));

    /// <summary>Whether a single final period stays on the word before it: abbreviations, initials, dotted acronyms.</summary>
    private static bool KeepsPeriod(string text, int s, int periodAt, int chunkEnd)
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
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
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
    private static int SpecialTokenEnd(string text, int s, int e)
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

    private static bool IsUrlTrailer(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '\u2019';

    private static bool IsClosing(char c) =>
        c is '"' or '\u201D' or '\u201C' or '\u00BB' or '\u00AB' or ')' or ']' or '}' or ',' or ';' or ':' or '%' or '\u2026'
            or '\u2014' or '\u2013' or '*' or '\u2030' or '>' or '|';

    private static bool IsCurrency(char c) => c is '$' or '\u00A3' or '\u20AC' or '\u00A5' or '\u20B9' or '\u20BD';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsDigits(ReadOnlySpan<char> span)
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
    private static int RunStart(string text, int floor, int end, char c)
    {
        var k = end - 1;
        while (k > floor && text[k - 1] == c)
        {
            k--;
        }

        return k;
    }

    /// <summary>End of the run of <paramref name="c"/> that starts at <paramref name="start"/>.</summary>
    private static int RunStartForward(string text, int start, int ceiling, char c)
    {
        var k = start + 1;
        while (k < ceiling && text[k] == c)
        {
            k++;
        }

        return k;
    }

    private static int RunOf(string text, int floor, int end, Func<char, bool> member, bool forward = false)
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
}
