using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"the Valley of Mubarak": a geographic head, "of" and a name are one place, not a statesman.</summary>
public sealed class GeographicOfNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_known_surname_after_a_geographic_head_and_of_is_part_of_a_place()
    {
        // Given the knowledge base knows a president by the surname
        var document = With("Farmers crossed the Valley of Mubarak on Monday and left.", ("Mubarak", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one place and no person
        var place = Assert.Single(entities);
        Assert.Equal("Valley of Mubarak", place.Name);
        Assert.Equal(EntityType.LOC, place.Type);
    }

    [Fact]
    public void A_country_inside_such_a_place_stays_a_country()
    {
        // Given
        var document = With("Ships sailed through the Gulf of Mexico yesterday.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.LOC, Named(entities, "Gulf of Mexico").Type);
        Assert.Equal("MEX", Named(entities, "Mexico").Country);
    }
}
