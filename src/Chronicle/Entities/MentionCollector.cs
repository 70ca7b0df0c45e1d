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
            // "Russia-Ukraine" stays two places; "Asia-Pacific Programme" is one name.
            var range = WithHyphenatedParts(document, TrimRange(document, mention.Tokens), mention.Type);

            if (mention.Type == EntityType.PERSON)
            {
                range = WithGivenName(document, WithoutLeadingTitles(document, range));
            }

            ranges.Add((range, mention.Type));
        }

        foreach (var (range, type) in ranges)
        {
            // A mention inside a longer one ("Asia" in "Asia-Pacific Programme") is part of that name.
            if (ranges.Exists(o => o.Range != range && o.Range.Start <= range.Start && o.Range.End >= range.End) || covered[range.Start] || covered[range.End - 1])
            {
                continue;
            }

            if (range.IsEmpty)
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

        var swallowed = new bool[mentions.Count];
        foreach (var sentence in document.Sentences)
        {
            ScanSentence(document, sentence.Tokens, covered, owner, swallowed, date, mentions);
        }

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
            if (covered[i] || !SurfaceCues.StartsUpper(first) || SurfaceCues.IsDeterminer(first))
            {
                i++;
                continue;
            }

            var matched = 0;
            var maxEnd = Math.Min(sentence.End, i + MaxNameTokens);
            for (var end = maxEnd; end > i && matched == 0; end--)
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

                for (var t = i; t < end; t++)
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
                        Entry = candidate.Entry,
                        Form = candidate.Form,
                    });
                matched = end - i;
            }

            i += Math.Max(1, matched);
        }
    }

    /// <summary>"Washington Post", "Texas Rangers": a place name followed by another capitalised word starts a longer name.</summary>
    private static bool IsPartOfLongerName(Document document, TokenRange range, TokenRange sentence, ActorCandidate candidate)
    {
        if (candidate.Entry is not Country || candidate.Form is SurfaceForm.Adjective or SurfaceForm.Demonym)
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
    private static bool CanEndName(Document document, int index) => SurfaceCues.IsWord(document.TextOf(index));

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

    /// <summary>
    /// "Yu Jie, senior research fellow": a person introduced with an apposition is introduced by full name, so a
    /// capitalised word just before the recognised surname that is no title or sentence opener is the given name.
    /// </summary>
    private static TokenRange WithGivenName(Document document, TokenRange range)
    {
        var before = range.Start - 1;
        if (range.Length != 1 || before < 0 || range.End >= document.Tokens.Length || !document.TextOf(range.End).SequenceEqual(","))
        {
            return range;
        }

        var word = document.TextOf(before);
        var sentence = document.SentenceIndexOf(range.Start);
        var isFirstOrAfterLowercase = before == document.Sentences[sentence].Tokens.Start || !SurfaceCues.StartsUpper(document.TextOf(before - 1));
        return SurfaceCues.StartsUpper(word) && SurfaceCues.IsWord(word) && document.Tokens[before].End < document.Tokens[range.Start].Start
            && isFirstOrAfterLowercase && !SurfaceCues.IsTitleWord(word) && !SurfaceCues.IsDeterminer(word) && !SurfaceCues.IsSentenceOpener(word)
            ? new TokenRange(before, range.End)
            : range;
    }

    /// <summary>
    /// "Asia-Pacific Programme", "Kim Shin-Wook": a name the tokenizer split at a hyphen written without spaces takes
    /// back the parts on either side (capitalised before it; after it, capitalised or the rest of a person's name).
    /// </summary>
    private static TokenRange WithHyphenatedParts(Document document, TokenRange range, EntityType type)
    {
        var tokens = document.Tokens;
        var start = range.Start;
        while (type is not (EntityType.GPE or EntityType.LOC) && start >= 2 && IsAttachedHyphen(document, start - 1)
            && SurfaceCues.StartsUpper(document.TextOf(start - 2)))
        {
            start -= 2;
        }

        var end = range.End;
        while (type is not (EntityType.GPE or EntityType.LOC) && end + 1 < tokens.Length && IsAttachedHyphen(document, end) && SurfaceCues.IsWord(document.TextOf(end + 1))
            && (SurfaceCues.StartsUpper(document.TextOf(end + 1)) || type == EntityType.PERSON))
        {
            end += 2;
        }

        return new TokenRange(start, end);
    }

    private static bool IsAttachedHyphen(Document document, int index)
    {
        var tokens = document.Tokens;
        return index > 0 && index + 1 < tokens.Length && document.TextOf(index) is "-"
            && tokens[index].Start == tokens[index - 1].End && tokens[index].End == tokens[index + 1].Start;
    }

    /// <summary>
    /// "President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy": the role reader takes the title from the left, and
    /// the name alone is what clusters with "Zelenskiy".
    /// </summary>
    private TokenRange WithoutLeadingTitles(Document document, TokenRange range)
    {
        // Everything up to the last title word is the role: "NASA Administrator Charles Bolden", "Russian President …".
        var start = range.Start;
        for (var t = range.End - 2; t >= range.Start; t--)
        {
            if (SurfaceCues.IsTitleWord(document.TextOf(t)))
            {
                start = t + 1;
                break;
            }
        }

        while (start + 1 < range.End && (IsCountryWord(document.TextOf(start)) || SurfaceCues.IsNameConnector(document.TextOf(start))))
        {
            start++;
        }

        return new TokenRange(start, range.End);
    }

    private bool IsCountryWord(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country && candidate.Form != SurfaceForm.City)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a leading determiner and a trailing possessive clitic or punctuation from a recogniser span.</summary>
    private static TokenRange TrimRange(Document document, TokenRange range)
    {
        var start = range.Start;
        var end = range.End;
        while (start < end && (SurfaceCues.IsDeterminer(document.TextOf(start)) || !SurfaceCues.IsWord(document.TextOf(start))))
        {
            start++;
        }

        while (end > start && (SurfaceCues.IsPossessiveClitic(document.TextOf(end - 1)) || !CanEndName(document, end - 1)))
        {
            end--;
        }

        return new TokenRange(start, end);
    }
}
