using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Transcripts quoted in an article: each paragraph opens with the speaker's name in capitals and a colon
/// ("WALLACE: …", "SEN. KAINE: …"), and bracketed stage directions ("(CROSSTALK)") stand between the turns.
/// A label starts a new quote with that speaker; a stage direction is nobody's words.
/// </summary>
internal static class TranscriptTurns
{
    private const int MaxLabelTokens = 4;

    /// <summary>
    /// The label's tokens [Start, End) when the piece opens with one; the colon is at End and the turn's words follow it.
    /// </summary>
    public static TokenRange? Label(Document document, QuotedPiece piece)
    {
        var (start, end) = piece.Content;
        var words = 0;
        for (var t = start; t < Math.Min(end - 1, start + MaxLabelTokens); t++)
        {
            var text = document.TextOf(t);
            if (text is ":")
            {
                return words > 0 && t + 1 < end ? new TokenRange(start, t) : null;
            }

            if (IsCapitalsWord(text))
            {
                words++;
            }
            else if (text is not "." || words == 0)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>True when the piece is only a bracketed direction in capitals: "(CROSSTALK.)", "(APPLAUSE)".</summary>
    public static bool IsStageDirection(Document document, QuotedPiece piece)
    {
        var (start, end) = piece.Content;
        while (end > start && document.TextOf(end - 1) is "." or "," or ";")
        {
            end--;
        }

        if (end - start < 3 || document.TextOf(start) is not "(" || document.TextOf(end - 1) is not ")")
        {
            return false;
        }

        var words = 0;
        for (var t = start + 1; t < end - 1; t++)
        {
            var text = document.TextOf(t);
            if (IsCapitalsWord(text))
            {
                words++;
            }
            else if (QuoteText.HasLetter(text))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>A word of two or more letters, all capitals ("PENCE", "O'REILLY"); "I" and "A" are no labels.</summary>
    public static bool IsCapitalsWord(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not '\'' and not '\u2019' and not '-' and not '.')
            {
                return false;
            }
        }

        return letters >= 2;
    }
}
