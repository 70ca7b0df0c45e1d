using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Classifies quotation-mark tokens. Straight marks face the way their surrounding whitespace says.</summary>
internal static class QuoteMarks
{
    public static QuoteMarkShape ShapeOf(ReadOnlySpan<char> token)
    {
        if (token.Length == 2)
        {
            return token is "''" ? QuoteMarkShape.DoubleEither : token is "``" ? QuoteMarkShape.DoubleOpen : QuoteMarkShape.None;
        }

        if (token.Length != 1)
        {
            return QuoteMarkShape.None;
        }

        return token[0] switch
        {
            '"' => QuoteMarkShape.DoubleEither,
            '\u201C' or '\u201E' or '\u00AB' => QuoteMarkShape.DoubleOpen,
            '\u201D' or '\u00BB' => QuoteMarkShape.DoubleClose,
            '\u2018' or '`' => QuoteMarkShape.SingleOpen,
            '\u2019' => QuoteMarkShape.SingleClose,
            '\'' => QuoteMarkShape.SingleEither,
            _ => QuoteMarkShape.None,
        };
    }

    public static bool IsDouble(QuoteMarkShape shape) => shape is QuoteMarkShape.DoubleOpen or QuoteMarkShape.DoubleClose or QuoteMarkShape.DoubleEither;

    public static bool IsSingle(QuoteMarkShape shape) => shape is QuoteMarkShape.SingleOpen or QuoteMarkShape.SingleClose or QuoteMarkShape.SingleEither;

    public static bool IsMark(Document document, int token) => ShapeOf(document.TextOf(token)) != QuoteMarkShape.None;

    /// <summary>True when the mark touches the word after it and not the one before: it opens.</summary>
    public static bool LooksOpening(Document document, int token)
    {
        ref readonly var data = ref document.Tokens[token];
        var text = document.Text;
        var before = data.Start > 0 ? text[data.Start - 1] : ' ';
        var after = data.End < text.Length ? text[data.End] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/')
            && !char.IsWhiteSpace(after);
    }

    /// <summary>True when the mark touches what comes before it and is followed by a space, punctuation or the end.</summary>
    public static bool LooksClosing(Document document, int token)
    {
        ref readonly var data = ref document.Tokens[token];
        var text = document.Text;
        var before = data.Start > 0 ? text[data.Start - 1] : ' ';
        var after = data.End < text.Length ? text[data.End] : ' ';
        return !char.IsWhiteSpace(before) && !char.IsLetterOrDigit(after);
    }

    /// <summary>
    /// True when the mark is one of the pair around a nickname inside a name (Marcia "Cia" Price): a capitalised word,
    /// the marked single capitalised word, and a capitalised word after it. Such marks quote nobody.
    /// </summary>
    public static bool IsNicknameMark(Document document, int token)
    {
        if (!IsDouble(ShapeOf(document.TextOf(token))))
        {
            return false;
        }

        var open = token + 2 < document.Tokens.Length && IsDouble(ShapeOf(document.TextOf(token + 2))) ? token : token - 2;
        return open >= 1 && open + 3 < document.Tokens.Length
            && IsDouble(ShapeOf(document.TextOf(open))) && IsDouble(ShapeOf(document.TextOf(open + 2)))
            && LooksOpening(document, open) && LooksClosing(document, open + 2)
            && IsCapitalisedWord(document, open - 1) && IsCapitalisedWord(document, open + 1) && IsCapitalisedWord(document, open + 3);
    }

    private static bool IsCapitalisedWord(Document document, int token)
    {
        var text = document.TextOf(token);
        return text.Length > 1 && char.IsUpper(text[0]) && char.IsLetter(text[^1]);
    }
}
