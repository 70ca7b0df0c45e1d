using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Reads the role the article gives a person or organisation and the country and sector that role names: pre-modifying
/// titles ("U.S. Secretary of State Antony Blinken", "White House spokesman John Kirby", "Italian newspaper …"),
/// appositions ("Yu Jie, senior research fellow, …, at Chatham House") and affiliations ("at Chatham House").
/// </summary>
internal sealed class RoleReader(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>Longest apposition, in tokens, read as a role.</summary>
    private const int MaxAppositionTokens = 8;

    /// <summary>How far after a name an affiliation ("at Chatham House") is looked for.</summary>
    private const int MaxAffiliationDistance = 16;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    public void Read(Document document, List<ResolverMention> mentions)
    {
        var owner = MentionOwners(document, mentions);
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Kind != MentionKind.Name || mention.Type is not (EntityType.PERSON or EntityType.ORG) || mention.Form == SurfaceForm.SeatOfPower)
            {
                continue;
            }

            var sentence = document.Sentences[Math.Max(0, document.SentenceIndexOf(mention.Tokens.Start))].Tokens;
            if (PreModifier(document, mention, sentence, mentions, owner) is { IsEmpty: false } before)
            {
                SetRole(document, mention, before);
                mention.FullForm = document.TextOf(new TextRange(document.Tokens[before.Start].Start, mention.Characters.End)).ToString();
            }
            else if (mention.IsPersonal && Apposition(document, mention, sentence) is { IsEmpty: false } after)
            {
                SetRole(document, mention, after);
            }

            if (mention.Type == EntityType.ORG && mention.Entry is null)
            {
                ReadOrganisationCues(document, mention, sentence, mentions, owner);
            }

            if (mention.IsPersonal || mention.Entry is null)
            {
                // People work at organisations; a unit names its parent ("Asia-Pacific Research Unit, at Chatham House").
                var distance = mention.IsPersonal ? MaxAffiliationDistance : 3;
                var found = FindAffiliation(document, mention, sentence, mentions, owner, distance);
                mention.Affiliation = found >= 0 ? mentions[found] : null;
            }
        }
    }

    private TokenRange PreModifier(Document document, ResolverMention mention, TokenRange sentence, List<ResolverMention> mentions, int[] owner)
    {
        var start = mention.Tokens.Start;
        var hasTitle = false;

        // "the foreign minister and Acme Corp": a coordination, whose first conjunct is no title of the second.
        if (start > sentence.Start && document.TextOf(start - 1) is "and" or "&")
        {
            return default;
        }

        for (var j = mention.Tokens.Start - 1; j >= sentence.Start; j--)
        {
            var word = document.TextOf(j);
            // A country, seat or organisation inside a title ("White House spokesman") belongs to the role; a person does not.
            if (owner[j] >= 0 && mentions[owner[j]].IsPersonal)
            {
                break;
            }

            // "the schools San Carlo and Assunta": a plural noun is the list's, no title of one name.
            if (PluralNounLists.IsPluralHead(word))
            {
                break;
            }

            var isTitle = SurfaceCues.IsTitleWord(word) || _kb.TryGetSector(word, out _);
            if (isTitle)
            {
                hasTitle = true;
                start = j;
            }
            else if (SurfaceCues.StartsUpper(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word))
            {
                // A capitalised opener ("On Wednesday Foreign Minister …", "Both President …", "Only President …")
                // is the sentence's, not the title's.
                start = j;
            }
            else if (SurfaceCues.IsNameConnector(word) && !SurfaceCues.IsDeterminer(word) && j > sentence.Start && start == j + 1)
            {
                // "the government of Ana Lopez", "the spokesperson for President Ana Lopez": a lower-case noun with "of" or
                // "for" is a head the name complements, no title of its own; the title, if any, is what follows it.
                // "prime minister of Velmora Ana Lopez" goes on: what follows "of" is no title.
                if (SurfaceCues.IsWord(document.TextOf(j - 1)) && char.IsLower(document.TextOf(j - 1)[0])
                    && (start == mention.Tokens.Start || hasTitle) && word is "of" or "for")
                {
                    break;
                }

                start = j;
            }
            else
            {
                break;
            }
        }

        // No role starts with a connector ("of"), and a run of capitals with no title word is another name.
        while (start < mention.Tokens.Start && SurfaceCues.IsNameConnector(document.TextOf(start)))
        {
            start++;
        }

        return hasTitle && start < mention.Tokens.Start ? new TokenRange(start, mention.Tokens.Start) : default;
    }

    private static TokenRange Apposition(Document document, ResolverMention mention, TokenRange sentence)
    {
        var comma = mention.Tokens.End;
        if (comma + 1 >= sentence.End || !document.TextOf(comma).SequenceEqual(","))
        {
            return default;
        }

        var start = comma + 1;
        if (SurfaceCues.IsDeterminer(document.TextOf(start)))
        {
            start++;
        }

        if (start >= sentence.End || SurfaceCues.StartsUpper(document.TextOf(start)) && !SurfaceCues.IsTitleWord(document.TextOf(start))
            || IsClause(document, start, sentence.End))
        {
            return default;
        }

        var hasTitle = false;
        var end = start;
        while (end < sentence.End && end - start < MaxAppositionTokens)
        {
            var word = document.TextOf(end);
            if (!SurfaceCues.IsWord(word) || SurfaceCues.StartsPredicate(word))
            {
                break;
            }

            hasTitle |= SurfaceCues.IsTitleWord(word);
            end++;
        }

        var closed = end < sentence.End && document.TextOf(end) is "," or ";" or "." or ")";
        return hasTitle && closed && end > start ? new TokenRange(start, end) : default;
    }

    /// <summary>
    /// "Ana Lopez, and an aide, …", "Ana Lopez, first elected to the senate in 1996, …", "Ana Lopez, claiming to act
    /// for the board, …": what follows the comma is a conjunct or a participle's clause, no noun phrase naming a role.
    /// A participle before a title word ("retired judge", "managing director") is the role's modifier.
    /// </summary>
    private static bool IsClause(Document document, int start, int end)
    {
        var word = document.TextOf(start);
        if (word is "and" or "or" or "but" or "who" or "which" or "while" or "when")
        {
            return true;
        }

        if (word is "first" or "later" or "also" or "then" or "once" or "recently" && start + 1 < end)
        {
            word = document.TextOf(++start);
        }

        if (start + 1 >= end || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        return document.TextOf(start + 1) is "to" or "a" or "an" or "the" or "by" or "in" or "on" or "as" or "that" or "with" or "from" or "his" or "her" or "their";
    }

    /// <summary>"Italy's Corriere della Sera newspaper": the owner country before, the kind of organisation after.</summary>
    private void ReadOrganisationCues(Document document, ResolverMention mention, TokenRange sentence, List<ResolverMention> mentions, int[] owner)
    {
        var clitic = mention.Tokens.Start - 1;
        if (clitic > sentence.Start && SurfaceCues.IsPossessiveClitic(document.TextOf(clitic)) && owner[clitic - 1] >= 0
            && mentions[owner[clitic - 1]].Entry is Country country)
        {
            mention.CueCountry ??= country.Code;
        }

        var after = mention.Tokens.End;
        if (mention.CueSector is null && after < sentence.End && document.TextOf(after) is { Length: > 0 } word && char.IsLower(word[0])
            && _kb.TryGetSector(word, out var sector))
        {
            mention.CueSector = sector.Sector;
        }
    }

    private static int FindAffiliation(Document document, ResolverMention mention, TokenRange sentence, List<ResolverMention> mentions, int[] owner, int distance)
    {
        var limit = Math.Min(sentence.End, mention.Tokens.End + distance);
        for (var j = mention.Tokens.End; j + 1 < limit; j++)
        {
            var word = document.TextOf(j);
            if (SurfaceCues.StartsPredicate(word) || (owner[j] >= 0 && mentions[owner[j]].IsPersonal))
            {
                return -1;
            }

            if (word is "at" or "of" or "from" && owner[j + 1] >= 0 && mentions[owner[j + 1]] is { Type: EntityType.ORG, Kind: MentionKind.Name, Entry: Organisation })
            {
                return owner[j + 1];
            }
        }

        return -1;
    }

    private void SetRole(Document document, ResolverMention mention, TokenRange role)
    {
        var characters = document.CharRange(role);
        mention.Role = document.TextOf(characters).ToString();
        for (var t = role.Start; t < role.End; t++)
        {
            // Two-token names first ("White House"), then single words ("Ukraine", "Russian", "U.S.").
            for (var length = Math.Min(3, role.End - t); length >= 1; length--)
            {
                var surface = document.TextOf(document.CharRange(new TokenRange(t, t + length)));
                if (!SurfaceCues.StartsUpper(surface))
                {
                    continue;
                }

                var found = false;
                foreach (var candidate in _kb.Lookup(surface))
                {
                    switch (candidate.Entry)
                    {
                        case Country country when candidate.Form != SurfaceForm.City:
                            mention.CueCountry ??= country.Code;
                            found = true;
                            break;
                        case SeatOfPower seat:
                            mention.CueActor ??= seat.Actor;
                            mention.CueCountry ??= seat.Country;
                            found = true;
                            break;
                        case Organisation organisation:
                            mention.CueActor ??= organisation.Actor;
                            mention.CueCountry ??= organisation.Country;
                            found = true;
                            break;
                    }

                    if (found)
                    {
                        break;
                    }
                }

                if (found)
                {
                    t += length - 1;
                    break;
                }
            }
        }

        // The sector of the head noun phrase: the longest suffix the knowledge base knows ("Secretary of State", "spokesman").
        for (var start = role.Start; start < role.End; start++)
        {
            var suffix = document.TextOf(new TextRange(document.Tokens[start].Start, characters.End));
            if (_kb.TryGetSector(suffix, out var sector))
            {
                mention.CueSector = sector.Sector;
                return;
            }
        }

        for (var t = role.End - 1; t >= role.Start; t--)
        {
            if (_kb.TryGetSector(document.TextOf(t), out var sector))
            {
                mention.CueSector = sector.Sector;
                return;
            }
        }
    }

    /// <summary>For each token, the index of the mention covering it, or -1.</summary>
    internal static int[] MentionOwners(Document document, List<ResolverMention> mentions)
    {
        var owner = new int[document.Tokens.Length];
        Array.Fill(owner, -1);
        for (var m = 0; m < mentions.Count; m++)
        {
            var range = mentions[m].Tokens;
            for (var t = range.Start; t < range.End; t++)
            {
                owner[t] = m;
            }
        }

        return owner;
    }
}
