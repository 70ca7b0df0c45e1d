using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Names inside facility and administrative names are named too.</summary>
public sealed class NestedNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void The_place_a_station_is_named_after_is_a_place()
    {
        // Given
        var document = With(
            "Visitors got off at Wenhua Station and walked.",
            ("Wenhua Station", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the station and the place
        Assert.Equal(EntityType.FAC, Named(entities, "Wenhua Station").Type);
        Assert.Equal(EntityType.GPE, Named(entities, "Wenhua").Type);
    }

    [Fact]
    public void A_common_noun_inside_a_name_is_no_capital_whose_name_needs_its_article()
    {
        // Given an organisation whose name holds "Valley", the bare noun of a capital's name ("The Valley")
        var document = With("Severn Valley Police said two men were held.", ("Severn Valley Police", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the police force, no capital city inside it
        Assert.Equal("Severn Valley Police", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_generic_station_name_names_no_place()
    {
        // Given
        var document = With("They met at Central Station at noon.", ("Central Station", EntityType.FAC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Single(entities);
    }

    [Fact]
    public void The_person_a_memorial_is_named_after_is_a_person_and_the_memorial_without_its_hall_is_the_same_building()
    {
        // Given
        var document = With(
            "Crowds filled the Sun Lien Memorial near the river. The Sun Lien Memorial Hall closed at ten.",
            ("Sun Lien Memorial", EntityType.FAC), ("Sun Lien Memorial Hall", EntityType.FAC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one building and one person
        Assert.Equal(EntityType.PERSON, Named(entities, "Sun Lien").Type);
        Assert.Single(entities, e => e.Type == EntityType.FAC);
    }

    [Fact]
    public void The_town_a_municipality_is_of_is_a_place()
    {
        // Given
        var document = With(
            "The Municipality of Castelvero must pay the tax.",
            ("Municipality of Castelvero", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.GPE, Named(entities, "Castelvero").Type);
        Assert.Contains(entities, e => e.Name == "Municipality of Castelvero");
    }

    [Fact]
    public void A_building_inside_a_stations_name_is_another_entity()
    {
        // Given a station named after a hospital
        var document = With(
            "Crowds can be avoided by walking from Velmora Hospital Station instead.",
            ("Velmora Hospital Station", EntityType.FAC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the station and the hospital it is named after, apart
        Assert.Empty(Named(entities, "Velmora Hospital Station").Aliases);
        Assert.Equal(EntityType.FAC, Named(entities, "Velmora Hospital").Type);
    }
}
