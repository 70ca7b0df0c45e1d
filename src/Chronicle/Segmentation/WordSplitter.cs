using Chronicle.Documents;
using static Chronicle.Segmentation.TokenRules;

namespace Chronicle.Segmentation;

/// <summary>
/// Splits a whitespace chunk freed of its leading and trailing punctuation into UD English words: at dashes,
/// hyphens (but not after prefixes or inside phone numbers), slashes (but not in dates and fractions), inner
/// punctuation, between numbers and units, and before clitics ("do|n't", "Putin|'s", "can|not").
/// </summary>
internal static class WordSplitter
{
    /// <summary>Splits a chunk freed of leading and trailing punctuation at dashes, hyphens, slashes, inner punctuation and clitics.</summary>
    internal static void SplitCore(string text, int s, int e, List<TokenData> tokens)
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
    internal static void EmitWord(string text, int s, int e, List<TokenData> tokens)
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
        else if (word.Length > 2 && IsApostrophe(word[^2]) && word[^1] is 's' or 'S' or 'd' or 'D' or 'm' or 'M' && char.IsLetter(word[^3]))
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

    internal static bool IsTwoLetterClitic(char a, char b) =>
        (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('l', 'l') or ('r', 'e') or ('v', 'e');

    /// <summary>
    /// UD splits hyphenated compounds ("two - state", "F - 16") but keeps prefixes ("e-mail", "non-profit"),
    /// phone numbers and dates made of digit groups ("713-853-3989", "01-Feb-02").
    /// </summary>
    internal static bool SplitsAtHyphen(string text, int chunkStart, int segment, int i, int e)
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

    internal static bool SplitsAtSlash(string text, int piece, int i, int e)
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

    internal static bool IsUnitAfterNumber(string text, int piece, int i, int e)
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

    internal static bool IsThousandsGroup(string text, int i, int e) =>
        i + 3 <= e && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
            && (i + 3 == e || !char.IsDigit(text[i + 3]));
}
