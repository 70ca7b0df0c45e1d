using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Drops names that are no entities of the article format's types: titles of works ("the 1972 film Harbour Lights", a
/// print called "Fields at Dusk") and named vehicles ("the research vessel Meridian" — and "Meridian" wherever else the
/// article names that vessel), products ("version of Nimbus", "Nimbus 7 browser", and the well-known ones of
/// <see cref="ProductWords"/>) and religions and their
/// followers' adjectives (<see cref="ReligionWords"/>), and awards ("the Harbour Player of the Season award"). The
/// knowledge base's names are kept.
/// </summary>
internal static class NonEntityFilter
{
    // Common nouns that introduce the title of a work. Not "magazine" or "newspaper": a publication is an organisation.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _workNouns = Set(
        "film", "films", "movie", "movies", "novel", "novels", "book", "books", "album", "albums", "song", "songs",
        "single", "series", "show", "sitcom", "episode", "game", "games", "play", "opera", "musical", "painting",
        "paintings", "print", "prints", "documentary", "poem", "poems", "comic", "comics", "videogame");

    // Words that introduce the name of a vessel or craft.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _vehicleNouns = Set(
        "shuttle", "ship", "vessel", "yacht", "submarine", "carrier", "spacecraft", "orbiter", "rover", "probe",
        "satellite", "airliner", "locomotive", "ferry", "tanker", "frigate", "destroyer", "uss", "hms", "rms");

    // Verbs that introduce a quoted title: a print called "…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleVerbs = Set(
        "called", "titled", "entitled", "named", "dubbed");

    // Nouns a product's name and version number come before: "Nimbus 7 browser", "Corvid 2 (C2) console".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _productNouns = Set(
        "browser", "browsers", "software", "app", "apps", "smartphone", "smartphones", "phone", "phones", "handset",
        "tablet", "tablets", "laptop", "laptops", "console", "consoles", "processor", "processors", "chip", "chips",
        "camera", "cameras", "operating", "headset", "headsets", "plugin", "plug-in", "program", "programs");

    // Words a work's title and subtitle come after: "a demo of", "played in", "the".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleOpeners = Set(
        "of", "in", "from", "on", "at", "for", "with", "into", "about", "like", "than", "as", "the", "a", "an", "new", "latest");

    // Nouns that only a product has: "the latest version of Nimbus" (not "edition": "the Thursday edition of the Valmar Herald").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _versionNouns = Set(
        "version", "versions");

    // Words before "System" that make a name a technical system, not the body that runs it ("Global Positioning System",
    // "Flood Warning System"; not "Federal Reserve System").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _systemKinds = Set(
        "Information", "Management", "Positioning", "Navigation", "Warning", "Monitoring", "Tracking", "Operating",
        "Intelligence", "Identification", "Surveillance", "Reporting", "Alert", "Guidance", "Control", "Payment", "Booking");

    // Nouns for things an unknown initialism before them names ("the IXU tax", "the QRT protocol"), unlike the people
    // and activities of an organisation ("the ACLU lawyer", "the NATO summit").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _thingNouns = Set(
        "system", "tax", "taxes", "levy", "scheme", "standard", "standards", "protocol", "format", "code", "test", "tests",
        "index", "virus", "vaccine", "formula", "algorithm", "file", "files", "chip", "engine", "gene", "drug");

    public static void Remove(Document document, List<ResolverMention> mentions)
    {
        var vehicles = VehicleNames(document);
        var products = ProductNames(document, mentions);
        mentions.RemoveAll(m => !m.IsNested
            && ((m.Kind == MentionKind.Name && m.Entry is null
                    && ((vehicles is not null && vehicles.Contains(m.Text)) || (products is not null && products.Contains(m.Text)) || ReligionWords.IsReligionOrAdjective(m.Text)
                        || ProductWords.IsProduct(m.Text) || IsTechnicalSystem(document, m.Tokens) || IsInitialismOfAThing(document, m.Tokens)))
                || IsWorkTitle(document, m.Tokens) || (m.Entry is null && IsAwardName(document, m.Tokens))
                || (m.Kind == MentionKind.Name && m.Entry is null && IsInColonTitle(document, m.Tokens))
                || (m.Kind == MentionKind.Name && m.Entry is null && m.Type == EntityType.PERSON && IsDemonymAdjective(document, m.Tokens))));
    }

    /// <summary>"from the IXU system": an unknown initialism before a noun for a thing names that thing's kind.</summary>
    private static bool IsInitialismOfAThing(Document document, TokenRange tokens) =>
        tokens.Length == 1 && tokens.End < document.Tokens.Length && SurfaceCues.IsAllCapitals(document.TextOf(tokens.Start))
        && _thingNouns.Contains(document.TextOf(tokens.End));

    /// <summary>"the National Flood Information System": a technical system is a thing, none of the format's types.</summary>
    private static bool IsTechnicalSystem(Document document, TokenRange tokens) =>
        tokens.Length >= 2 && document.TextOf(tokens.End - 1) is "System" or "Systems" && _systemKinds.Contains(document.TextOf(tokens.End - 2));

    /// <summary>
    /// "played the demo of Ironclad: Harbour Siege, and": inside a sentence, two runs of capitalised words joined by a
    /// colon and closed by punctuation are the title and subtitle of a work (a game, a show), none of the format's
    /// types. A run that opens its sentence ("Photo: Dana Whitfield") is a label, a clause after the colon
    /// ("in Valmar: Lopez said") goes on with a lower-case word, and a known place ("in Ruritania: Valmar.") is a
    /// place, so none of them is taken.
    /// </summary>
    internal static bool IsInColonTitle(Document document, TokenRange name)
    {
        var tokens = document.Tokens.Length;
        var start = name.Start;
        while (start > 0 && IsTitleWord(document, start - 1) && SameSentence(document, start - 1, name.Start))
        {
            start--;
        }

        var end = name.End;
        while (end < tokens && IsTitleWord(document, end) && SameSentence(document, name.Start, end))
        {
            end++;
        }

        int titleStart, colon, subtitleEnd;
        if (end + 1 < tokens && document.TextOf(end) is ":" && IsTitleWord(document, end + 1) && SameSentence(document, name.Start, end + 1))
        {
            // The name is the title; the subtitle follows the colon.
            titleStart = start;
            colon = end;
            subtitleEnd = colon + 1;
            while (subtitleEnd < tokens && IsTitleWord(document, subtitleEnd) && SameSentence(document, colon, subtitleEnd))
            {
                subtitleEnd++;
            }
        }
        else if (start >= 2 && document.TextOf(start - 1) is ":" && IsTitleWord(document, start - 2) && SameSentence(document, start - 2, name.Start))
        {
            // The name is the subtitle; the title comes before the colon.
            colon = start - 1;
            titleStart = colon - 1;
            while (titleStart > 0 && IsTitleWord(document, titleStart - 1) && SameSentence(document, titleStart - 1, colon))
            {
                titleStart--;
            }

            subtitleEnd = end;
        }
        else
        {
            return false;
        }

        // Inside the sentence: a preposition or determiner opens the title's run (not "the treaty Photo: Dana
        // Whitfield", a caption the sentence splitter ran on). Closed by punctuation or the sentence's end.
        var opener = titleStart - 1;
        if (opener < 0 || !SameSentence(document, opener, titleStart) || !_titleOpeners.Contains(document.TextOf(opener)))
        {
            return false;
        }

        return subtitleEnd >= tokens || !SameSentence(document, colon, subtitleEnd) || document.TextOf(subtitleEnd) is "," or "." or ";" or ")" or "!" or "?";
    }

    /// <summary>
    /// "the Valmarian team won": one word with a demonym's ending between a determiner and a lower-case word is an
    /// adjective (often a demonym the knowledge base lacks or the writer misspelt), not a person's name.
    /// </summary>
    internal static bool IsDemonymAdjective(Document document, TokenRange name)
    {
        if (name.End - name.Start != 1 || name.Start == 0 || name.End >= document.Tokens.Length
            || !SameSentence(document, name.Start - 1, name.End))
        {
            return false;
        }

        var word = document.TextOf(name.Start);
        var next = document.TextOf(name.End);

        // "the Julian we met": a known given name with the same ending is still a person.
        return GivenNames.Default.GenderOf(word) == NameGender.Unknown
            && document.TextOf(name.Start - 1) is "the" or "The" or "a" or "A" or "an" or "An"
            && next.Length > 0 && char.IsLower(next[0]) && char.IsLetter(next[0])
            && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
                || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal));
    }

    // A word of a title's run: capitalised, or a connector inside it ("of", "the", "-").
    private static bool IsTitleWord(Document document, int t) =>
        (SurfaceCues.StartsUpper(document.TextOf(t)) && SurfaceCues.IsWord(document.TextOf(t))) || document.TextOf(t) is "-";

    /// <summary>
    /// "won the Harbour Player of the Season award": a name whose run of capitalised words a lower-case award noun
    /// ends names the award, none of the format's types.
    /// </summary>
    internal static bool IsAwardName(Document document, TokenRange name)
    {
        var end = name.End;
        while (end < document.Tokens.Length && SameSentence(document, name.Start, end)
            && ((SurfaceCues.StartsUpper(document.TextOf(end)) && SurfaceCues.IsWord(document.TextOf(end))) || document.TextOf(end) is "of" or "the"))
        {
            end++;
        }

        return end < document.Tokens.Length && SameSentence(document, name.Start, end) && document.TextOf(end) is "award" or "awards" or "prize" or "trophy" or "medal";
    }

    /// <summary>
    /// Names of products: written "version(s) of" before ("the latest versions of Nimbus") or with a version number
    /// and a product noun after ("Nimbus 7 browser", "Nimbus 7 (N7) browser"). An organisation has no versions,
    /// and its name before a product noun carries no number ("Acme phones").
    /// </summary>
    private static HashSet<string>? ProductNames(Document document, List<ResolverMention> mentions)
    {
        HashSet<string>? names = null;
        foreach (var mention in mentions)
        {
            if (mention.Kind != MentionKind.Name || mention.Entry is not null || mention.IsNested)
            {
                continue;
            }

            var start = mention.Tokens.Start;
            var afterVersionOf = start >= 2 && document.TextOf(start - 1) is "of" && _versionNouns.Contains(document.TextOf(start - 2));
            if (afterVersionOf || HasVersionAndProductNoun(document, mention.Tokens.End))
            {
                (names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(mention.Text);
            }
        }

        return names;
    }

    private static bool HasVersionAndProductNoun(Document document, int next)
    {
        if (next >= document.Tokens.Length || !IsVersionNumber(document.TextOf(next)))
        {
            return false;
        }

        next++;
        // An initialism in brackets: "Nimbus 7 (N7) browser".
        if (next + 2 < document.Tokens.Length && document.TextOf(next) is "(" && document.TextOf(next + 2) is ")")
        {
            next += 3;
        }

        return next < document.Tokens.Length && _productNouns.Contains(document.TextOf(next)) && char.IsLower(document.TextOf(next)[0]);
    }

    // "7", "10", "2.0": short numbers, not years.
    private static bool IsVersionNumber(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 4 && char.IsAsciiDigit(word[0]) && !(word.Length == 4 && word.IndexOf('.') < 0)
        && !word.ContainsAnyExcept("0123456789.");

    /// <summary>The capitalised words written right after a vehicle noun anywhere in the article ("the research vessel Meridian").</summary>
    private static HashSet<string>? VehicleNames(Document document)
    {
        HashSet<string>? names = null;
        for (var t = 0; t + 1 < document.Tokens.Length; t++)
        {
            if (_vehicleNouns.Contains(document.TextOf(t)) && SurfaceCues.StartsUpper(document.TextOf(t + 1)) && SurfaceCues.IsWord(document.TextOf(t + 1))
                && SameSentence(document, t, t + 1))
            {
                (names ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(document.TextOf(t + 1).ToString());
            }
        }

        return names;
    }

    /// <summary>"the 1972 film Harbour Lights", "his graphic novel Iron Heron", a print called "Fields at Dusk".</summary>
    internal static bool IsWorkTitle(Document document, TokenRange name)
    {
        var before = name.Start - 1;
        if (before < 0 || !SameSentence(document, before, name.Start))
        {
            return false;
        }

        if (_workNouns.Contains(document.TextOf(before)) && !SurfaceCues.StartsUpper(document.TextOf(before)))
        {
            return true;
        }

        // A quoted title: the quotation opens right before the name's run of capitalised words and a title verb or
        // work noun introduces it.
        var open = before;
        while (open >= 0 && (SurfaceCues.StartsUpper(document.TextOf(open)) || SurfaceCues.IsNameConnector(document.TextOf(open))) && SameSentence(document, open, name.Start))
        {
            open--;
        }

        if (open < 1 || !IsQuote(document.TextOf(open)))
        {
            return false;
        }

        var close = name.End;
        while (close < document.Tokens.Length && (SurfaceCues.StartsUpper(document.TextOf(close)) || SurfaceCues.IsNameConnector(document.TextOf(close))))
        {
            close++;
        }

        var introducer = document.TextOf(open - 1);
        return close < document.Tokens.Length && IsQuote(document.TextOf(close)) && close - open > 2
            && (_titleVerbs.Contains(introducer) || _workNouns.Contains(introducer));
    }

    private static bool IsQuote(ReadOnlySpan<char> word) => word is "\"" or "“" or "”" or "'" or "‘" or "’" or "``" or "''";

    private static bool SameSentence(Document document, int a, int b) => document.SentenceIndexOf(a) == document.SentenceIndexOf(b);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
