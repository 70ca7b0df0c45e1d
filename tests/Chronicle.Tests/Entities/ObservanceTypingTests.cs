using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Religious feasts, fasts and pilgrimages are events, and web addresses organisations, whatever type the recogniser guessed.</summary>
public sealed class ObservanceTypingTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_pilgrimage_and_a_fast_read_as_a_place_and_an_organisation_are_events()
    {
        // Given
        var document = With(
            "Pilgrims left Valmar for the Hajj, and Lena Ortiz said the city would celebrate after Ramadan.",
            ("Valmar", EntityType.GPE), ("Hajj", EntityType.GPE), ("Lena Ortiz", EntityType.PERSON), ("Ramadan", EntityType.ORG));

        // When
        var types = s_resolver.Resolve(document).ToDictionary(e => e.Name, e => e.Type);

        // Then
        Assert.Equal(EntityType.EVENT, types["Hajj"]);
        Assert.Equal(EntityType.EVENT, types["Ramadan"]);
        Assert.Equal(EntityType.GPE, types["Valmar"]);
        Assert.Equal(EntityType.PERSON, types["Lena Ortiz"]);
    }

    [Fact]
    public void A_named_storm_is_an_event_not_a_person()
    {
        // Given the recogniser's person
        var document = With("Hurricane Velmora hit the islands on Monday.", ("Hurricane Velmora", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.EVENT, Named(entities, "Hurricane Velmora").Type);
    }

    [Theory]
    [InlineData("Velmorapost.com")]
    [InlineData("News.velmora.com.au")]
    public void A_web_address_taken_for_a_place_is_an_organisation(string site)
    {
        // Given
        var document = With($"The news site {site} reported the fire.", (site, EntityType.GPE));

        // When
        var entity = Assert.Single(s_resolver.Resolve(document));

        // Then
        Assert.Equal(EntityType.ORG, entity.Type);
    }
}
