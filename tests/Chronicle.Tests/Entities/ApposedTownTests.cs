using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"in Brackford, Ohio": a town written with its state is a place, with that form among its aliases.</summary>
public sealed class ApposedTownTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Capitalised_words_after_in_and_before_a_comma_and_a_state_are_a_town_the_recogniser_missed()
    {
        // Given no recogniser mention of the town
        var document = With("The fair was held in Lower Brackford, Ohio, last week.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then the town, with its written form as an alias
        var town = Named(entities, "Lower Brackford");
        Assert.Equal(EntityType.GPE, town.Type);
        Assert.Contains("Lower Brackford, Ohio", town.Aliases);
    }

    [Fact]
    public void Capitalised_words_before_a_comma_and_a_state_without_a_place_preposition_are_no_town()
    {
        // Given a person's name listed before a state, not after "in"
        var document = With("Speakers included Tom Vale, Ohio's youngest mayor.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then no town is made of "Tom Vale" here (the apposition ending in "mayor" makes it a person)
        Assert.DoesNotContain(entities, e => e.Name == "Tom Vale" && e.Type != EntityType.PERSON);
    }

    [Fact]
    public void A_recognised_town_keeps_its_name_and_gains_the_form_with_its_state()
    {
        // Given
        var document = With(
            "She moved to Brackford, Oregon, in 1990. Brackford has a library.",
            ("Brackford", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("Brackford, Oregon", Named(entities, "Brackford").Aliases);
    }

    [Fact]
    public void A_town_with_its_state_in_the_complement_of_a_museum_is_named_too()
    {
        // Given the museum's name runs on over the town
        var document = With(
            "A trainer went to the Orvald Aviation Museum of Brackford, Oregon, in June.",
            ("Orvald Aviation Museum", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the museum and the town
        Assert.Equal(EntityType.FAC, Named(entities, "Orvald Aviation Museum of Brackford").Type);
        Assert.Equal(EntityType.GPE, Named(entities, "Brackford").Type);
    }
}
