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
        var mentions = new List<ResolverMention>(document.Mentions.Count * 2);
        var ranges = new List<(TokenRange Range, EntityType Type)>(document.Mentions.Count);
        foreach (var mention in document.Mentions)
        {
            var range = TrimRange(document, mention.Tokens);
            if (mention.Type is not (EntityType.GPE or EntityType.LOC))
            {
                // "Russia-Ukraine" stays two places; "Asia-Pacific Programme" is one name.
                range = WithHyphenatedParts(document, range);
            }

            if (mention.Type == EntityType.PERSON)
            {
                range = WithGivenName(document, WithoutLeadingTitles(document, range));
            }

            ranges.Add((range, mention.Type));
        }

        foreach (var (range, type) in ranges)
        {
            // A mention inside a longer one ("Asia" in "Asia-Pacific Programme") is part of that name.
            if (ranges.Exists(o => o.Range != range && o.Range.Start <= range.Start && o.Range.End >= range.End))
            {
                continue;
            }

            if (range.IsEmpty)
            {
                continue;
            }

            for (var t = range.Start; t < range.End; t++)
            {
                covered[t] = true;
            }

            var resolved = FromRecogniser(document, range, type, date);
            if (resolved is not null)
            {
                mentions.Add(resolved);
            }
        }

        foreach (var sentence in document.Sentences)
        {
            ScanSentence(document, sentence.Tokens, covered, date, mentions);
        }

        mentions.Sort((a, b) => a.Tokens.Start.CompareTo(b.Tokens.Start));
        return mentions;
    }

    /// <summary>A recogniser mention, its type corrected by the knowledge base where the whole name is known.</summary>
    private ResolverMention? FromRecogniser(Document document, TokenRange range, EntityType type, DateOnly date)
    {
        var characters = document.CharRange(range);
        var surface = document.TextOf(characters);
        var candidate = Choose(_kb.Lookup(surface), date, fromRecogniser: true);
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

        return mention;
    }

    private void ScanSentence(Document document, TokenRange sentence, bool[] covered, DateOnly date, List<ResolverMention> mentions)
    {
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var first = document.TextOf(i);
            if (covered[i] || !SurfaceCues.StartsUpper(first))
            {
                i++;
                continue;
            }

            var matched = 0;
            var maxEnd = Math.Min(sentence.End, i + MaxNameTokens);
            for (var end = maxEnd; end > i && matched == 0; end--)
            {
                if (!CanEndName(document, end - 1) || AnyCovered(covered, i, end))
                {
                    continue;
                }

                var range = new TokenRange(i, end);
                var surface = document.TextOf(document.CharRange(range));
                if (Choose(_kb.Lookup(surface), date, fromRecogniser: false) is not { } candidate)
                {
                    continue;
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
    /// ordinary words: no other cities (too many are also surnames or words), and people only by a full name or,
    /// by surname, while they hold an office at the article's date.
    /// </summary>
    private static ActorCandidate? Choose(ReadOnlySpan<ActorCandidate> candidates, DateOnly date, bool fromRecogniser)
    {
        ActorCandidate? best = null;
        foreach (var candidate in candidates)
        {
            var acceptable = candidate.Entry switch
            {
                Person person => candidate.Form != SurfaceForm.Surname || fromRecogniser || person.TermAt(date) is not null,
                Country => fromRecogniser || candidate.Form != SurfaceForm.City,
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

    private static bool AnyCovered(bool[] covered, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (covered[t])
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

    /// <summary>"Asia-Pacific Programme": a name the tokenizer split at a hyphen takes back the capitalised part before it.</summary>
    private static TokenRange WithHyphenatedParts(Document document, TokenRange range)
    {
        var tokens = document.Tokens;
        var start = range.Start;
        while (start >= 2 && document.TextOf(start - 1) is "-" && tokens[start - 1].Start == tokens[start - 2].End
            && tokens[start - 1].End == tokens[start].Start && SurfaceCues.StartsUpper(document.TextOf(start - 2)))
        {
            start -= 2;
        }

        return new TokenRange(start, range.End);
    }

    /// <summary>
    /// "President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy": the role reader takes the title from the left, and
    /// the name alone is what clusters with "Zelenskiy".
    /// </summary>
    private TokenRange WithoutLeadingTitles(Document document, TokenRange range)
    {
        var start = range.Start;
        while (start + 1 < range.End)
        {
            var word = document.TextOf(start);
            var next = document.TextOf(start + 1);
            var isTitle = SurfaceCues.IsTitleWord(word) || SurfaceCues.IsNameConnector(word) && SurfaceCues.IsTitleWord(next);
            var isCountryBeforeTitle = SurfaceCues.IsTitleWord(next) && IsCountryWord(word);
            if (!isTitle && !isCountryBeforeTitle)
            {
                break;
            }

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
