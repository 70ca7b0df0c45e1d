using Chronicle.Documents;

namespace Chronicle.Segmentation;

/// <summary>
/// Finds sentence ends among the tokens of one paragraph. A sentence ends at terminal punctuation (". ! ? …"),
/// after any closing quotes and brackets, when what follows can open a sentence; abbreviations ("Dr.", "Jan. 5"),
/// initials ("J. K. Rowling") and dotted acronyms followed by a name ("U.S. President") do not end one.
/// The paragraph's end always ends a sentence, so headlines and lines without final punctuation stand alone.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Appends the sentences of the paragraph's tokens <c>[first, last)</c>.</summary>
    public void Split(string text, List<TokenData> tokens, int first, int last, int paragraph, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var start = first;
        var i = first;
        while (i < last)
        {
            var end = SentenceEndAfter(text, tokens, i, last);
            if (end > 0)
            {
                sentences.Add(new Sentence(new TokenRange(start, end), paragraph));
                start = i = end;
                continue;
            }

            i++;
        }

        if (start < last)
        {
            sentences.Add(new Sentence(new TokenRange(start, last), paragraph));
        }
    }

    /// <summary>When token <paramref name="i"/> ends a sentence, the index after the sentence (closers included); else 0.</summary>
    private static int SentenceEndAfter(string text, List<TokenData> tokens, int i, int last)
    {
        var token = tokens[i];
        var word = text.AsSpan(token.Start, token.Length);
        var kind = Terminal(word);
        if (kind == TerminalKind.None)
        {
            return 0;
        }

        var j = i + 1;
        while (j < last)
        {
            if (IsCloser(text, tokens, j))
            {
                j++;
            }
            else if (CitationEnd(text, tokens, j, last) is var citation && citation > j)
            {
                j = citation;
            }
            else
            {
                break;
            }
        }

        if (j >= last)
        {
            return last;
        }

        var next = tokens[j];
        var nextWord = text.AsSpan(next.Start, next.Length);
        var first = nextWord[0];
        if (kind == TerminalKind.Abbreviation)
        {
            var stem = word[..^1];
            if (stem.Length == 1 || SegmentationTables.PrefixAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem)
                || SegmentationTables.NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(stem))
            {
                return 0;
            }

            // "U.S. officials" vs "in the U.S. The": only a word that typically opens a sentence ends it here.
            return j > i + 1 || SegmentationTables.SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord) ? j : 0;
        }

        if (char.IsLower(first) && kind == TerminalKind.Stop && j == i + 1 && i > 0 && word[0] is '.' or '?' or '!'
            && char.IsLetter(text[tokens[i - 1].End - 1]) && tokens[i - 1].End == token.Start)
        {
            // Web and e-mail text starts sentences in lower case; news never continues one after a plain period.
            return j;
        }

        if (char.IsLower(first) || first is ',' or ';' or ':' or '%' or ')' or ']' or '-' or '\u2013' or '\u2014')
        {
            return 0;
        }

        if (kind == TerminalKind.Ellipsis && !char.IsUpper(first))
        {
            return 0;
        }

        return j;
    }

    private static TerminalKind Terminal(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return TerminalKind.None;
        }

        var last = word[^1];
        if (last is not ('.' or '!' or '?' or '\u2026'))
        {
            return TerminalKind.None;
        }

        if (word.Length == 1)
        {
            return last switch
            {
                '.' or '!' or '?' => TerminalKind.Stop,
                '\u2026' => TerminalKind.Ellipsis,
                _ => TerminalKind.None,
            };
        }

        if (word.ContainsAnyExcept(".!?"))
        {
            return last == '.' && char.IsLetter(word[^2]) ? TerminalKind.Abbreviation : TerminalKind.None;
        }

        return word.Contains("..", StringComparison.Ordinal) ? TerminalKind.Ellipsis : TerminalKind.Stop;
    }

    /// <summary>
    /// A reference mark after a sentence ("[12]", "[1 - 3]") belongs to it; returns the index after the mark, or
    /// <paramref name="j"/> when none starts there.
    /// </summary>
    private static int CitationEnd(string text, List<TokenData> tokens, int j, int last)
    {
        if (text[tokens[j].Start] != '[' || tokens[j].Length != 1)
        {
            return j;
        }

        for (var k = j + 1; k < last && k <= j + 6; k++)
        {
            var token = tokens[k];
            var c = text[token.Start];
            if (c == ']' && token.Length == 1)
            {
                return k > j + 1 ? k + 1 : j;
            }

            if (!char.IsDigit(c) && c is not (',' or '-' or '\u2013'))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>Closing quotes and brackets attach to the sentence they close.</summary>
    private static bool IsCloser(string text, List<TokenData> tokens, int j)
    {
        var token = tokens[j];
        if (token.Length == 2 && text[token.Start] == '\'' && text[token.Start + 1] == '\'')
        {
            return true;
        }

        if (token.Length != 1)
        {
            return false;
        }

        var c = text[token.Start];
        if (c is '\u201D' or '\u2019' or ')' or ']' or '}' or '\u00BB')
        {
            return true;
        }

        // A straight quote closes when it touches the punctuation before it and opens when it touches the word after it.
        return c is '"' or '\'' && tokens[j - 1].End == token.Start;
    }

    private enum TerminalKind
    {
        None,
        Stop,
        Ellipsis,
        Abbreviation,
    }
}
