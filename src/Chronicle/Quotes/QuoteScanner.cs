using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>
/// Finds the stretches between quotation marks in one pass over the tokens. Double marks pair up within a paragraph;
/// a quote still open at a paragraph's end continues into the next paragraph when that one opens with a mark (the
/// news convention for multi-paragraph quotes) with a mark of the same family (straight, curly or doubled ASCII), else
/// it ends with its paragraph: a block quote opened by a straight mark is not continued by a curly-quoted paragraph of
/// the writer's own. Single marks count only outside
/// double quotes and must close in the same sentence, so apostrophes ("Democrats’ plan") rarely pair by accident.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuotedPiece> Scan(Document document, IReadOnlyList<TokenRange> paragraphs)
    {
        var pieces = new List<QuotedPiece>();
        var groups = 0;
        var carried = -1;
        var carriedFamily = MarkFamily.None;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = paragraphs[p];
            if (end <= start)
            {
                continue;
            }

            int open = -1, openGroup = -1;
            if (carried >= 0)
            {
                var first = QuoteMarks.ShapeOf(document.TextOf(start));
                if (QuoteMarks.IsDouble(first) && first != QuoteMarkShape.DoubleClose && FamilyOf(document, start) == carriedFamily)
                {
                    open = start;
                    openGroup = carried;
                }

                carried = -1;
            }

            int singleOpen = -1, singleSentence = -1, nested = 0;
            for (var i = start; i < end; i++)
            {
                if (i == open)
                {
                    continue;
                }

                var shape = QuoteMarks.ShapeOf(document.TextOf(i));
                if (shape == QuoteMarkShape.None || (open < 0 && QuoteMarks.IsNicknameMark(document, i)))
                {
                    continue;
                }

                if (QuoteMarks.IsDouble(shape))
                {
                    singleOpen = -1;
                    if (open < 0)
                    {
                        var stray = shape == QuoteMarkShape.DoubleClose
                            || (shape == QuoteMarkShape.DoubleEither && QuoteMarks.LooksClosing(document, i) && !QuoteMarks.LooksOpening(document, i));
                        if (!stray)
                        {
                            open = i;
                            openGroup = groups++;
                        }
                    }
                    else if (shape == QuoteMarkShape.DoubleOpen && QuoteMarks.LooksOpening(document, i) && !QuoteMarks.LooksClosing(document, i))
                    {
                        if (ClosesOutnumberOpens(document, i, end) || (FamilyOf(document, open) != MarkFamily.Curly && ClosesLater(document, i, end)))
                        {
                            // '“… what she calls “noise” than …”': enough closing marks follow for this one to nest;
                            // '"… as “The Journal” wrote …': curly marks inside a straight quote are a quote within it.
                            nested++;
                            continue;
                        }

                        // A second opening mark before any close: the first quote was never closed; it ends here.
                        Add(pieces, open, -1, i, p, openGroup);
                        open = i;
                        openGroup = groups++;
                    }
                    else if (nested > 0 && shape == QuoteMarkShape.DoubleClose)
                    {
                        nested--;
                    }
                    else
                    {
                        Add(pieces, open, i, i, p, openGroup);
                        open = -1;
                    }
                }
                else if (open < 0)
                {
                    var sentence = document.SentenceIndexOf(i);
                    if (singleOpen >= 0 && sentence == singleSentence && shape != QuoteMarkShape.SingleOpen && QuoteMarks.LooksClosing(document, i))
                    {
                        Add(pieces, singleOpen, i, i, p, groups++);
                        singleOpen = -1;
                    }
                    else if (shape != QuoteMarkShape.SingleClose && QuoteMarks.LooksOpening(document, i))
                    {
                        singleOpen = i;
                        singleSentence = sentence;
                    }
                }
            }

            if (open >= 0)
            {
                Add(pieces, open, -1, end, p, openGroup);
                carried = openGroup;
                carriedFamily = FamilyOf(document, open);
            }
        }

        return pieces;
    }

    /// <summary>
    /// True when, from an opening mark met inside an open quote to the paragraph's end, the curly closing marks
    /// outnumber the opening ones: the mark opens a quote nested in the open one, and the last close ends both.
    /// </summary>
    private static bool ClosesOutnumberOpens(Document document, int mark, int end)
    {
        int opens = 0, closes = 0;
        for (var i = mark; i < end; i++)
        {
            var shape = QuoteMarks.ShapeOf(document.TextOf(i));
            opens += shape == QuoteMarkShape.DoubleOpen ? 1 : 0;
            closes += shape == QuoteMarkShape.DoubleClose ? 1 : 0;
        }

        return closes > opens;
    }

    private static bool ClosesLater(Document document, int mark, int end)
    {
        for (var i = mark + 1; i < end; i++)
        {
            if (QuoteMarks.ShapeOf(document.TextOf(i)) == QuoteMarkShape.DoubleClose)
            {
                return true;
            }
        }

        return false;
    }

    private static MarkFamily FamilyOf(Document document, int token) => document.TextOf(token) switch
    {
        "\"" => MarkFamily.Straight,
        "''" or "``" => MarkFamily.Doubled,
        _ => MarkFamily.Curly,
    };

    private static void Add(List<QuotedPiece> pieces, int open, int close, int contentEnd, int paragraph, int group)
    {
        if (contentEnd > open + 1)
        {
            pieces.Add(new QuotedPiece(open, close, new TokenRange(open + 1, contentEnd), paragraph, group));
        }
    }
}
