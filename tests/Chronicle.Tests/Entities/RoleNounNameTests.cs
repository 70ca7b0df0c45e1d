using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"goalkeeper Ivo Marsh": capitalised words after a lower-case role noun are a person the recogniser missed.</summary>
public sealed class RoleNounNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Two_capitalised_words_after_a_role_noun_are_a_person()
    {
        // Given no recogniser mention at all
        var document = With("Minutes later, the visitors' goalkeeper Ivo Marsh was replaced.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Ivo Marsh").Type);
    }

    [Fact]
    public void A_hyphenated_given_name_after_a_role_noun_is_kept_whole()
    {
        // Given
        var document = With("The city's mayor Tan Wei-lin opened the bridge.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Tan Wei-lin").Type);
    }

    [Fact]
    public void A_title_after_a_role_noun_is_no_name()
    {
        // Given a title and a single name, then a longer run of capitalised words
        var document = With("The agency's director General Ostrow resigned, and its founder Ivo Marsh Hall Trust Fund stayed.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then neither run is taken for a person
        Assert.Empty(entities);
    }

    [Fact]
    public void One_capitalised_word_after_a_publication_noun_is_an_organisation()
    {
        // Given
        var document = With("The secular magazine Velmora called the ruling historic.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Velmora").Type);
    }

    [Fact]
    public void One_capitalised_word_after_a_role_noun_that_the_article_writes_in_lower_case_is_no_name()
    {
        // Given a capitalised common noun after a role noun
        var document = With("The designer Spring collection sold out. Each spring it does.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }

    [Fact]
    public void A_name_the_recogniser_read_as_a_person_after_an_organisation_noun_is_an_organisation()
    {
        // Given the recogniser's guess
        var document = With("The Dutch team Velorix won the final.", ("Velorix", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Velorix").Type);
    }

    [Fact]
    public void One_word_after_an_organisation_noun_and_before_and_another_name_starts_a_list_of_organisations()
    {
        // Given no recogniser mention
        var document = With("The final saw the team Velorix and Nortek face off.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then both are organisations
        Assert.Equal(EntityType.ORG, Named(entities, "Velorix").Type);
        Assert.Equal(EntityType.ORG, Named(entities, "Nortek").Type);
    }
}
