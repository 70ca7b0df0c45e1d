using Chronicle.Actors;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// "Metro Dublin Convention Centre", "Chicago Ledger", "Georgia Institute of Technology": a place named inside
/// an organisation, facility or event name is a mention of that place too, and so is a known organisation.
/// </summary>
internal sealed class NestedPlaces(ActorKnowledgeBase knowledgeBase)
{
    private readonly ActorKnowledgeBase _kb = knowledgeBase;

    /// <param name="from">The first mention to look inside: names found later need only their own nested places.</param>
    public void Add(Document document, List<ResolverMention> mentions, int from)
    {
        var count = mentions.Count;
        for (var m = from; m < count; m++)
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
                    if (range == outer.Tokens || !SurfaceCues.StartsUpper(document.TextOf(t)) || !MentionCollector.CanEndName(document, t + length - 1))
                    {
                        continue;
                    }

                    var characters = document.CharRange(range);
                    foreach (var candidate in _kb.Lookup(document.TextOf(characters)))
                    {
                        // A known organisation of several words inside another's name ("United Nations" in "United Nations
                        // High Commissioner for Refugees") is named too.
                        var organisation = candidate.Entry is Organisation && length >= 2 && !ReferenceEquals(candidate.Entry, outer.Entry);
                        if (LacksItsArticle(document, range, candidate))
                        {
                            continue;
                        }

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

    // A capital whose name includes its article ("The Valley") is matched without it by the knowledge base, as the
    // scorer compares names; inside a longer name the bare noun ("Thames Valley Police") is that name's own word.
    private static bool LacksItsArticle(Document document, TokenRange range, ActorCandidate candidate) =>
        candidate.Form == SurfaceForm.Capital
        && candidate.Country?.Capital is { } capital
        && capital.StartsWith("The ", StringComparison.OrdinalIgnoreCase)
        && (range.Start == 0 || !document.TextOf(range.Start - 1).Equals("the", StringComparison.OrdinalIgnoreCase));
}
