using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Training;

public sealed class EntityStageMentionsTests
{
    private static ResolverMention Mention(int start, int end, EntityType type, MentionKind kind = MentionKind.Name, SurfaceForm form = SurfaceForm.Name) => new()
    {
        Tokens = new TokenRange(start, end),
        Characters = new TextRange(start * 10, end * 10),
        Text = "w",
        Type = type,
        Kind = kind,
        Form = form,
    };

    private static ResolvedEntity Entity(EntityType type, bool group = false) => new() { Name = "n", Type = type, IsGroup = group };

    [Fact]
    public void Names_take_their_entity_type_and_groups_and_demonyms_are_norp()
    {
        // Given a trace: a person cluster whose mention the recogniser called ORG, a group of people, a country with
        // its demonym ("Freedonians") and its adjective ("Freedonian"), a description, and a dropped cluster
        var mentions = new List<ResolverMention>
        {
            Mention(0, 2, EntityType.ORG),
            Mention(3, 4, EntityType.PERSON),
            Mention(5, 6, EntityType.GPE),
            Mention(7, 8, EntityType.GPE, MentionKind.Nationality, SurfaceForm.Demonym),
            Mention(9, 10, EntityType.GPE, MentionKind.Nationality, SurfaceForm.Adjective),
            Mention(11, 14, EntityType.PERSON, MentionKind.Description),
            Mention(15, 16, EntityType.ORG),
        };
        var entities = new List<ResolvedEntity> { Entity(EntityType.PERSON), Entity(EntityType.PERSON, group: true), Entity(EntityType.GPE) };
        var trace = new ResolutionTrace(entities, mentions, [0, 1, 2, 2, 2, 0, -1]);

        // When its named mentions are taken
        var (named, nested) = EntityStageMentions.From(trace);

        // Then the record's types are kept, the group and the demonym are NORP, and the adjective, the description
        // and the dropped cluster are no named mentions
        Assert.Equal(
            [(0, EntityType.PERSON), (3, EntityType.NORP), (5, EntityType.GPE), (7, EntityType.NORP)],
            named.Select(m => (m.Tokens.Start, m.Type)));
        Assert.Equal(0, nested);
    }

    [Fact]
    public void A_name_inside_a_longer_name_is_set_aside_as_the_gold_keeps_only_outermost_names()
    {
        // Given "Lakeview Ledger" (ORG) with the town "Lakeview" inside it, both in the record
        var mentions = new List<ResolverMention> { Mention(0, 2, EntityType.ORG), Mention(0, 1, EntityType.GPE) };
        var trace = new ResolutionTrace([Entity(EntityType.ORG), Entity(EntityType.GPE)], mentions, [0, 1]);

        // When its named mentions are taken
        var (named, nested) = EntityStageMentions.From(trace);

        // Then only the newspaper is scored and the town is counted as set aside
        Assert.Equal(new TokenRange(0, 2), Assert.Single(named).Tokens);
        Assert.Equal(1, nested);
    }
}
