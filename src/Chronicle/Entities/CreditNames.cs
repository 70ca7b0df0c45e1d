using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Image: Dana Whitfield.", "Video: Kvaldson &amp; Marisol Ruiz.": a caption's credit label names who made the picture or
/// recording — a person, or an account a person uses ("Kvaldson") — where the recogniser, seeing a lone word in a
/// caption, found nothing. Names the recogniser or the knowledge base found in the credit ("Image: NASA.") keep
/// their own reading.
/// </summary>
internal static class CreditNames
{
    /// <summary>Longest credited name, in tokens.</summary>
    private const int MaxNameTokens = 4;

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var label = 0; label + 2 < document.Tokens.Length; label++)
        {
            if (!IsCreditLabel(document.TextOf(label)) || document.TextOf(label + 1) is not ":")
            {
                continue;
            }

            var t = label + 2;
            while (t < document.Tokens.Length && OnSameLine(document, label, t))
            {
                var end = t;
                while (end < document.Tokens.Length && end - t < MaxNameTokens && OnSameLine(document, label, end) && IsNameWord(document.TextOf(end)))
                {
                    end++;
                }

                // A credit is names and separators up to the end of the line; anything else is a caption's text.
                var closes = end >= document.Tokens.Length || !OnSameLine(document, label, end) || document.TextOf(end) is "." or "&" or "and" or "," or "/" or ";";
                if (end == t || !closes)
                {
                    break;
                }

                var range = new TokenRange(t, end);
                if (!mentions.Exists(m => m.Overlaps(range)))
                {
                    mentions.Add(ResolverMention.Name(document, range, EntityType.PERSON, hasTypeCue: true));
                }

                t = end + 1;
            }
        }
    }

    private static bool IsCreditLabel(ReadOnlySpan<char> word) => word is "Image" or "Images" or "Photo" or "Photos" or "Photograph" or "Video" or "Audio";

    // Credits end at the line's end: the next paragraph, or a line break inside the same one.
    private static bool OnSameLine(Document document, int label, int t)
    {
        var between = document.Text.AsSpan(document.Tokens[label].End, document.Tokens[t].Start - document.Tokens[label].End);
        return !between.Contains('\n');
    }

    // "Kvaldson", "Dana Whitfield", "de Vries": capitalised words, or lower-case name particles inside a name.
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsDeterminer(word);
}
