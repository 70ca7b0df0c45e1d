using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Finds definite descriptions that name an actor through its country and function: "the Chinese leader", "the
/// isolated Russian president", "the influential US daily". The description joins an entity only when it picks out
/// exactly one (see <see cref="MentionClusterer"/>); here it gets its country, sector and, for offices, the holder
/// at the article's date.
/// </summary>
internal sealed class DescriptionFinder(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>Adjectives allowed between the article and the country word ("the isolated, ageing Russian …").</summary>
    private const int MaxAdjectives = 3;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    public void Find(Document document, DateOnly date, List<ResolverMention> mentions)
    {
        var owner = RoleReader.MentionOwners(document, mentions);
        var found = new List<ResolverMention>();
        foreach (var sentence in document.Sentences)
        {
            var range = sentence.Tokens;
            for (var i = range.Start; i < range.End; i++)
            {
                if (!document.TextOf(i).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (TryRead(document, range, i, owner, mentions, date) is { } description)
                {
                    found.Add(description);
                    i = description.Tokens.End - 1;
                }
            }
        }

        mentions.AddRange(found);
        mentions.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
    }

    private ResolverMention? TryRead(Document document, TokenRange sentence, int article, int[] owner, List<ResolverMention> mentions, DateOnly date)
    {
        var k = article + 1;
        while (k < sentence.End && k - article <= MaxAdjectives && IsLowerWord(document.TextOf(k)) && !SurfaceCues.IsTitleWord(document.TextOf(k)) && !SurfaceCues.IsDeterminer(document.TextOf(k)))
        {
            k++;
        }

        if (k >= sentence.End || owner[k] < 0)
        {
            return null;
        }

        var countryMention = mentions[owner[k]];
        if (countryMention.Entry is not Country country || countryMention.Form == SurfaceForm.City || countryMention.Tokens.Start != k)
        {
            return null;
        }

        var titleStart = countryMention.Tokens.End;
        for (var length = 2; length >= 1; length--)
        {
            var titleEnd = titleStart + length;
            if (titleEnd > sentence.End || !AllLowerWords(document, titleStart, titleEnd))
            {
                continue;
            }

            // "the Chinese leader Xi Jinping" is a title before a name, which the role reader handles.
            if (titleEnd < sentence.End && SurfaceCues.StartsUpper(document.TextOf(titleEnd)))
            {
                return null;
            }

            var title = document.TextOf(new TextRange(document.Tokens[titleStart].Start, document.Tokens[titleEnd - 1].End));
            var isOffice = _kb.TryGetOfficeKind(title, out _);
            var hasSector = _kb.TryGetSector(title, out var sector);
            if (!isOffice && !hasSector)
            {
                continue;
            }

            var range = new TokenRange(article, titleEnd);
            var characters = document.CharRange(range);
            var description = new ResolverMention
            {
                Tokens = range,
                Characters = characters,
                Text = document.TextOf(characters).ToString(),
                Type = isOffice || SurfaceCues.IsPersonNoun(document.TextOf(titleEnd - 1)) ? EntityType.PERSON : EntityType.ORG,
                Kind = MentionKind.Description,
                CueCountry = country.Code,
                CueSector = hasSector ? sector.Sector : null,
                Role = title.ToString(),
            };
            if (isOffice && _kb.TryFindOfficeHolder(country.Code, title, date, out var holder))
            {
                description.Entry = holder.Person;
            }

            return description;
        }

        return null;
    }

    private static bool AllLowerWords(Document document, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (!IsLowerWord(document.TextOf(t)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
