using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Gathers the mentions entity resolution clusters: the recogniser's, each checked against the knowledge base, plus
/// the names the knowledge base knows and the recogniser missed (<see cref="KnowledgeBaseNames"/>), the names rules
/// find from the words around them, and nationality words.
/// </summary>
internal sealed class MentionCollector(ActorKnowledgeBase knowledgeBase)
{
    private readonly ActorKnowledgeBase _kb = knowledgeBase;
    private readonly RecogniserSpans _spans = new(knowledgeBase);
    private readonly RangeRepairs _repairs = new(knowledgeBase);
    private readonly ApposedTowns _towns = new(knowledgeBase);
    private readonly NestedPlaces _nestedPlaces = new(knowledgeBase);
    private readonly KnowledgeBaseNames _known = new(knowledgeBase);
    private readonly TitlePlaceNames _titlePlaces = new(knowledgeBase);

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
            var (span, type) = TitledPersons.Split(document, mention.Tokens, mention.Type);
            ranges.Add((_spans.Shape(document, span, type), type));
        }

        _titlePlaces.Split(document, ranges);
        _repairs.RepairEdges(document, ranges);
        _repairs.ExtendByLeftWords(document, ranges);
        _repairs.ExtendOverInnerAnd(document, ranges);
        var complements = ExtendByComplements(document, ranges);
        foreach (var (range, type) in ranges)
        {
            // A mention inside a longer one ("Asia" in "Asia-Pacific Research Unit") is part of that name, except a place or
            // organisation in an "of" complement ("Norway" in "Veterinary Review of Norway"), which is named too.
            // An unknown organisation the complement ran into is the rest of the name ("University of Wexmoor
            // Chess Student Association"), no organisation of its own.
            var inComplement = complements.Exists(c => c.Start <= range.Start && c.End >= range.End) && type != EntityType.PERSON;
            // After "at" the complement names a campus's town ("University of Lower Wessex at Brackford").
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

            // A span shaped to nothing (a place inside a hyphenated name) has no tokens to look up: at token 0 its End - 1 is -1.
            if (range.IsEmpty || ranges.Exists(o => o.Range != range && o.Range.Start <= range.Start && o.Range.End >= range.End) || covered[range.Start] || covered[range.End - 1])
            {
                continue;
            }

            // "Ukraine Deputy Prime Minister" before a name is that person's title, not an organisation.
            if (type != EntityType.PERSON && IsPersonalTitle(document.TextOf(range.End - 1)))
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

        _nestedPlaces.Add(document, mentions, 0);
        NestedNameFinder.AddNestedNames(document, mentions);
        var swallowed = new bool[mentions.Count];
        foreach (var sentence in document.Sentences)
        {
            _known.ScanSentence(document, sentence.Tokens, covered, owner, swallowed, date, mentions);
        }

        NestedNameFinder.AddEastAsianNames(document, mentions);
        var ruleFound = mentions.Count;
        _towns.AddMissed(document, mentions);
        RoleNounNames.AddMissed(document, mentions);
        AppositiveRoleNames.AddMissed(document, mentions);
        CreditNames.AddMissed(document, mentions);
        CoordinatedNames.AddMissed(document, mentions);
        OutletNames.AddMissed(document, mentions);
        _nestedPlaces.Add(document, mentions, ruleFound);

        for (var m = swallowed.Length - 1; m >= 0; m--)
        {
            if (swallowed[m])
            {
                mentions.RemoveAt(m);
            }
        }

        // After the swallowed mentions are gone: these rules remove mentions, which would shift their indices.
        PluralNounLists.AddMissed(document, mentions);
        GeographicOfNames.Join(document, mentions);
        AcronymDefinitions.AddMissed(document, mentions);
        mentions.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        _towns.MarkFullForms(document, mentions);
        PossessorForms.Mark(document, mentions);
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
            if (range.IsEmpty || !(type is EntityType.ORG or EntityType.FAC || (type is EntityType.GPE or EntityType.LOC && HasBuildingHead(document, range))))
            {
                continue;
            }

            if (type is EntityType.GPE or EntityType.LOC)
            {
                // "the Museum of Flight" taken for a place: a building, so its complement is its name too.
                type = EntityType.FAC;
            }

            var extended = _spans.WithOfComplement(
                document,
                range,
                type,
                t => ranges.Exists(o => o.Type == EntityType.PERSON && o.Range.Start <= t && t < o.Range.End),
                t => ranges.Exists(o => o.Type == EntityType.ORG && o.Range.Start == t));
            if (extended.End > range.End)
            {
                ranges[i] = (extended, type);
                complements.Add(new TokenRange(range.End, extended.End));
            }
        }

        return complements;
    }

    private static bool HasBuildingHead(Document document, TokenRange range) =>
        document.TextOf(range.End - 1) is "Museum" or "Gallery" or "Galleries" or "Planetarium" or "Observatory";

    private static bool IsPersonalTitle(ReadOnlySpan<char> word) => SurfaceCues.IsPersonNoun(word) || SurfaceCues.IsPersonalTitle(word);

    /// <summary>A recogniser mention, its type corrected by the knowledge base where the whole name is known.</summary>
    private ResolverMention? FromRecogniser(Document document, TokenRange range, EntityType type, DateOnly date)
    {
        var characters = document.CharRange(range);
        var surface = document.TextOf(characters);
        var candidates = _kb.Lookup(surface);
        var candidate = Choose(candidates, date, fromRecogniser: true, allowCities: true);
        if (type is EntityType.GPE or EntityType.LOC && candidate is { Entry: Person person, Form: SurfaceForm.Surname } && person.TermAt(date) is null
            && PlaceReading(candidates) is { } place)
        {
            // "moved to Austin, Texas": a surname of someone out of office that day is weaker evidence than the
            // recogniser's place reading, which the knowledge base shares.
            candidate = place;
        }

        if (candidate is { } found && found.Form is SurfaceForm.Adjective or SurfaceForm.Demonym)
        {
            return KnowledgeBaseNames.Nationality(document, range, found);
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
        else if (range.Length > 1 && type != EntityType.PERSON && (SurfaceCues.IsFacilityHead(document.TextOf(range.End - 1)) || HasBuildingHeadBeforeOf(document, range)))
        {
            mention.Type = EntityType.FAC;
        }

        return mention;
    }

    /// <summary>
    /// "Halvorsen Museum of Flight", "Lakeside Gallery of Modern Art": a museum's or gallery's word right before the
    /// "of" complement is the head of the name, so the name is that building's, whatever the complement says, as
    /// it is when the word ends the name ("Halvorsen Museum").
    /// </summary>
    internal static bool HasBuildingHeadBeforeOf(Document document, TokenRange range)
    {
        for (var t = range.Start + 1; t + 1 < range.End; t++)
        {
            if (document.TextOf(t) is "of")
            {
                return SurfaceCues.IsFacilityHead(document.TextOf(t - 1)) && document.TextOf(t - 1) is "Museum" or "Gallery" or "Galleries" or "Planetarium" or "Observatory";
            }
        }

        return false;
    }

    /// <summary>
    /// The likeliest reading of a form. Names the recogniser did not find are taken only in forms that are rarely
    /// ordinary words: cities and states not at the start of a sentence (where any word is capitalised), and people
    /// only by a full name or, by surname, while they hold an office at the article's date.
    /// </summary>
    internal static ActorCandidate? Choose(ReadOnlySpan<ActorCandidate> candidates, DateOnly date, bool fromRecogniser, bool allowCities)
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

    /// <summary>The first reading of a form as a place (a country's name, capital or city, or a region), or null.</summary>
    private static ActorCandidate? PlaceReading(ReadOnlySpan<ActorCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Entry is Region || (candidate.Entry is Country && candidate.Form is not (SurfaceForm.Adjective or SurfaceForm.Demonym)))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static EntityType TypeOf(ActorCandidate candidate, EntityType fallback) => candidate.Entry switch
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

}
