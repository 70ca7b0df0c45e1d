using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Gathers the mentions entity resolution clusters: the recogniser's, each checked against the knowledge base, plus
/// the names the knowledge base knows and the recogniser missed (countries, capitals, seats of power, organisations,
/// acronyms, office holders) and nationality words.
/// </summary>
internal sealed class MentionCollector(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>Longest name, in tokens, probed in the knowledge base.</summary>
    private const int MaxNameTokens = 6;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;
    private readonly RecogniserSpans _spans = new(knowledgeBase);

    public List<ResolverMention> Collect(Document document, DateOnly date)
    {
        var tokens = document.Tokens;
        var covered = new bool[tokens.Length];
        var owner = new int[tokens.Length];
        Array.Fill(owner, -1);
        var mentions = new List<ResolverMention>(document.Mentions.Count * 2);
        var ranges = new List<(TokenRange Range, EntityType Type)>(document.Mentions.Count);
        foreach (var mention in document.Mentions)
        {
            ranges.Add((_spans.Shape(document, mention.Tokens, mention.Type), mention.Type));
        }

        RepairEdges(document, ranges);
        ExtendByLeftWords(document, ranges);
        var complements = ExtendByComplements(document, ranges);
        foreach (var (range, type) in ranges)
        {
            // A mention inside a longer one ("Asia" in "Asia-Pacific Programme") is part of that name, except a place or
            // organisation in an "of" complement ("Australia" in "Medical Journal of Australia"), which is named too.
            // An unknown organisation the complement ran into is the rest of the name ("University of Texas Arlington
            // Muslim Student Association"), no organisation of its own.
            var inComplement = complements.Exists(c => c.Start <= range.Start && c.End >= range.End) && type != EntityType.PERSON;
            // After "at" the complement names a campus's town ("University of North Carolina at Greensboro").
            var campus = range.Start > 0 && document.TextOf(range.Start - 1) is "at";
            if (inComplement && !range.IsEmpty && FromRecogniser(document, range, type, date) is { } inner
                && (inner.Type is EntityType.GPE or EntityType.LOC || inner.Entry is not null || campus))
            {
                mentions.Add(new ResolverMention
                {
                    Tokens = inner.Tokens,
                    Characters = inner.Characters,
                    Text = inner.Text,
                    Type = campus && inner.Entry is null ? EntityType.GPE : inner.Type,
                    Kind = inner.Kind,
                    Entry = inner.Entry,
                    Form = inner.Form,
                    IsNested = true,
                });
                continue;
            }

            if (ranges.Exists(o => o.Range != range && o.Range.Start <= range.Start && o.Range.End >= range.End) || covered[range.Start] || covered[range.End - 1])
            {
                continue;
            }

            // "Ukraine Deputy Prime Minister" before a name is that person's title, not an organisation.
            if (range.IsEmpty || (type != EntityType.PERSON && IsPersonalTitle(document.TextOf(range.End - 1))))
            {
                continue;
            }

            var resolved = FromRecogniser(document, range, type, date);
            if (resolved is not null)
            {
                for (var t = range.Start; t < range.End; t++)
                {
                    covered[t] = true;
                    owner[t] = mentions.Count;
                }

                mentions.Add(resolved);
            }
        }

        AddNestedPlaces(document, mentions);
        AddNestedNames(document, mentions);
        var swallowed = new bool[mentions.Count];
        foreach (var sentence in document.Sentences)
        {
            ScanSentence(document, sentence.Tokens, covered, owner, swallowed, date, mentions);
        }

        AddEastAsianNames(document, mentions);

        for (var m = swallowed.Length - 1; m >= 0; m--)
        {
            if (swallowed[m])
            {
                mentions.RemoveAt(m);
            }
        }

        mentions.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        return mentions;
    }

    /// <summary>
    /// Extends organisation names by their "of"/"for" complements (<see cref="RecogniserSpans.WithOfComplement"/>), in
    /// place, and returns the added complements.
    /// </summary>
    private List<TokenRange> ExtendByComplements(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        var complements = new List<TokenRange>();
        for (var i = 0; i < ranges.Count; i++)
        {
            var (range, type) = ranges[i];
            if (type is not (EntityType.ORG or EntityType.FAC) || range.IsEmpty)
            {
                continue;
            }

            var extended = _spans.WithOfComplement(document, range, type, t => ranges.Exists(o => o.Type == EntityType.PERSON && o.Range.Start <= t && t < o.Range.End));
            if (extended.End > range.End)
            {
                ranges[i] = (extended, type);
                complements.Add(new TokenRange(range.End, extended.End));
            }
        }

        return complements;
    }

    /// <summary>
    /// "Charles Bolden, NASA Administrator": a "person" ending in a title is the organisation the title belongs to.
    /// "the State of Texas", "the Commonwealth of Virginia": the state named formally is the known state.
    /// </summary>
    private void RepairEdges(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var (range, type) = ranges[i];
            if (range.IsEmpty)
            {
                continue;
            }

            // "Group F", "Plan B": a single capital letter after a name is its last part.
            if (range.End + 1 < document.Tokens.Length && IsSingleCapital(document.TextOf(range.End)) && !SurfaceCues.IsWord(document.TextOf(range.End + 1))
                && document.TextOf(range.End + 1) is not ("-" or "/" or "'" or "’" or "." or "&")
                && document.Tokens[range.End - 1].End < document.Tokens[range.End].Start
                && document.SentenceIndexOf(range.End) == document.SentenceIndexOf(range.Start))
            {
                ranges[i] = (new TokenRange(range.Start, range.End + 1), type);
                continue;
            }

            if (range.Length < 2)
            {
                continue;
            }

            if (type == EntityType.PERSON && SurfaceCues.IsTitleWord(document.TextOf(range.End - 1)))
            {
                var end = range.End;
                while (end > range.Start && (SurfaceCues.IsTitleWord(document.TextOf(end - 1)) || SurfaceCues.IsPersonalTitle(document.TextOf(end - 1))))
                {
                    end--;
                }

                if (end > range.Start)
                {
                    ranges[i] = (new TokenRange(range.Start, end), EntityType.ORG);
                }

                continue;
            }

            if (range.Length >= 3 && document.TextOf(range.Start + 1) is "of" && IsStateWord(document.TextOf(range.Start)))
            {
                var place = new TokenRange(range.Start + 2, range.End);
                foreach (var candidate in _kb.Lookup(document.TextOf(document.CharRange(place))))
                {
                    if (candidate.Entry is Country)
                    {
                        ranges[i] = (place, EntityType.GPE);
                        break;
                    }
                }
            }
        }
    }

    private static bool IsSingleCapital(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]) && word[0] is not ('I' or 'A');

    private static bool IsStateWord(ReadOnlySpan<char> word) => word is "State" or "Commonwealth" or "Republic" or "Kingdom" or "City";

    /// <summary>
    /// "for Food Standards Australia New Zealand", "the United Kingdom Home Office", "substituted Park Joo-Ho": the
    /// recogniser often leaves out the first word of a name. One capitalised word (two when they are a known place)
    /// between a lower-case word or determiner and the name, inside a sentence, is taken in, unless it is a title,
    /// a sentence opener, a nationality, or belongs to another name. Title-case sentences (headlines) are left alone.
    /// </summary>
    private void ExtendByLeftWords(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var (range, type) = ranges[i];
            if (range.IsEmpty || type == EntityType.NORP)
            {
                continue;
            }

            var sentence = document.Sentences[document.SentenceIndexOf(range.Start)].Tokens;
            var start = range.Start;
            for (var words = 1; words <= 2; words++)
            {
                var t = range.Start - words;
                if (t <= sentence.Start || !IsLooseNameWord(document, t, type) || ranges.Exists(o => o.Range.Start <= t && t < o.Range.End))
                {
                    break;
                }

                var before = document.TextOf(t - 1);
                var opensRun = !SurfaceCues.StartsUpper(before) || SurfaceCues.IsDeterminer(before) || (t - 1 == sentence.Start && SurfaceCues.IsSentenceOpener(before));
                if (opensRun && (words == 1 || IsKnownPlace(document, new TokenRange(t, range.Start))))
                {
                    start = t;
                    break;
                }
            }

            if (start < range.Start && !IsTitleCase(document, sentence))
            {
                ranges[i] = (new TokenRange(start, range.End), type);
            }
        }
    }

    private bool IsLooseNameWord(Document document, int t, EntityType type)
    {
        var word = document.TextOf(t);
        if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || SurfaceCues.IsTitleWord(word) || SurfaceCues.IsPersonalTitle(word)
            || SurfaceCues.IsSentenceOpener(word) || SurfaceCues.IsDeterminer(word) || SurfaceCues.IsAllCapitals(word))
        {
            return false;
        }

        foreach (var candidate in _kb.Lookup(word))
        {
            // "Russian President", "Saudi Interior Ministry": a nationality or a country in front is a modifier.
            if (candidate.Form is SurfaceForm.Adjective or SurfaceForm.Demonym || (type == EntityType.PERSON && candidate.Entry is Country))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsKnownPlace(Document document, TokenRange range)
    {
        foreach (var candidate in _kb.Lookup(document.TextOf(document.CharRange(range))))
        {
            if (candidate.Entry is Country)
            {
                return true;
            }
        }

        return false;
    }

    // A headline in title case capitalises every word; a capitalised word there says nothing about names.
    private static bool IsTitleCase(Document document, TokenRange sentence)
    {
        int words = 0, capitalised = 0;
        for (var t = sentence.Start; t < sentence.End; t++)
        {
            var word = document.TextOf(t);
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                words++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return words >= 4 && capitalised * 10 >= words * 6;
    }

    private static bool IsPersonalTitle(ReadOnlySpan<char> word) => SurfaceCues.IsPersonNoun(word) || SurfaceCues.IsPersonalTitle(word);

    /// <summary>
    /// "Metro Toronto Convention Centre", "Toronto Star", "Massachusetts Institute of Technology": a place named inside
    /// an organisation, facility or event name is a mention of that place too, and so is a known organisation.
    /// </summary>
    private void AddNestedPlaces(Document document, List<ResolverMention> mentions)
    {
        var count = mentions.Count;
        for (var m = 0; m < count; m++)
        {
            var outer = mentions[m];
            if (outer.Tokens.Length < 2 || outer.Type is not (EntityType.ORG or EntityType.FAC or EntityType.EVENT) || outer.Entry is Country)
            {
                continue;
            }

            var t = outer.Tokens.Start;
            while (t < outer.Tokens.End)
            {
                var found = 0;
                for (var length = Math.Min(3, outer.Tokens.End - t); length >= 1 && found == 0; length--)
                {
                    var range = new TokenRange(t, t + length);
                    if (range == outer.Tokens || !SurfaceCues.StartsUpper(document.TextOf(t)) || !CanEndName(document, t + length - 1))
                    {
                        continue;
                    }

                    var characters = document.CharRange(range);
                    foreach (var candidate in _kb.Lookup(document.TextOf(characters)))
                    {
                        // A known organisation of several words inside another's name ("United Nations" in "United Nations
                        // High Commissioner for Refugees") is named too.
                        var organisation = candidate.Entry is Organisation && length >= 2 && !ReferenceEquals(candidate.Entry, outer.Entry);
                        if ((candidate.Entry is Country && candidate.Form is SurfaceForm.Name or SurfaceForm.Alias or SurfaceForm.Capital or SurfaceForm.City) || organisation)
                        {
                            mentions.Add(new ResolverMention
                            {
                                Tokens = range,
                                Characters = characters,
                                Text = document.TextOf(characters).ToString(),
                                Type = organisation ? EntityType.ORG : EntityType.GPE,
                                Kind = MentionKind.Name,
                                Entry = candidate.Entry,
                                Form = candidate.Form,
                                IsNested = true,
                            });
                            found = length;
                            break;
                        }
                    }
                }

                t += Math.Max(1, found);
            }
        }
    }

    /// <summary>
    /// "Hwang Hee-chan", "Kim Shin-Wook", "Tsai Ing-wen": a common Korean or Chinese family name followed by a
    /// capitalised given name of two syllables joined by a hyphen is a person's name, which the recogniser, trained
    /// on few such names, often misses.
    /// </summary>
    private static void AddEastAsianNames(Document document, List<ResolverMention> mentions)
    {
        var tokens = document.Tokens;
        for (var t = 0; t + 3 < tokens.Length; t++)
        {
            if (!EastAsianNames.IsFamilyName(document.TextOf(t)) || !SurfaceCues.StartsUpper(document.TextOf(t + 1)) || document.TextOf(t + 2) is not "-"
                || tokens[t + 1].End != tokens[t + 2].Start || tokens[t + 2].End != tokens[t + 3].Start || !IsLetters(document.TextOf(t + 3))
                || tokens[t].End == tokens[t + 1].Start || document.SentenceIndexOf(t) != document.SentenceIndexOf(t + 3))
            {
                continue;
            }

            var range = new TokenRange(t, t + 4);
            if (mentions.Exists(m => m.Tokens.Start < range.End && range.Start < m.Tokens.End))
            {
                continue;
            }

            var characters = document.CharRange(range);
            mentions.Add(new ResolverMention
            {
                Tokens = range,
                Characters = characters,
                Text = document.TextOf(characters).ToString(),
                Type = EntityType.PERSON,
                Kind = MentionKind.Name,
            });
            t += 3;
        }
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// Names inside facility and administrative names that the knowledge base does not know: the place a station,
    /// stadium or arena is named after ("Shandao Station", "Fisht Stadium"), the person a memorial is named after
    /// ("Chiang Kai Shek Memorial Hall"), and the town a municipality or province is of ("Municipality of Bogliasco").
    /// </summary>
    private static void AddNestedNames(Document document, List<ResolverMention> mentions)
    {
        var count = mentions.Count;
        for (var m = 0; m < count; m++)
        {
            var outer = mentions[m];
            if (outer.Tokens.Length < 2 || outer.Entry is not null || outer.Kind != MentionKind.Name)
            {
                continue;
            }

            var start = outer.Tokens.Start;
            var last = outer.Tokens.End - 1;
            TokenRange inner = default;
            var type = EntityType.GPE;
            if (document.TextOf(last) is "Station" or "Stadium" or "Arena")
            {
                inner = new TokenRange(start, last);
                type = SurfaceCues.IsFacilityHead(document.TextOf(last - 1)) ? EntityType.FAC : EntityType.GPE;
            }
            else if (IndexOf(document, outer.Tokens, "Memorial") is var memorial and > 0 && memorial > start)
            {
                inner = new TokenRange(start, memorial);
                type = EntityType.PERSON;
            }
            else if (outer.Tokens.Length >= 3 && document.TextOf(start + 1) is "of" && IsAdministrativeUnit(document.TextOf(start)))
            {
                inner = new TokenRange(start + 2, outer.Tokens.End);
            }

            if (inner.IsEmpty || inner.Length > 4 || !IsCapitalisedRun(document, inner) || mentions.Exists(o => o.Tokens == inner))
            {
                continue;
            }

            var characters = document.CharRange(inner);
            mentions.Add(new ResolverMention
            {
                Tokens = inner,
                Characters = characters,
                Text = document.TextOf(characters).ToString(),
                Type = type,
                Kind = MentionKind.Name,
                IsNested = true,
            });
        }
    }

    private static int IndexOf(Document document, TokenRange range, string word)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            if (document.TextOf(t).SequenceEqual(word))
            {
                return t;
            }
        }

        return -1;
    }

    // Generic words that name no place on their own: "Central Station", "National Stadium", "Olympic Arena".
    private static bool IsCapitalisedRun(Document document, TokenRange range)
    {
        for (var t = range.Start; t < range.End; t++)
        {
            var word = document.TextOf(t);
            if (!(SurfaceCues.StartsUpper(word) || word is "-") || word is "Central" or "National" or "International" or "Olympic" or "Grand" or "Main"
                or "City" or "New" or "Old" or "North" or "South" or "East" or "West" or "Union" or "Memorial" or "Municipal" or "State")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAdministrativeUnit(ReadOnlySpan<char> word) =>
        word is "Municipality" or "Province" or "County" or "Region" or "District" or "Prefecture" or "Comune" or "Commune" or "Borough";

    /// <summary>A recogniser mention, its type corrected by the knowledge base where the whole name is known.</summary>
    private ResolverMention? FromRecogniser(Document document, TokenRange range, EntityType type, DateOnly date)
    {
        var characters = document.CharRange(range);
        var surface = document.TextOf(characters);
        var candidate = Choose(_kb.Lookup(surface), date, fromRecogniser: true, allowCities: true);
        if (candidate is { } found && found.Form is SurfaceForm.Adjective or SurfaceForm.Demonym)
        {
            return Nationality(document, range, found);
        }

        var mention = new ResolverMention
        {
            Tokens = range,
            Characters = characters,
            Text = surface.ToString(),
            Type = type,
            Kind = MentionKind.Name,
        };
        if (candidate is { } c)
        {
            mention.Entry = c.Entry;
            mention.Form = c.Form;
            mention.Type = TypeOf(c, type);
        }
        else if (range.Length > 1 && type != EntityType.PERSON && SurfaceCues.IsFacilityHead(document.TextOf(range.End - 1)))
        {
            mention.Type = EntityType.FAC;
        }

        return mention;
    }

    /// <summary>
    /// Adds the knowledge-base names of a sentence. A name may swallow recogniser mentions it wholly contains (the
    /// recogniser's "Nations" inside "United Nations"), never cut one.
    /// </summary>
    private void ScanSentence(Document document, TokenRange sentence, bool[] covered, int[] owner, bool[] swallowed, DateOnly date, List<ResolverMention> mentions)
    {
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var first = document.TextOf(i);
            // A known name may start where a recogniser mention starts and go on past it ("United Nations High
            // Commissioner" + "for Refugees"); it may not start inside one.
            var startsMention = covered[i] && owner[i] >= 0 && mentions[owner[i]].Tokens.Start == i;
            if ((covered[i] && !startsMention) || !SurfaceCues.StartsUpper(first) || SurfaceCues.IsDeterminer(first))
            {
                i++;
                continue;
            }

            var matched = 0;
            var maxEnd = NameRunEnd(document, i, Math.Min(sentence.End, i + MaxNameTokens));
            var minEnd = startsMention ? mentions[owner[i]].Tokens.End : i;
            for (var end = maxEnd; end > minEnd && matched == 0; end--)
            {
                if (!CanEndName(document, end - 1) || CutsMention(covered, owner, mentions, i, end))
                {
                    continue;
                }

                var range = new TokenRange(i, end);
                var surface = document.TextOf(document.CharRange(range));
                var sentenceInitial = i == sentence.Start;
                if (Choose(_kb.Lookup(surface), date, fromRecogniser: false, allowCities: !sentenceInitial) is not { } candidate
                    || IsPartOfLongerName(document, range, sentence, candidate))
                {
                    continue;
                }

                // "The Straits Times", "Seattle Times": a known outlet's last word after another capitalised word is
                // the end of another name, which the article names by the whole run.
                var longer = candidate.Entry is Organisation && !startsMention ? LongerNameStart(document, sentence, i, covered) : i;
                ActorEntry? entry = candidate.Entry;
                if (longer < i)
                {
                    range = new TokenRange(longer, end);
                    surface = document.TextOf(document.CharRange(range));
                    entry = null;
                }

                for (var t = range.Start; t < end; t++)
                {
                    if (owner[t] >= 0 && owner[t] < swallowed.Length)
                    {
                        swallowed[owner[t]] = true;
                    }
                }

                mentions.Add(candidate.Form is SurfaceForm.Adjective or SurfaceForm.Demonym
                    ? Nationality(document, range, candidate)
                    : new ResolverMention
                    {
                        Tokens = range,
                        Characters = document.CharRange(range),
                        Text = surface.ToString(),
                        Type = TypeOf(candidate, EntityType.ORG),
                        Kind = MentionKind.Name,
                        Entry = entry,
                        Form = candidate.Form,
                    });
                matched = end - i;
            }

            i += Math.Max(1, matched);
        }
    }

    /// <summary>
    /// Where a longer name ending in the known name at <paramref name="start"/> begins: the capitalised words right
    /// before it that no other mention covers and that are no determiner, title, nationality or sentence opener.
    /// <paramref name="start"/> itself when there are none.
    /// </summary>
    private int LongerNameStart(Document document, TokenRange sentence, int start, bool[] covered)
    {
        var t = start;
        while (t - 1 >= sentence.Start && !covered[t - 1])
        {
            var word = document.TextOf(t - 1);
            if (!SurfaceCues.StartsUpper(word) || !SurfaceCues.IsWord(word) || SurfaceCues.IsDeterminer(word) || SurfaceCues.IsTitleWord(word)
                || SurfaceCues.IsSentenceOpener(word) || IsNationality(word))
            {
                break;
            }

            t--;
        }

        return t;
    }

    private bool IsNationality(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Form is SurfaceForm.Adjective or SurfaceForm.Demonym)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a run of tokens that can continue a name ends: capitalised words, connectors ("of", "the"), hyphens,
    /// full stops and possessives. Longer spans cannot be names, so they are not looked up.
    /// </summary>
    private static int NameRunEnd(Document document, int start, int limit)
    {
        var end = start + 1;
        while (end < limit)
        {
            var word = document.TextOf(end);
            if (!(SurfaceCues.StartsUpper(word) || SurfaceCues.IsNameConnector(word) || word is "-" or "." or "&" || SurfaceCues.IsPossessiveClitic(word)))
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>
    /// "Washington Post", "Texas Rangers": a place name followed by another capitalised word starts a longer name;
    /// "Asia" in "Asia-Pacific Programme" is a part of a hyphenated modifier of one.
    /// </summary>
    private static bool IsPartOfLongerName(Document document, TokenRange range, TokenRange sentence, ActorCandidate candidate)
    {
        if (candidate.Form is SurfaceForm.Adjective or SurfaceForm.Demonym)
        {
            return false;
        }

        if (RecogniserSpans.IsInsideHyphenatedName(document, range))
        {
            return true;
        }

        if (candidate.Entry is not Country)
        {
            return false;
        }

        if (range.End < sentence.End)
        {
            var next = document.TextOf(range.End);
            if (SurfaceCues.StartsUpper(next) && SurfaceCues.IsWord(next) && !SurfaceCues.IsTitleWord(next))
            {
                return true;
            }
        }

        return false;
    }

    private static ResolverMention Nationality(Document document, TokenRange range, ActorCandidate candidate)
    {
        var characters = document.CharRange(range);
        return new ResolverMention
        {
            Tokens = range,
            Characters = characters,
            Text = document.TextOf(characters).ToString(),
            Type = candidate.Entry is Country ? EntityType.GPE : EntityType.LOC,
            Kind = MentionKind.Nationality,
            Entry = candidate.Entry,
            Form = candidate.Form,
        };
    }

    /// <summary>
    /// The likeliest reading of a form. Names the recogniser did not find are taken only in forms that are rarely
    /// ordinary words: cities and states not at the start of a sentence (where any word is capitalised), and people
    /// only by a full name or, by surname, while they hold an office at the article's date.
    /// </summary>
    private static ActorCandidate? Choose(ReadOnlySpan<ActorCandidate> candidates, DateOnly date, bool fromRecogniser, bool allowCities)
    {
        ActorCandidate? best = null;
        foreach (var candidate in candidates)
        {
            var acceptable = candidate.Entry switch
            {
                Person person => candidate.Form != SurfaceForm.Surname || fromRecogniser || person.TermAt(date) is not null,
                Country => allowCities || candidate.Form != SurfaceForm.City,
                _ => true,
            };
            if (!acceptable)
            {
                continue;
            }

            // A person in office that day beats a namesake; otherwise the index's order (names before looser forms).
            if (best is null || (candidate.Entry is Person p && p.TermAt(date) is not null && best.Value.Entry is not Person))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static EntityType TypeOf(ActorCandidate candidate, EntityType fallback) => candidate.Entry switch
    {
        Person => EntityType.PERSON,
        Organisation => EntityType.ORG,
        SeatOfPower => EntityType.ORG,
        Region => EntityType.LOC,
        Country => EntityType.GPE,
        _ => fallback,
    };

    // "U.S." ends a name; a bare full stop does not.
    internal static bool CanEndName(Document document, int index) => SurfaceCues.IsWord(document.TextOf(index));

    // A span may contain whole recogniser mentions but must not start or end inside one.
    private static bool CutsMention(bool[] covered, int[] owner, List<ResolverMention> mentions, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (covered[t] && (mentions[owner[t]].Tokens.Start < start || mentions[owner[t]].Tokens.End > end))
            {
                return true;
            }
        }

        return false;
    }
}
