using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// The marking loop shared by the gazetteers over capitalised names: at each capitalised token (left to right) the
/// longest span that starts and ends on capitalised tokens, crosses only capitalised words and the rules'
/// connectors, and has a category, is marked with BILOU positions; marking goes on after it. The span's text is
/// looked up as it stands in the document, so marking allocates nothing.
/// </summary>
internal static class CapitalisedSpans
{
    public static void Mark<TRules>(in TRules rules, Document document, TokenRange sentence, Span<GazetteerMark> marks, int maxTokens)
        where TRules : struct, ICapitalisedSpanRules
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!IsCapitalised(document.TextOf(i)) || !rules.CanStart(document.TextOf(i)))
            {
                i++;
                continue;
            }

            // The furthest the span may reach: through capitalised words and connectors only.
            var limit = i + 1;
            while (limit < sentence.End && limit - i < maxTokens && (IsCapitalised(document.TextOf(limit)) || rules.IsConnector(document.TextOf(limit))))
            {
                limit++;
            }

            var length = 0;
            byte category = 0;
            for (var end = limit; end > i; end--)
            {
                if (!IsCapitalised(document.TextOf(end - 1)))
                {
                    continue;
                }

                var start = tokens[i].Start;
                category = rules.CategoryOf(document.Text.AsSpan(start, tokens[end - 1].End - start));
                if (category != 0)
                {
                    length = end - i;
                    break;
                }
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            GazetteerMark.Fill(marks.Slice(i - sentence.Start, length), category);
            i += length;
        }
    }

    private static bool IsCapitalised(ReadOnlySpan<char> text) => text.Length > 0 && char.IsUpper(text[0]);
}
