using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Short direct quotes that only echo, inside a summary, the words of a fuller quote the article gives later.</summary>
internal static class EchoedFragments
{
    /// <summary>
    /// A lead often quotes a few words of a fuller quote the article gives later, inside its own summary of what was
    /// said ('Washington denounced …, saying it showed Beijing was providing Moscow with "diplomatic cover"' … '"… it
    /// would rather provide diplomatic cover for Russia …," Blinken said'): the fragment is that quote again under
    /// the summary's speaker, not another quote, so a short direct quote inside reported speech whose words recur in
    /// a later, longer direct quote by another speaker is dropped. Fragments echoing their own speaker are kept.
    /// </summary>
    public static void Drop(Document document, List<QuoteAnnotation> quotes, int firstDirect, int maxWords)
    {
        for (var q = quotes.Count - 1; q >= firstDirect; q--)
        {
            var fragment = document.TextOf(quotes[q].Content).Trim().TrimEnd(",.;:!?");
            if (fragment.IsEmpty || CountWords(fragment) > maxWords || !InsideIndirectSpeech(quotes, quotes[q].Content, firstDirect))
            {
                continue;
            }

            for (var o = firstDirect; o < quotes.Count; o++)
            {
                if (quotes[o].Content.Start > quotes[q].Content.End && quotes[o].Speaker != quotes[q].Speaker && quotes[o].Content.Length > quotes[q].Content.Length
                    && ContainsPhrase(document.TextOf(quotes[o].Content), fragment))
                {
                    quotes.RemoveAt(q);
                    break;
                }
            }
        }
    }

    private static bool InsideIndirectSpeech(List<QuoteAnnotation> quotes, TextRange fragment, int firstDirect)
    {
        for (var i = 0; i < firstDirect; i++)
        {
            if (quotes[i].Content.Start <= fragment.Start && quotes[i].Content.End >= fragment.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>True when the phrase occurs in the text on word boundaries, ignoring case.</summary>
    private static bool ContainsPhrase(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase)
    {
        for (var from = 0; from + phrase.Length <= text.Length;)
        {
            var at = text[from..].IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + phrase.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }
}
