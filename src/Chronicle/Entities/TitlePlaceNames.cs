using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Mayor of Velmora Anna Kovac", "First Minister of Scotland Ewan Reid": news English puts the place a title is of
/// straight before the holder's name, and the recogniser often runs the two together into one person. The leading
/// words of such a person that name a place (one the knowledge base knows, or one the article names on its own as a
/// place) belong to the title; they become a place mention of their own and the person keeps the rest.
/// </summary>
internal sealed class TitlePlaceNames(ActorKnowledgeBase knowledgeBase)
{
    /// <summary>The fewest tokens a person keeps: a given name and a surname.</summary>
    private const int MinNameTokens = 2;

    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    public void Split(Document document, List<(TokenRange Range, EntityType Type)> ranges)
    {
        var count = ranges.Count;
        for (var i = 0; i < count; i++)
        {
            var (range, type) = ranges[i];
            if (type != EntityType.PERSON || range.Length <= MinNameTokens || !AfterTitleOf(document, range))
            {
                continue;
            }

            var name = range.Start;
            while (range.End - name > MinNameTokens && IsPlace(document, name, ranges))
            {
                name++;
            }

            if (name == range.Start)
            {
                continue;
            }

            ranges[i] = (new TokenRange(name, range.End), EntityType.PERSON);
            ranges.Add((new TokenRange(range.Start, name), EntityType.GPE));
        }
    }

    // "<title> of" straight before the span, in the same sentence.
    private static bool AfterTitleOf(Document document, TokenRange range)
    {
        var of = range.Start - 1;
        return of >= 1 && document.TextOf(of) is "of"
            && SurfaceCues.IsTitleWord(document.TextOf(of - 1))
            && document.SentenceIndexOf(of - 1) == document.SentenceIndexOf(range.Start);
    }

    private bool IsPlace(Document document, int token, List<(TokenRange Range, EntityType Type)> ranges)
    {
        var word = document.TextOf(token);
        if (!SurfaceCues.StartsUpper(word))
        {
            return false;
        }

        foreach (var candidate in _kb.Lookup(word))
        {
            if (candidate.Entry is Country or Region)
            {
                return true;
            }
        }

        // The article names the word alone as a place elsewhere ("… in Velmora. The Mayor of Velmora Anna Kovac said").
        foreach (var (other, otherType) in ranges)
        {
            if (other.Length == 1 && otherType is EntityType.GPE or EntityType.LOC && other.Start != token
                && document.TextOf(other.Start).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
