using Chronicle.Documents;
using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

public sealed class MetonymyTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Washington_denouncing_is_the_US_government()
    {
        // Given
        var document = With("Washington denounced Xi's visit.", ("Washington", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var us = Named(entities, "United States");
        Assert.Single(us.Mentions);
        Assert.Equal("USA", us.Country);
        Assert.Contains("Washington", us.Aliases);
    }

    [Fact]
    public void Flying_to_Washington_is_a_place()
    {
        // Given
        var document = With("The minister flew to Washington on Monday.", ("Washington", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var city = Assert.Single(entities);
        Assert.Equal("Washington", city.Name);
        Assert.Equal(EntityType.GPE, city.Type);
        Assert.Equal("USA", city.Country);
    }

    [Fact]
    public void A_capital_acting_and_the_same_capital_as_a_place_are_two_entities()
    {
        // Given
        var document = With(
            "Putin and Xi met in Moscow on Monday. Moscow has been promoting the visit, and Beijing said it was welcome.",
            ("Moscow", EntityType.GPE), ("Beijing", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("Moscow", Named(entities, "Russia").Aliases);
        Assert.Contains("Beijing", Named(entities, "China").Aliases);
        Assert.Single(Named(entities, "Moscow").Mentions);
    }

    [Fact]
    public void A_capital_opening_a_relative_clause_is_the_government()
    {
        // Given
        var document = With("Kyiv, which says the war cannot end, cautiously welcomed the plan.", ("Kyiv", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Ukraine", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_dateline_is_a_place()
    {
        // Given
        var document = With("Moscow: talks went on.", ("Moscow", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Moscow", Assert.Single(entities).Name);
    }

    [Fact]
    public void The_parse_decides_when_there_is_one()
    {
        // Given "Beijing" parsed as the subject of a verb the surface lists do not know
        var document = With("Beijing scolded the envoy.", ("Beijing", EntityType.GPE));
        Arc(document, "Beijing", "scolded", DependencyLabel.Nsubj);
        Arc(document, "scolded", "scolded", DependencyLabel.Root);
        document.Tokens[1].Head = -1;

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("China", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_seat_of_power_is_an_organisation_and_a_facility_only_where_people_go_into_it()
    {
        // Given
        var acting = With("The Kremlin denied it.");
        var visited = With("Tourists queued outside the White House.");

        // When
        var kremlin = Assert.Single(s_resolver.Resolve(acting));
        var whiteHouse = Assert.Single(s_resolver.Resolve(visited));

        // Then
        Assert.Equal(EntityType.ORG, kremlin.Type);
        Assert.Equal(EntityType.FAC, whiteHouse.Type);
        Assert.Equal("USAGOV", whiteHouse.Actor?.Value);
    }
}
