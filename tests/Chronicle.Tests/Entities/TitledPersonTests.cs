using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"Velmora Prime Minister Ada Rennick" read as a place: the name after the title is the person.</summary>
public sealed class TitledPersonTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_place_span_running_through_a_title_into_a_name_is_that_person()
    {
        // Given the recogniser's place over title and name
        var document = With(
            "According to Ruritanian Prime Minister Ada Rennick, the talks failed. Research Fellow Ivo Marsh agreed, as did Velmora Chief Executive Tova Lind.",
            ("Ruritanian Prime Minister Ada Rennick", EntityType.GPE), ("Research Fellow Ivo Marsh", EntityType.ORG), ("Velmora Chief Executive Tova Lind", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then two people, their titles kept as aliases
        Assert.Equal(EntityType.PERSON, Named(entities, "Ada Rennick").Type);
        Assert.Equal(EntityType.PERSON, Named(entities, "Ivo Marsh").Type);
        Assert.Equal(EntityType.PERSON, Named(entities, "Tova Lind").Type);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.GPE);
    }

    [Fact]
    public void A_firm_named_after_a_title_word_stays_a_firm()
    {
        // Given an organisation whose name has a title word and an organisation's word after it
        var document = With("Shares of Governor Velmora Bank fell.", ("Governor Velmora Bank", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Governor Velmora Bank").Type);
    }
}
