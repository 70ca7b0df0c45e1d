using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// The names the knowledge base knows that the recogniser missed, found sentence by sentence (countries, capitals,
/// seats of power, organisations, office holders and nationality words); part of <see cref="MentionCollector"/>.
/// </summary>
internal sealed class KnowledgeBaseNames(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>Longest name, in tokens, probed in the knowledge base.</summary>
    private const int MaxNameTokens = 6;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    /// <summary>
    /// Adds the knowledge-base names of a sentence. A name may swallow recogniser mentions it wholly contains (the
    /// recogniser's "Nations" inside "United Nations"), never cut one.
    /// </summary>
    public void ScanSentence(Document document, TokenRange sentence, bool[] covered, int[] owner, bool[] swallowed, DateOnly date, List<ResolverMention> mentions)
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
                if (!MentionCollector.CanEndName(document, end - 1) || CutsMention(covered, owner, mentions, i, end))
                {
                    continue;
                }

                var range = new TokenRange(i, end);
                var surface = document.TextOf(document.CharRange(range));
                var sentenceInitial = i == sentence.Start;
                if (MentionCollector.Choose(_kb.Lookup(surface), date, fromRecogniser: false, allowCities: !sentenceInitial) is not { } candidate
                    || IsPartOfLongerName(document, range, sentence, candidate))
                {
                    continue;
                }

                // "The Harbour Times", "Seattle Times": a known outlet's last word after another capitalised word is
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
                        Type = MentionCollector.TypeOf(candidate, EntityType.ORG),
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
    /// "Asia" in "Asia-Pacific Research Unit" is a part of a hyphenated modifier of one.
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

    internal static ResolverMention Nationality(Document document, TokenRange range, ActorCandidate candidate)
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
