using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Valmar's Grand Library", "Acme's Research Department": a building or organisation named after a possessive
/// name is written that way, so the whole form is one of its aliases.
/// </summary>
internal static class PossessorForms
{
    public static void Mark(Document document, List<ResolverMention> mentions)
    {
        foreach (var mention in mentions)
        {
            var clitic = mention.Tokens.Start - 1;
            if (mention.Kind != MentionKind.Name || mention.Type is not (EntityType.FAC or EntityType.ORG) || mention.FullForm is not null
                || clitic < 1 || !SurfaceCues.IsPossessiveClitic(document.TextOf(clitic)))
            {
                continue;
            }

            // The possessor: the capitalised words right before the clitic.
            var start = clitic;
            while (start > 0 && clitic - start < 3 && SurfaceCues.StartsUpper(document.TextOf(start - 1)) && SurfaceCues.IsWord(document.TextOf(start - 1))
                && !SurfaceCues.IsDeterminer(document.TextOf(start - 1)) && document.SentenceIndexOf(start - 1) == document.SentenceIndexOf(clitic))
            {
                start--;
            }

            if (start < clitic)
            {
                mention.FullForm = document.TextOf(new TextRange(document.Tokens[start].Start, mention.Characters.End)).ToString();
            }
        }
    }
}
