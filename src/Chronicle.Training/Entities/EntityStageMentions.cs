using Chronicle.Actors;
using Chronicle.Entities;

namespace Chronicle.Training.Entities;

/// <summary>
/// The named mentions the entity stage puts in the article record, typed as the record types them, in the terms of
/// GUM's named mentions (<see cref="GumNamedMentions"/>):
/// <list type="bullet">
/// <item>a name mention of a recorded entity takes the entity's type (what <c>chronicle extract</c> writes); an
/// entity the stage marks as a group of people (<see cref="ResolvedEntity.IsGroup"/>, written as PERSON because GUM
/// annotates groups as persons) is NORP, which is how the gold reads one plural proper noun naming people;</item>
/// <item>a nationality word is NORP when it is a demonym ("Greeks": a plural proper noun naming people, whichever
/// entity it joined) and no named mention when it is an adjective ("Greek": GUM's head would be an adjective);</item>
/// <item>definite descriptions ("the foreign minister") are no names and mentions of clusters the stage drops are
/// not in the record: neither is scored;</item>
/// <item>as in the gold, only outermost names count: a name inside a longer name of the stage ("Chicago" in
/// "Chicago Ledger", which the record keeps as a place of its own) is set aside and counted.</item>
/// </list>
/// </summary>
internal static class EntityStageMentions
{
    /// <summary>The scored mentions, in text order, and how many nested names were set aside.</summary>
    internal static (List<EntityMention> Mentions, int Nested) From(ResolutionTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var named = new List<EntityMention>();
        for (var m = 0; m < trace.Mentions.Count; m++)
        {
            var entity = trace.EntityOfMention[m];
            if (entity < 0)
            {
                continue;
            }

            var mention = trace.Mentions[m];
            EntityType? type = mention.Kind switch
            {
                MentionKind.Name => trace.Entities[entity].IsGroup ? EntityType.NORP : trace.Entities[entity].Type,
                MentionKind.Nationality when mention.Form == SurfaceForm.Demonym => EntityType.NORP,
                _ => null,
            };
            if (type is { } t && !mention.Tokens.IsEmpty)
            {
                named.Add(new EntityMention(mention.Tokens, mention.Characters, t));
            }
        }

        var outermost = named
            .Where(m => !named.Exists(o => o.Tokens.Length > m.Tokens.Length && o.Tokens.Start <= m.Tokens.Start && o.Tokens.End >= m.Tokens.End))
            .Distinct()
            .OrderBy(m => m.Tokens.Start)
            .ThenBy(m => m.Tokens.End)
            .ToList();
        return (outermost, named.Distinct().Count() - outermost.Count);
    }
}
