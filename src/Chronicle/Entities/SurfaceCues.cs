using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// Closed word lists that entity resolution reads when no parse is available: locative prepositions, auxiliaries,
/// determiners, title words and pronouns. Probed through span lookups so no token is turned into a string.
/// </summary>
internal static class SurfaceCues
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _locative = Set(
        "in", "at", "to", "from", "into", "near", "outside", "inside", "across", "via", "around", "toward", "towards",
        "through", "throughout", "within", "across", "between", "beyond", "onto", "past", "leave", "left", "visit",
        "visited", "visiting", "visits", "reached", "arrived", "flew", "travelled", "traveled", "based");

    // Words after a name that make it the subject of a clause: auxiliaries, modals and common reporting verbs.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _predicateStarts = Set(
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "should", "may", "might", "can",
        "must", "did", "does", "do", "says", "said", "say", "denied", "denies", "warned", "warns", "accused", "accuses",
        "announced", "announces", "rejected", "rejects", "welcomed", "welcomes", "insisted", "insists", "claimed",
        "claims", "urged", "urges", "called", "calls", "wants", "wanted", "sees", "saw", "hopes", "hoped", "fears",
        "feared", "condemned", "condemns", "denounced", "denounces", "responded", "responds", "reacted", "reacts",
        "agreed", "agrees", "signed", "signs", "sent", "sends", "imposed", "imposes", "launched", "launches",
        "threatened", "threatens", "believes", "believed", "considers", "considered", "argued", "argues", "also",
        "cautiously", "publicly", "repeatedly", "later", "then", "still", "already", "now", "which", "who");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _possessiveDeterminers = Set(
        "his", "her", "its", "their", "our", "my", "your");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners = Set(
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that");

    // Function words allowed inside a multi-word name ("Secretary of State", "Corriere della Sera").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameConnectors = Set(
        "of", "the", "for", "and", "de", "della", "del", "du", "la", "le", "von", "van", "on", "&");

    // Nouns that name a function; the knowledge base's sector and office words cover the rest.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleWords = Set(
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "leader", "chancellor",
        "premier", "prime", "deputy", "vice", "foreign", "defence", "defense", "chief", "head", "ambassador", "envoy",
        "general", "king", "queen", "prince", "princess", "governor", "mayor", "senator", "chairman", "chairwoman",
        "chair", "director", "fellow", "analyst", "professor", "researcher", "research", "senior", "junior",
        "spokesperson", "commander", "counterpart", "adviser", "advisor", "official", "officer", "representative",
        "rep", "congressman", "congresswoman", "lawmaker", "judge", "prosecutor", "attorney", "justice", "executive",
        "ceo", "founder", "creator", "editor", "correspondent", "reporter", "journalist", "economist", "coach",
        "captain", "manager", "player", "striker", "student", "teacher", "doctor", "dr", "mr", "mrs", "ms", "sir",
        "dame", "lord", "lady", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh", "emir",
        "sultan", "crown", "national", "security", "state", "interior", "finance", "trade", "economy", "health",
        "justice", "affairs", "house", "assistant", "associate", "former", "acting", "interim", "newly", "elected",
        "daily", "newspaper", "agency", "broadcaster", "magazine", "outlet", "programme", "program", "department",
        "ministry", "army", "navy", "party", "spy", "intelligence", "minority", "majority", "whip", "speaker",
        "administrator", "commissioner", "undersecretary", "superintendent", "inspector");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personalTitles = Set(
        "president", "minister", "secretary", "chancellor", "premier", "prime", "king", "queen", "prince", "princess",
        "governor", "mayor", "senator", "judge", "pope", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady",
        "general", "deputy", "vice", "chief", "ambassador", "sheikh", "emir", "sultan", "cardinal", "rep");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personNouns = Set(
        "leader", "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "premier",
        "chancellor", "diplomat", "envoy", "ambassador", "counterpart", "king", "queen", "monarch", "prince", "ruler",
        "dictator", "strongman", "secretary", "general", "commander", "chief", "head", "prosecutor", "judge");

    // Last words of building and infrastructure names (spec: FAC). Not "church": "the Lutheran Church" is an institution.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _facilityHeads = Set(
        "airport", "station", "stadium", "arena", "bridge", "tower", "towers", "hall", "museum", "gallery", "centre",
        "center", "hospital", "mosque", "cathedral", "temple", "synagogue", "palace", "castle", "base",
        "hotel", "planetarium", "theatre", "theater", "library", "prison", "jail", "dam", "tunnel", "highway",
        "motorway", "square", "building", "plaza", "pavilion", "port", "harbour", "harbor", "canal", "monument",
        "memorial", "observatory", "zoo", "complex", "facility", "terminal");

    // Capitalised words that open sentences and are not names.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceOpeners = Set(
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "when", "while", "after", "before",
        "since", "until", "if", "though", "although", "because", "yesterday", "today", "tomorrow", "tonight",
        "meanwhile", "however", "also", "then", "now", "later", "earlier", "instead", "still", "thus", "there", "here",
        "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its",
        "our", "my", "said", "says", "according", "last", "next", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "with", "without", "for", "from", "by", "of", "to", "about", "during",
        "despite", "amid", "among", "many", "some", "most", "all", "both", "each", "every", "several", "other",
        "another", "such", "what", "which", "who", "where", "why", "how", "not", "no", "only", "even", "just");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _female = Set(
        "mrs", "ms", "miss", "madam", "madame", "queen", "princess", "dame", "lady", "she", "her", "hers", "herself",
        "spokeswoman", "chairwoman", "congresswoman");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _male = Set(
        "mr", "sir", "king", "prince", "lord", "he", "him", "his", "himself", "spokesman", "chairman", "congressman",
        "pope", "sheikh", "emir", "sultan");

    public static bool IsLocativePreposition(ReadOnlySpan<char> word) => _locative.Contains(word);

    public static bool StartsPredicate(ReadOnlySpan<char> word) => _predicateStarts.Contains(word);

    public static bool IsPossessiveDeterminer(ReadOnlySpan<char> word) => _possessiveDeterminers.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => _determiners.Contains(word);

    public static bool IsNameConnector(ReadOnlySpan<char> word) => _nameConnectors.Contains(word);

    public static bool IsTitleWord(ReadOnlySpan<char> word) => _titleWords.Contains(word);

    public static bool IsPersonalTitle(ReadOnlySpan<char> word) => _personalTitles.Contains(word.TrimEnd('.'));

    public static bool IsFacilityHead(ReadOnlySpan<char> word) => _facilityHeads.Contains(word);

    public static bool IsSentenceOpener(ReadOnlySpan<char> word) => _sentenceOpeners.Contains(word);

    public static bool IsPersonNoun(ReadOnlySpan<char> word) => _personNouns.Contains(word);

    public static bool IsFemaleCue(ReadOnlySpan<char> word) => _female.Contains(word.TrimEnd('.'));

    public static bool IsMaleCue(ReadOnlySpan<char> word) => _male.Contains(word.TrimEnd('.'));

    public static bool IsPossessiveClitic(ReadOnlySpan<char> word) =>
        word.Length == 2 && word[0] is '\'' or '’' && word[1] is 's' or 'S';

    public static bool StartsUpper(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLetterOrDigit(word[0]);

    public static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.Distinct(StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
