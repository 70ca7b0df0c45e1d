using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Quoted words that are not speech: titles of shows, books, ads and section heads ("The Late Harbour Hour",
/// 'Wind Is Not the Enemy.'), and attribute values of markup left in a page (pic="…").
/// </summary>
internal static class NonSpeech
{
    // Titles run longer than scare quotes but stay short; a longer run of capitalised words is shouting, not a title.
    private const int TitleMaxWords = 8;

    // Words a title leaves in lower case ("Song of the Salt Marsh", "Teach Your Dog a Trick").
    private static readonly FrozenSet<string> s_titleLowerWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by", "with", "from", "as", "vs",
        "into", "over", "up", "is", "are", "be");

    private static readonly FrozenSet<string> s_namingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "titled", "entitled", "dubbed", "headlined", "nicknamed", "named", "subtitled");

    /// <summary>
    /// True when the quoted words read as a title: two to eight words, every word capitalised but the small words
    /// titles leave in lower case. Kept as speech only when a cue in its own sentence attributes it and it ends a
    /// sentence ('"We Shall Rise," they sang.' is rare; '"Teach Your Dog a Trick," he wrote' is a book).
    /// </summary>
    public static bool IsTitle(Document document, TokenRange content, bool cued)
    {
        int words = 0, capitalised = 0;
        var first = true;
        for (var t = content.Start; t < content.End; t++)
        {
            var text = document.TextOf(t);
            if (!QuoteText.IsWordToken(document, t) || !QuoteText.HasLetter(text) || IsClitic(text))
            {
                continue;
            }

            words++;
            if (words > TitleMaxWords)
            {
                return false;
            }

            if (char.IsUpper(text[0]))
            {
                capitalised++;
            }
            else if (first || !s_titleLowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            {
                return false;
            }

            first = false;
        }

        if (words < 2 || capitalised < 2)
        {
            return false;
        }

        return !cued || !EndsSentence(document, content);
    }

    /// <summary>True when the quoted words follow a naming verb ('a spot titled "Arrogant"'): a name, not speech.</summary>
    public static bool FollowsNamingWord(Document document, int openMark)
    {
        var before = openMark - 1;
        if (before >= 0 && document.TextOf(before) is ",")
        {
            before--;
        }

        return before >= 0 && s_namingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TextOf(before));
    }

    /// <summary>True when the opening mark follows an equals sign: an attribute value (author="…"), not a quote.</summary>
    public static bool IsMarkupValue(Document document, int openMark)
    {
        var start = document.Tokens[openMark].Start;
        return start > 0 && document.Text[start - 1] == '=';
    }

    // "Isn't", "It's": the tokenizer's clitic pieces carry no capital of their own.
    private static bool IsClitic(ReadOnlySpan<char> token) =>
        token[0] is '\'' or '\u2019' || token.Equals("n't", StringComparison.OrdinalIgnoreCase) || token.Equals("n\u2019t", StringComparison.OrdinalIgnoreCase);

    private static bool EndsSentence(Document document, TokenRange content)
    {
        for (var t = content.End - 1; t >= content.Start; t--)
        {
            var text = document.TextOf(t);
            if (QuoteText.IsWordToken(document, t))
            {
                return false;
            }

            if (text is "." or "!" or "?" or "..." or "\u2026")
            {
                return true;
            }
        }

        return false;
    }
}
