using System.Collections.Frozen;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Segmentation;

/// <summary>
/// Splits the body into tokens and sentences, paragraph by paragraph, so no sentence crosses a paragraph break.
/// </summary>
public sealed class Segmenter : IPipe
{
    private static readonly FrozenSet<string> s_abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "St", "Jr", "Sr",
        "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co", "No",
        "vs", "etc", "U.S", "U.K", "U.N", "e.g", "i.e",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Name => "segmenter";

    public PipeContract Contract { get; } = new(Annotation.None, Annotation.Tokens | Annotation.Sentences, EnglishOnly: false);

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var tokens = new List<TokenData>(text.Length / 5);
        var sentences = new List<Sentence>();
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            var sentenceStart = tokens.Count;
            Tokenize(text, paragraph, tokens);
            for (var i = sentenceStart; i < tokens.Count; i++)
            {
                if (EndsSentence(text, tokens, i))
                {
                    sentences.Add(new Sentence(new TokenRange(sentenceStart, i + 1), p));
                    sentenceStart = i + 1;
                }
            }

            if (sentenceStart < tokens.Count)
            {
                sentences.Add(new Sentence(new TokenRange(sentenceStart, tokens.Count), p));
            }
        }

        document.Tokens = [.. tokens];
        document.Sentences = sentences;
    }

    private static void Tokenize(string text, TextRange range, List<TokenData> tokens)
    {
        var i = range.Start;
        while (i < range.End)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < range.End && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            SplitWord(text, i, wordEnd, tokens);
            i = wordEnd;
        }
    }

    /// <summary>Splits a whitespace-delimited chunk into leading punctuation, the word, clitics and trailing punctuation.</summary>
    private static void SplitWord(string text, int start, int end, List<TokenData> tokens)
    {
        while (start < end && IsSplittable(text[start]))
        {
            tokens.Add(new TokenData(start, start + 1));
            start++;
        }

        var trailing = new Stack<TokenData>();
        while (end > start && IsSplittable(text[end - 1]))
        {
            var c = text[end - 1];
            // Keep the period of an abbreviation or initial ("U.S.", "J.") on the word.
            if (c == '.' && end - 1 > start && IsAbbreviation(text.AsSpan(start, end - 1 - start)))
            {
                break;
            }

            trailing.Push(new TokenData(end - 1, end));
            end--;
        }

        if (end > start)
        {
            var clitic = FindClitic(text, start, end);
            if (clitic > start)
            {
                tokens.Add(new TokenData(start, clitic));
                tokens.Add(new TokenData(clitic, end));
            }
            else
            {
                tokens.Add(new TokenData(start, end));
            }
        }

        while (trailing.Count > 0)
        {
            tokens.Add(trailing.Pop());
        }
    }

    private static int FindClitic(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            return end - 2;
        }

        if (word.Length > 3 && word.EndsWith("n't", StringComparison.OrdinalIgnoreCase))
        {
            return end - 3;
        }

        return start;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return true;
        }

        return s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsSplittable(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '(' or ')' or '[' or ']' or '{' or '}'
            or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2013' or '\u2026';

    private static bool EndsSentence(string text, List<TokenData> tokens, int i)
    {
        var token = tokens[i];
        var c = text[token.Start];
        var isTerminal = token.Length == 1 && c is '.' or '!' or '?' or '\u2026';
        var isClosingQuote = token.Length == 1 && c is '"' or '\u201D' or '\'' or '\u2019'
            && i > 0 && tokens[i - 1].Length == 1 && text[tokens[i - 1].Start] is '.' or '!' or '?' or ',';
        if (isClosingQuote && text[tokens[i - 1].Start] == ',')
        {
            return false;
        }

        if (!isTerminal && !isClosingQuote)
        {
            return false;
        }

        if (i + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[i + 1];
        var nextChar = text[next.Start];
        if (isTerminal && nextChar is '"' or '\u201D' or '\'' or '\u2019' && next.Start == token.End)
        {
            return false;
        }

        return char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '\u201C' or '\'' or '\u2018' or '(';
    }
}
