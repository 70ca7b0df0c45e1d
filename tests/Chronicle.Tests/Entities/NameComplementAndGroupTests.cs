using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

public sealed class NameComplementAndGroupTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void An_organisation_name_goes_on_through_its_of_complement_and_the_place_in_it_is_named_too()
    {
        // Given the recogniser stopped before "of Norway"
        var document = With(
            "The paper appeared in the Veterinary Review of Norway on Monday.",
            ("Veterinary Review", EntityType.ORG), ("Norway", EntityType.GPE));

        // When resolved
        var entities = s_resolver.Resolve(document);

        // Then the journal has its whole name and Norway is an entity of its own
        Assert.Equal(EntityType.ORG, Named(entities, "Veterinary Review of Norway").Type);
        Assert.Equal(EntityType.GPE, Named(entities, "Norway").Type);
        Assert.DoesNotContain(entities, e => e.Name == "Veterinary Review");
    }

    [Fact]
    public void A_for_the_complement_of_several_capitalised_words_joins_the_name()
    {
        // Given
        var document = With(
            "A lawyer at the Joint Board for the Protection of Wetlands said so.",
            ("Joint Board", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Joint Board for the Protection of Wetlands").Type);
    }

    [Fact]
    public void The_complement_stops_before_a_person_named_right_after_it()
    {
        // Given an organisation followed by a person's name in one capitalised run
        var document = With(
            "A spokeswoman for the University of Oregon Eastfield Mira Halvorsen said so.",
            ("University", EntityType.ORG), ("Mira Halvorsen", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the person is not swallowed
        Assert.Equal(EntityType.ORG, Named(entities, "University of Oregon Eastfield").Type);
        Assert.Equal(EntityType.PERSON, Named(entities, "Mira Halvorsen").Type);
    }

    [Fact]
    public void A_title_is_not_extended_into_an_office()
    {
        // Given the recogniser took a title for an organisation
        var document = With(
            "Secretary of State Antony Blinken said the visit mattered.",
            ("Secretary", EntityType.ORG), ("Antony Blinken", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then there is no "Secretary of State Antony Blinken" organisation
        Assert.DoesNotContain(entities, e => e.Type == EntityType.ORG);
        Assert.Equal(EntityType.PERSON, Named(entities, "Antony Blinken").Type);
    }

    [Fact]
    public void A_named_group_of_people_is_a_person_group_that_he_does_not_refer_to()
    {
        // Given a group the recogniser typed NORP and a man named after it
        var document = With(
            "Muslims gathered in the square. Imam Ali Hassan said he was pleased.",
            ("Muslims", EntityType.NORP), ("Ali Hassan", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the group is typed PERSON, as GUM annotates groups of people, and is marked as a group
        var muslims = Named(entities, "Muslims");
        Assert.Equal(EntityType.PERSON, muslims.Type);
        Assert.True(muslims.IsGroup);
        Assert.False(Named(entities, "Ali Hassan").IsGroup);
    }

    [Fact]
    public void A_plural_demonym_without_its_country_in_the_article_is_a_group_of_people()
    {
        // Given "Greeks" and no mention of Greece
        var document = With("Many Greeks visited the temple on Sunday.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then the Greeks are a person group with Greece's country code
        var greeks = Named(entities, "Greeks");
        Assert.Equal(EntityType.PERSON, greeks.Type);
        Assert.True(greeks.IsGroup);
        Assert.Equal("GRC", greeks.Country);
    }

    [Fact]
    public void A_plural_demonym_stays_an_alias_of_its_country_when_the_country_is_named()
    {
        // Given
        var document = With("Russia said Russians would vote.", ("Russia", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var russia = Assert.Single(entities);
        Assert.Contains("Russians", russia.Aliases);
        Assert.False(russia.IsGroup);
    }
}
