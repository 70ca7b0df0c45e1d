using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Small token tests shared by the quote readers.</summary>
internal static class QuoteText
{
    public static int SentenceContentEnd(Document document, TokenRange sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && !IsWordToken(document, end - 1))
        {
            end--;
        }

        return end;
    }

    public static bool IsWordToken(Document document, int token)
    {
        var text = document.TextOf(token);
        return text.Length > 0 && char.IsLetterOrDigit(text[^1]);
    }

    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
