using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "The Harbour Evening Post reported", "the Valmar Herald": one to three capitalised words and a newspaper's head
/// word name a newspaper, an organisation, where the recogniser missed it.
/// </summary>
internal static class OutletNames
{
    private const int MaxModifierTokens = 3;

    public static void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var head = 1; head < document.Tokens.Length; head++)
        {
            if (!IsOutletHead(document.TextOf(head)))
            {
                continue;
            }

            var start = head;
            while (start > 0 && head - start < MaxModifierTokens && IsModifier(document.TextOf(start - 1)) && document.SentenceIndexOf(start - 1) == document.SentenceIndexOf(head))
            {
                start--;
            }

            // "Good News" at the start of a sentence is no paper: a lower-case word or "the" must come before.
            var before = start - 1;
            if (start == head || before < 0 || document.SentenceIndexOf(before) != document.SentenceIndexOf(head)
                || !(document.TextOf(before) is "the" or "The" || char.IsLower(document.TextOf(before)[0]))
                || (head + 1 < document.Tokens.Length && SurfaceCues.StartsUpper(document.TextOf(head + 1)) && SurfaceCues.IsWord(document.TextOf(head + 1))))
            {
                continue;
            }

            var range = new TokenRange(start, head + 1);
            if (mentions.Exists(m => m.Overlaps(range)))
            {
                continue;
            }

            mentions.Add(ResolverMention.Name(document, range, EntityType.ORG, hasTypeCue: true));
        }
    }

    private static bool IsOutletHead(ReadOnlySpan<char> word) =>
        word is "News" or "Times" or "Post" or "Journal" or "Herald" or "Tribune" or "Gazette" or "Telegraph" or "Chronicle" or "Inquirer"
            or "Observer" or "Courier" or "Examiner" or "Sentinel" or "Dispatch";

    private static bool IsModifier(ReadOnlySpan<char> word) =>
        SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word)
        && !SurfaceCues.IsTitleWord(word);
}
