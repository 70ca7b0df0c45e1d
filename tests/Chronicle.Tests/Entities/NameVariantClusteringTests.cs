using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Misspelt names and organisations named with or without their country and complement cluster together.</summary>
public sealed class NameVariantClusteringTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_given_name_one_letter_off_with_the_same_surname_is_the_same_person()
    {
        // Given
        var document = With(
            "Marten Olsby opened the show. Later, Martin Olsby said it went well.",
            ("Marten Olsby", EntityType.PERSON), ("Martin Olsby", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one person with the other spelling as an alias
        var person = Assert.Single(entities);
        Assert.Contains(person.Name == "Marten Olsby" ? "Martin Olsby" : "Marten Olsby", person.Aliases);
    }

    [Fact]
    public void A_lone_misspelt_surname_joins_the_one_person_it_is_close_to()
    {
        // Given
        var document = With(
            "Agnes Hollingworth spoke for the agency. \"It is safe,\" Ms Holingworth said.",
            ("Agnes Hollingworth", EntityType.PERSON), ("Holingworth", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("Holingworth", Assert.Single(entities).Aliases);
    }

    [Fact]
    public void Different_given_names_are_different_people()
    {
        // Given two brothers
        var document = With(
            "Peter Dunmore and Oscar Dunmore run the shop.",
            ("Peter Dunmore", EntityType.PERSON), ("Oscar Dunmore", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void An_organisation_named_without_its_country_and_complement_is_the_same_organisation()
    {
        // Given
        var document = With(
            "The Brazilian Superior Court of Justice ruled on Monday. The Superior Court said the levy applied.",
            ("Brazilian Superior Court of Justice", EntityType.ORG), ("Superior Court", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var court = Assert.Single(entities, e => e.Type == EntityType.ORG);
        Assert.Equal("Brazilian Superior Court of Justice", court.Name);
        Assert.Contains("Superior Court", court.Aliases);
    }

    [Fact]
    public void A_core_shared_by_two_longer_names_joins_neither()
    {
        // Given two national churches
        var document = With(
            "The Danish Lutheran Church and the Swedish Lutheran Church disagree. The Lutheran Church is split.",
            ("Danish Lutheran Church", EntityType.ORG), ("Swedish Lutheran Church", EntityType.ORG), ("Lutheran Church", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then three organisations
        Assert.Equal(3, entities.Count(e => e.Type == EntityType.ORG));
    }
}
