using System.Buffers;
using Chronicle.Documents;
using static Chronicle.Segmentation.TokenRules;

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

    private static void TokenizeChunk(string text, int s, int e, List<TokenData> tokens)
    {
        // Emoticons are two or three characters and never a lower-case word, which spares most chunks the lookup.
        if (e - s is >= 2 and <= MaxEmoticon && !(char.IsLower(text[s]) && char.IsLower(text[e - 1]))
            && SegmentationTables.Emoticons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(s, e - s)))
        {
            tokens.Add(new TokenData(s, e));
            return;
        }

        // URLs, addresses, handles and hashtags are taken one after another ("@a@b" is two handles) in a loop,
        // not by recursion, so a hostile chunk cannot exhaust the stack.
        while (true)
        {
            s = SplitLeading(text, s, e, tokens);
            if (s >= e)
            {
                return;
            }

            var special = SpecialTokenEnd(text, s, e);
            if (special <= s)
            {
                break;
            }

            var kept = special;
            while (kept > s + 1 && IsUrlTrailer(text[kept - 1]))
            {
                kept--;
            }

            tokens.Add(new TokenData(s, kept));
            s = kept;
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
            WordSplitter.SplitCore(text, s, coreEnd, tokens);
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

}
