using System.Collections.Frozen;
using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Corrects the recogniser's type of a name the knowledge base does not know from what the words around it say:
/// the head word of the name ("Instituto Valmar", "Elm Hollow Museum" are no people, "Boat Expo Canada" is no place), an apposed state or country
/// ("Dayton, Ohio" is a town), a determiner before a single-word name ("the Louvre" is no person), and
/// membership ("Tom Vale of Copper Harbour": the band is an organisation). A corrected mention is marked
/// <see cref="ResolverMention.HasTypeCue"/>, so it outvotes the recogniser's guesses for the same entity.
/// </summary>
internal sealed class MentionTyper(ActorKnowledgeBase knowledgeBase)
{
    // Words that make a name an organisation wherever they stand in it ("Instituto Valmar", "University of Oslo").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organisationWords = Set(
        "institute", "instituto", "institut", "istituto", "institution", "university", "universidad", "università",
        "universität", "université", "college", "school", "academy", "foundation", "fundación", "fondazione",
        "association", "society", "council", "committee", "commission", "church", "party", "partito", "ministry",
        "department", "agency", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "club", "union",
        "federation", "league", "bank", "court", "bureau", "board", "authority", "movement", "movimento",
        "organisation", "organization", "network", "coalition", "alliance", "trust", "band", "orchestra", "choir",
        "team", "press", "studios", "records", "airlines", "airways", "group");

    // Last words of buildings' names that are no common surnames (unlike Hall, Castle, Tower, Bridge, Temple).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _buildingWords = Set(
        "museum", "gallery", "airport", "station", "stadium", "arena", "hospital", "mosque", "cathedral", "synagogue",
        "planetarium", "theatre", "theater", "library", "prison", "observatory", "zoo", "hotel", "centre", "center");

    // Words that make a name an event ("Boat Expo Canada", "Oslo Jazz Festival").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _eventWords = Set(
        "expo", "festival", "fair", "cup", "games", "olympics", "championship", "championships", "tournament", "summit",
        "conference", "congress", "awards", "marathon", "biennale", "carnival", "parade", "war", "election", "elections");

    // Last words of geographic names that may follow a given name ("Maria Lake", "Anna Island").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeWords = Set(
        "lake", "river", "island", "islands", "mount", "mountain", "mountains", "county", "street", "avenue", "road",
        "park", "valley", "falls", "bay", "beach", "springs", "hills", "city", "town", "village", "heights", "creek",
        "point", "harbour", "harbor", "canyon", "forest", "desert", "peninsula", "coast", "district", "province");

    // Nouns only a person owns: kin, a life's events, a player's moves ("Ivo Marsh's wife", "… 's assist").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personalNouns = Set(
        "wife", "husband", "widow", "widower", "son", "sons", "daughter", "daughters", "father", "mother", "parents",
        "brother", "sister", "grandson", "granddaughter", "girlfriend", "boyfriend", "fiancée", "fiance", "death",
        "funeral", "birthday", "childhood", "assist", "header", "hat-trick", "penalty", "autobiography", "memoir");

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    /// <summary>Whether <paramref name="word"/> (any case) makes a name an organisation wherever it stands ("Society").</summary>
    public static bool IsOrganisationWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        return word.Length <= 64 && word.ToLowerInvariant(lower) == word.Length && _organisationWords.Contains(lower);
    }

    public void Retype(Document document, List<ResolverMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Name || mention.Entry is not null || mention.IsNested)
            {
                continue;
            }

            if (ReligionWords.IsObservance(mention.Text) || IsNamedStorm(document, mention))
            {
                // A feast, fast or pilgrimage is an event whatever the recogniser guessed ("the Hajj" as a place), and
                // so is a named storm ("Hurricane Velma" is no person).
                Set(mention, EntityType.EVENT);
            }
            else if (mention.Type != EntityType.ORG && IsWebAddress(mention.Text))
            {
                // "Velmora.com", "News.example.co.uk": a site's address names the outlet or company that runs it.
                Set(mention, EntityType.ORG);
            }
            else if (TypeFromWords(document, mention) is { } byWords)
            {
                Set(mention, byWords);
            }
            else if (IsApposedToPlace(document, mention))
            {
                Set(mention, EntityType.GPE);
            }
            else if (mention.Type == EntityType.PERSON && (IsAfterDeterminer(document, mention) || IsAffiliationOfPerson(document, mentions, mention)))
            {
                Set(mention, EntityType.ORG);
            }
            else if (mention.Type != EntityType.PERSON && (IsFullNameOfPerson(document, mention) || IsGivenNameOfNamedPerson(document, mentions, mention)
                || IsPossessorOfPersonalNoun(document, mention) || IsFullNameOfNamedSurname(document, mentions, mention)))
            {
                Set(mention, EntityType.PERSON);
            }
        }
    }

    // A name that ends in a generic top-level domain, or in a country's commercial one (".com.au", ".co.uk").
    private static bool IsWebAddress(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || dot == text.Length - 1 || text.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var tld = text.AsSpan(dot + 1);
        if (tld is "com" or "org" or "net" or "info" or "io")
        {
            return true;
        }

        var inner = text.LastIndexOf('.', dot - 1);
        return tld.Length == 2 && inner > 0 && text.AsSpan(inner + 1, dot - inner - 1) is "com" or "co" or "org" or "net";
    }

    // "Hurricane Velma", "Tropical Storm Arlo", "Typhoon Mireille": a storm's kind before its given name, one name after.
    private static bool IsNamedStorm(Document document, ResolverMention mention)
    {
        var first = mention.Tokens.Start;
        if (document.TextOf(first) is "Tropical" && first + 1 < mention.Tokens.End && document.TextOf(first + 1) is "Storm" or "Depression")
        {
            first++;
        }

        return mention.Tokens.End - first == 2 && document.TextOf(first) is "Hurricane" or "Typhoon" or "Cyclone" or "Storm" or "Depression";
    }

    private static void Set(ResolverMention mention, EntityType type)
    {
        mention.Type = type;
        mention.HasTypeCue = true;
    }

    /// <summary>
    /// "Elm Hollow Museum", "Instituto Valmar", "University of Oslo": a building's or an institution's word in a
    /// name the recogniser took for a person or a place. Null when the words say nothing.
    /// </summary>
    internal static EntityType? TypeFromWords(Document document, ResolverMention mention)
    {
        if (mention.Tokens.Length < 2 || mention.Type is EntityType.ORG or EntityType.FAC or EntityType.EVENT)
        {
            return null;
        }

        if (mention.Type == EntityType.PERSON && _buildingWords.Contains(document.TextOf(mention.Tokens.End - 1)))
        {
            return EntityType.FAC;
        }

        for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
        {
            if (_organisationWords.Contains(document.TextOf(t)) && SurfaceCues.StartsUpper(document.TextOf(t)))
            {
                return EntityType.ORG;
            }
        }

        // A building's word at the end wins over an event's inside ("Festival Hall").
        for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
        {
            if (_eventWords.Contains(document.TextOf(t)) && SurfaceCues.StartsUpper(document.TextOf(t)) && !SurfaceCues.IsFacilityHead(document.TextOf(mention.Tokens.End - 1)))
            {
                return EntityType.EVENT;
            }
        }

        return null;
    }

    /// <summary>
    /// "Dayton, Ohio", "Boise, Idaho": a short name taken for a person that a comma and a known state or
    /// country follow is a town.
    /// </summary>
    private bool IsApposedToPlace(Document document, ResolverMention mention)
    {
        if (mention.Type != EntityType.PERSON || mention.Tokens.Length > 2 || mention.Tokens.End + 1 >= document.Tokens.Length
            || !document.TextOf(mention.Tokens.End).SequenceEqual(",")
            || document.SentenceIndexOf(mention.Tokens.End + 1) != document.SentenceIndexOf(mention.Tokens.Start))
        {
            return false;
        }

        // The place after the comma: up to three capitalised words ("New South Wales"); a determiner there starts an
        // apposition about the name ("Kurt Lund, the United States envoy"), never a town's state.
        var start = mention.Tokens.End + 1;
        if (SurfaceCues.IsDeterminer(document.TextOf(start)))
        {
            return false;
        }

        for (var end = Math.Min(document.Tokens.Length, start + 3); end > start; end--)
        {
            if (!SurfaceCues.StartsUpper(document.TextOf(end - 1)))
            {
                continue;
            }

            foreach (var candidate in _kb.Lookup(document.TextOf(document.CharRange(new TokenRange(start, end)))))
            {
                // Not "Tom Vale, Ohio's youngest mayor": a possessive place starts an apposition about the name.
                if (candidate.Entry is Country && candidate.Form is SurfaceForm.Name or SurfaceForm.Alias or SurfaceForm.City
                    && (end >= document.Tokens.Length || ((!SurfaceCues.StartsUpper(document.TextOf(end)) || !SurfaceCues.IsWord(document.TextOf(end)))
                        && !SurfaceCues.IsPossessiveClitic(document.TextOf(end)))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "the Louvre's collection": a single capitalised word between "the" and a possessive is an institution, not
    /// a person ("the Joker" may be a character, "the Sams" a family; neither takes "the" with a possessive).
    /// </summary>
    private static bool IsAfterDeterminer(Document document, ResolverMention mention)
    {
        var before = mention.Tokens.Start - 1;
        var after = mention.Tokens.End;
        return mention.Tokens.Length == 1 && before >= 0 && after < document.Tokens.Length && document.TextOf(before) is "the" or "The"
            && SurfaceCues.IsPossessiveClitic(document.TextOf(after)) && !mention.Text.EndsWith('s')
            && document.SentenceIndexOf(before) == document.SentenceIndexOf(mention.Tokens.Start);
    }

    /// <summary>"Tom Vale of Copper Harbour": what a person is "of" is a group or a place, never another person.</summary>
    private static bool IsAffiliationOfPerson(Document document, List<ResolverMention> mentions, ResolverMention mention)
    {
        var of = mention.Tokens.Start - 1;
        if (of < 1 || document.TextOf(of) is not "of")
        {
            return false;
        }

        foreach (var other in mentions)
        {
            if (other.Tokens.End == of && other.Type == EntityType.PERSON && other.Kind == MentionKind.Name && other.Tokens.Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ottilie Brandt", "Thomas Okafor's goal": two or three capitalised words that start with a common given name
    /// and hold no word of an institution, a building, an event or a place ("Thomas Lake", "Maria Hospital") are a
    /// person's full name, whatever type the recogniser guessed.
    /// </summary>
    private bool IsFullNameOfPerson(Document document, ResolverMention mention)
    {
        if (mention.Tokens.Length is < 2 or > 3 || GivenNames.Default.GenderOf(document.TextOf(mention.Tokens.Start)) == NameGender.Unknown)
        {
            return false;
        }

        for (var t = mention.Tokens.Start + 1; t < mention.Tokens.End; t++)
        {
            var word = document.TextOf(t);
            if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || _organisationWords.Contains(word) || _buildingWords.Contains(word)
                || _eventWords.Contains(word) || _placeWords.Contains(word) || SurfaceCues.IsFacilityHead(word) || IsKnownPlace(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "from Eran Vossel's assist", "Tamsin Orr's widow": a name of two or three capitalised words, none an
    /// institution's, building's, event's or place's, that owns a noun only a person owns is a person's.
    /// </summary>
    private bool IsPossessorOfPersonalNoun(Document document, ResolverMention mention)
    {
        var end = mention.Tokens.End;
        if (mention.Tokens.Length is < 2 or > 3 || end + 1 >= document.Tokens.Length || !SurfaceCues.IsPossessiveClitic(document.TextOf(end))
            || !_personalNouns.Contains(document.TextOf(end + 1)))
        {
            return false;
        }

        for (var t = mention.Tokens.Start; t < end; t++)
        {
            var word = document.TextOf(t);
            if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || _organisationWords.Contains(word) || _buildingWords.Contains(word)
                || _eventWords.Contains(word) || _placeWords.Contains(word) || SurfaceCues.IsFacilityHead(word) || IsKnownPlace(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "said the chancellor, Pradeep Velu. Velu talked of …": a name of two or three capitalised words the recogniser
    /// took for a place or organisation is a person's full name where its last word stands alone elsewhere as a person
    /// (news gives the full name once, then the surname).
    /// </summary>
    private bool IsFullNameOfNamedSurname(Document document, List<ResolverMention> mentions, ResolverMention mention)
    {
        if (mention.Tokens.Length is < 2 or > 3 || _placePrefixes.Contains(document.TextOf(mention.Tokens.Start)))
        {
            return false;
        }

        for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
        {
            var word = document.TextOf(t);
            if (t > mention.Tokens.Start && word is "van" or "von" or "de" or "da" or "di" or "del" or "bin" or "al" or "le" or "la")
            {
                continue;
            }

            if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || SurfaceCues.IsAllCapitals(word) || SurfaceCues.IsTitleWord(word)
                || _organisationWords.Contains(word) || _buildingWords.Contains(word) || _eventWords.Contains(word) || _placeWords.Contains(word)
                || SurfaceCues.IsFacilityHead(word) || IsKnownPlace(word))
            {
                return false;
            }
        }

        // The surname may have a particle ("van Biljon" for "Leon van Biljon"), capitalised at a sentence's start.
        foreach (var other in mentions)
        {
            if (other.Kind == MentionKind.Name && other.Type == EntityType.PERSON && other.Tokens.Length < mention.Tokens.Length && other.Entry is null or Person
                && document.TextOf(document.CharRange(new TokenRange(mention.Tokens.End - other.Tokens.Length, mention.Tokens.End)))
                    .Equals(other.Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Port Elizabeth", "San Carlos": first words of places named after people.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _placePrefixes = Set(
        "port", "fort", "saint", "st", "st.", "san", "santa", "santo", "são", "mount", "cape", "lake", "new", "north", "south",
        "east", "west", "upper", "lower", "great", "little");

    // "Roman Egypt": a known country or city after the given name makes the name a place's.
    private bool IsKnownPlace(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country or Region)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a portrait of Marta … Marta Vale's studio", "a blue Marta … Marta said": a lone given name the recogniser took
    /// for a place or a group is the person whose full name it starts, or whom it names alone elsewhere, when the
    /// article names one.
    /// </summary>
    private static bool IsGivenNameOfNamedPerson(Document document, List<ResolverMention> mentions, ResolverMention mention)
    {
        if (mention.Tokens.Length != 1 || GivenNames.Default.GenderOf(mention.Text) == NameGender.Unknown)
        {
            return false;
        }

        foreach (var other in mentions)
        {
            if (other.Kind == MentionKind.Name && other.Type == EntityType.PERSON && !other.IsNested
                && document.TextOf(other.Tokens.Start).SequenceEqual(mention.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
