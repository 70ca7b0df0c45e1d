using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"the athletes Ivo Marsh and Ada Rennick", "the schools San Carlo and Assunta": a plural noun types its list of names.</summary>
public sealed class PluralNounListTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Names_listed_after_a_plural_person_noun_are_people_even_with_parentheses()
    {
        // Given the recogniser found only the second item
        var document = With("The guests included athletes Arvid Kolbeinsson (tennis) and Tomas Brenner (golf).", ("Tomas Brenner", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then both are people
        Assert.Equal(EntityType.PERSON, Named(entities, "Arvid Kolbeinsson").Type);
        Assert.Equal(EntityType.PERSON, Named(entities, "Tomas Brenner").Type);
    }

    [Fact]
    public void Names_listed_after_a_plural_organisation_noun_are_organisations_and_the_noun_is_no_role()
    {
        // Given the recogniser read a saint's name as a person and missed the other school
        var document = With("The court ruled on the religious schools Santo Rocco and Assunta in Pisa.", ("Assunta", EntityType.PERSON), ("Pisa", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then each school is an organisation of its own, with no role
        var assunta = Named(entities, "Assunta");
        Assert.Equal(EntityType.ORG, assunta.Type);
        Assert.Null(assunta.Role);
        Assert.Empty(assunta.Aliases);
        Assert.Equal(EntityType.ORG, Named(entities, "Santo Rocco").Type);
    }

    [Fact]
    public void A_mention_running_over_two_items_is_split()
    {
        // Given one recogniser mention over the whole list
        var document = With("Regulators fined the banks Velmora and Nortek last week.", ("Velmora and Nortek", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Velmora").Type);
        Assert.Equal(EntityType.ORG, Named(entities, "Nortek").Type);
    }

    [Fact]
    public void A_single_name_after_a_plural_noun_is_left_to_the_recogniser()
    {
        // Given a plural noun before one capitalised word
        var document = With("The players Saturday trained in the rain.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then no list, no name
        Assert.Empty(entities);
    }

    [Fact]
    public void One_example_after_such_as_is_enough_and_its_determiner_is_left_out()
    {
        // Given the recogniser read the band as a person
        var document = With("Many bands, such as The Copper Lanes, played at the fair.", ("Copper Lanes", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Copper Lanes").Type);
    }

    [Fact]
    public void One_example_after_such_nouns_as_is_an_organisation()
    {
        // Given no recogniser mention
        var document = With("The music came from such bands as The Copper Kettles.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Copper Kettles").Type);
    }
}
