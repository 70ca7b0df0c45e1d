using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "in Brackford, Ohio", "from Lower Wessex, England": capitalised words that a comma and a known state or country
/// follow, after a locative preposition, name a town even where the recogniser missed them; and a town written so
/// has that form ("Brackford, Ohio") among its aliases.
/// </summary>
internal sealed class ApposedTowns(ActorKnowledgeBase knowledgeBase)
{
    private const int MaxTownTokens = 3;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    /// <summary>Adds a place mention for each such town no mention covers.</summary>
    public void AddMissed(Document document, List<ResolverMention> mentions)
    {
        for (var comma = 1; comma + 1 < document.Tokens.Length; comma++)
        {
            if (!document.TextOf(comma).SequenceEqual(",") || StateEnd(document, comma + 1) < 0)
            {
                continue;
            }

            var start = comma;
            while (start > 0 && comma - start < MaxTownTokens && IsNameWord(document.TextOf(start - 1)) && SameSentence(document, start - 1, comma))
            {
                start--;
            }

            if (start == comma || start == 0 || !SameSentence(document, start - 1, comma) || !IsPlacePreposition(document.TextOf(start - 1))
                || SurfaceCues.IsSentenceOpener(document.TextOf(start)) || SurfaceCues.IsTitleWord(document.TextOf(start)))
            {
                continue;
            }

            // "the Orvald Museum of Brackford, Oregon": a town in the complement of a longer name is named too.
            var range = new TokenRange(start, comma);
            var inComplement = document.TextOf(start - 1) is "of" && mentions.Exists(m => m.Tokens.Start < start - 1 && m.Tokens.End >= range.End);
            if (!inComplement && mentions.Exists(m => m.Overlaps(range)))
            {
                continue;
            }

            if (inComplement && mentions.Exists(m => m.IsNested && m.Tokens == range))
            {
                continue;
            }

            mentions.Add(ResolverMention.Name(document, range, EntityType.GPE, hasTypeCue: true, isNested: inComplement));
        }
    }

    /// <summary>Gives a town mention written with its state or country after a comma that whole form.</summary>
    public void MarkFullForms(Document document, List<ResolverMention> mentions)
    {
        foreach (var mention in mentions)
        {
            var comma = mention.Tokens.End;
            if (mention.Kind != MentionKind.Name || mention.Type is not (EntityType.GPE or EntityType.LOC) || mention.FullForm is not null
                || mention.Entry is Country && mention.Form is SurfaceForm.Name or SurfaceForm.Alias
                || comma + 1 >= document.Tokens.Length || !document.TextOf(comma).SequenceEqual(","))
            {
                continue;
            }

            var end = StateEnd(document, comma + 1);
            if (end > 0)
            {
                mention.FullForm = document.TextOf(new TextRange(mention.Characters.Start, document.Tokens[end - 1].End)).ToString();
            }
        }
    }

    /// <summary>Where a known state or country of up to three words starting at <paramref name="start"/> ends; -1 when none does.</summary>
    private int StateEnd(Document document, int start)
    {
        for (var end = Math.Min(document.Tokens.Length, start + 3); end > start; end--)
        {
            if (!SurfaceCues.StartsUpper(document.TextOf(end - 1)) || !SameSentence(document, start, end - 1)
                || (end < document.Tokens.Length && SurfaceCues.StartsUpper(document.TextOf(end)) && SurfaceCues.IsWord(document.TextOf(end))))
            {
                continue;
            }

            foreach (var candidate in _kb.Lookup(document.TextOf(document.CharRange(new TokenRange(start, end)))))
            {
                if (candidate.Entry is Country && candidate.Form is SurfaceForm.Name or SurfaceForm.Alias or SurfaceForm.City)
                {
                    return end;
                }
            }
        }

        return -1;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word) => SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word);

    private static bool IsPlacePreposition(ReadOnlySpan<char> word) => word is "of" || (SurfaceCues.IsLocativePreposition(word) && char.IsLower(word[0]));

    private static bool SameSentence(Document document, int a, int b) => document.SentenceIndexOf(a) == document.SentenceIndexOf(b);
}
