using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Items of a list beside a recognised name are names of its type where the recogniser missed them.</summary>
public sealed class CoordinatedNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void An_unrecognised_first_item_of_a_list_of_known_organisations_is_an_organisation()
    {
        // Given only the known items were recognised
        var document = With(
            "Velora, NATO, and ASEAN signed the pact.",
            ("NATO", EntityType.ORG), ("ASEAN", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Velora").Type);
    }

    [Fact]
    public void A_lone_word_whose_type_is_only_the_recognisers_guess_lends_it_to_no_list()
    {
        // Given a company the recogniser took for a person, beside an unrecognised one
        var document = With("The tussle between Nortek and Velora goes on.", ("Nortek", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the guess is not spread
        Assert.DoesNotContain(entities, e => e.Name == "Velora");
    }

    [Fact]
    public void A_person_coordinated_with_a_recognised_person_is_a_person()
    {
        // Given
        var document = With(
            "The panel included Ada Rennick and Ivo Marsh from the club.",
            ("Ada Rennick", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Ivo Marsh").Type);
    }

    [Fact]
    public void A_common_noun_capitalised_in_a_list_and_written_lower_case_elsewhere_is_no_name()
    {
        // Given a capitalised common noun beside a recognised name
        var document = With(
            "The book covers Ada Rennick and Development of the theory. Its development took years.",
            ("Ada Rennick", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the person
        Assert.Equal("Ada Rennick", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_month_before_an_apposed_name_is_no_list_item()
    {
        // Given "In early May, NAME, the mayor": an apposition, no list
        var document = With(
            "In early Maytide, Ada Rennick, the mayor, opened the bridge.",
            ("Ada Rennick", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the mayor
        Assert.Equal("Ada Rennick", Assert.Single(entities).Name);
    }

    [Fact]
    public void The_first_item_of_a_list_after_a_determiner_takes_the_type_of_an_organisation_named_as_one()
    {
        // Given a list of three whose first item, after "The", the recogniser missed
        var document = With(
            "Other groups included The Ontario Lanterns, Velora Society of Wessex, and Orion Costume Guild.",
            ("Velora Society of Wessex", EntityType.ORG), ("Orion Costume Guild", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the first item is an organisation, and the place inside its name a place
        Assert.Equal(EntityType.ORG, Named(entities, "Ontario Lanterns").Type);
        Assert.Equal(EntityType.GPE, Named(entities, "Ontario").Type);
    }

    [Fact]
    public void An_organisation_without_an_organisation_word_lends_no_type()
    {
        // Given the recogniser's unsupported guess for the second item
        var document = With(
            "Other groups included The Lisbury Ghosts, Velora Stars, and Nortek Pines.",
            ("Velora Stars", EntityType.ORG), ("Nortek Pines", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the first item stays unnamed
        Assert.DoesNotContain(entities, e => e.Name == "Lisbury Ghosts");
    }
}
