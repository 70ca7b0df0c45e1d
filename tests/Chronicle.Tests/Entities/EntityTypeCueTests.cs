using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Types the words around a name give, over the recogniser's guess (MentionTyper and the entity's vote).</summary>
public sealed class EntityTypeCueTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_name_with_an_institution_word_is_an_organisation_not_a_person()
    {
        // Given the recogniser took a school for a person
        var document = With(
            "Pupils of the Instituto Marchetti, a private school, paid no fees.",
            ("Instituto Marchetti", EntityType.PERSON));

        // When resolved
        var entities = s_resolver.Resolve(document);

        // Then it is an organisation
        Assert.Equal(EntityType.ORG, Named(entities, "Instituto Marchetti").Type);
    }

    [Fact]
    public void A_name_ending_in_a_building_word_is_a_facility_not_a_person()
    {
        // Given
        var document = With(
            "The prints hang in the Harlan Pike Museum this spring.",
            ("Harlan Pike Museum", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.FAC, Named(entities, "Harlan Pike Museum").Type);
    }

    [Fact]
    public void A_town_apposed_to_its_state_is_a_place_everywhere_in_the_article()
    {
        // Given a town the recogniser took for a person twice, once in the dateline "Lakeport, Ohio"
        var document = With(
            "Lakeport, Ohio - The fair opened. The painter was a former resident of Lakeport.",
            ("Lakeport", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one place, no person
        var town = Named(entities, "Lakeport");
        Assert.Equal(EntityType.GPE, town.Type);
        Assert.Equal(2, town.Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.PERSON);
    }

    [Fact]
    public void Without_a_cue_a_name_typed_two_ways_stays_two_readings()
    {
        // Given a person's first name also used for a series of pictures, typed two ways by the recogniser
        var document = With(
            "He made a blue Carla and a pink one. Carla said she liked them.",
            ("blue Carla", EntityType.GPE), ("Carla said", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then nothing merged them
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_single_word_between_the_and_a_possessive_is_an_institution()
    {
        // Given
        var document = With(
            "The craft was moved from the Hallworth's main hall to a hangar.",
            ("Hallworth", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Hallworth").Type);
    }

    [Fact]
    public void What_a_person_is_of_is_a_group_not_another_person()
    {
        // Given a band the recogniser took for a person
        var document = With(
            "The show includes singer Tom Reddle of Copper Kettle and others.",
            ("Tom Reddle", EntityType.PERSON), ("Copper Kettle", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Tom Reddle").Type);
        Assert.Equal(EntityType.ORG, Named(entities, "Copper Kettle").Type);
    }

    [Fact]
    public void A_place_after_of_does_not_join_the_organisation_it_ends()
    {
        // Given a municipality and the town it is of
        var document = With(
            "The Municipality of Carrano sued. Carrano is a small town.",
            ("Municipality of Carrano", EntityType.GPE), ("Carrano", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then two entities
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void The_last_word_of_an_event_name_joins_it_whatever_type_the_recogniser_gave()
    {
        // Given
        var document = With(
            "He was invited to the Acme Science Fair. The Fair opens today.",
            ("Acme Science Fair", EntityType.ORG), ("Fair", EntityType.EVENT));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Single(entities);
    }

    [Fact]
    public void A_name_with_an_event_word_is_an_event_not_a_place()
    {
        // Given the recogniser took a fair named after its country for a place
        var document = With(
            "The 22nd Comic Expo Norland took place in May.",
            ("Comic Expo Norland", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.EVENT, Named(entities, "Comic Expo Norland").Type);
    }

    [Fact]
    public void A_person_whose_surname_is_also_a_building_word_stays_a_person()
    {
        // Given
        var document = With(
            "The candidate Darren Castle spoke with Nicola Hall on Monday.",
            ("Darren Castle", EntityType.PERSON), ("Nicola Hall", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.All(entities, e => Assert.Equal(EntityType.PERSON, e.Type));
    }

    [Fact]
    public void A_museum_named_with_an_of_complement_is_a_facility_like_one_without()
    {
        // Given the recogniser took both museums for organisations
        var document = With(
            "The plane went to the Harlan Pike Museum, and its twin to the Orvald Museum of Aviation in Brackford.",
            ("Harlan Pike Museum", EntityType.ORG), ("Orvald Museum of Aviation", EntityType.ORG), ("Brackford", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then both are buildings
        Assert.Equal(EntityType.FAC, Named(entities, "Harlan Pike Museum").Type);
        Assert.Equal(EntityType.FAC, Named(entities, "Orvald Museum of Aviation").Type);
    }

    [Fact]
    public void A_name_starting_with_a_given_name_is_a_person_not_a_place()
    {
        // Given the recogniser took a linguist for a place
        var document = With(
            "The theory was refined by Helen Marchetti at the lab.",
            ("Helen Marchetti", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Helen Marchetti").Type);
    }

    [Fact]
    public void A_given_name_followed_by_a_place_word_stays_a_place()
    {
        // Given
        var document = With(
            "They camped by Helen Lake for a week.",
            ("Helen Lake", EntityType.LOC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.LOC, Named(entities, "Helen Lake").Type);
    }

    [Fact]
    public void A_lone_given_name_typed_as_a_place_joins_the_person_it_names_elsewhere()
    {
        // Given one use of the name taken for a place, another for a person
        var document = With(
            "He painted a green Helen and a red Helen. Helen said she liked the red one.",
            ("Helen", EntityType.GPE));
        document.Mentions = [.. document.Mentions.Select((m, i) => i == 2 ? m with { Type = EntityType.PERSON } : m)];

        // When
        var entities = s_resolver.Resolve(document);

        // Then one person
        Assert.Equal(EntityType.PERSON, Assert.Single(entities).Type);
    }

    [Fact]
    public void A_name_typed_one_way_far_more_often_than_another_is_one_entity_of_that_type()
    {
        // Given a planet typed a place four times and a person once
        var document = With(
            "Velmora is cold. Velmora has rings. Probes reached Velmora. Velmora glows. Velmora spins fast.",
            ("Velmora", EntityType.GPE));
        document.Mentions = [.. document.Mentions.Select((m, i) => i == 4 ? m with { Type = EntityType.PERSON } : m)];

        // When
        var entities = s_resolver.Resolve(document);

        // Then one place
        Assert.Equal(EntityType.GPE, Assert.Single(entities).Type);
    }

    [Fact]
    public void A_name_typed_two_ways_about_evenly_stays_two_entities()
    {
        // Given
        var document = With(
            "Velmora is cold. Velmora has rings. Velmora said hello. Velmora waved.",
            ("Velmora", EntityType.GPE));
        document.Mentions = [.. document.Mentions.Select((m, i) => i >= 2 ? m with { Type = EntityType.PERSON } : m)];

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_given_name_before_a_known_country_is_no_persons_name()
    {
        // Given a period's name the recogniser took for a place, starting with a word that is also a given name
        var document = With("Papyri from Roman Egypt were shown.", ("Roman Egypt", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then it stays a place
        Assert.Equal(EntityType.GPE, Named(entities, "Roman Egypt").Type);
    }

    [Fact]
    public void A_lone_organisation_reading_among_person_readings_is_not_overruled()
    {
        // Given a company typed a person four times and an organisation once
        var document = With(
            "Velmora cut fares. Velmora flies to Oslo. Velmora grew. Velmora hired staff. Velmora posted a profit.",
            ("Velmora", EntityType.PERSON));
        document.Mentions = [.. document.Mentions.Select((m, i) => i == 4 ? m with { Type = EntityType.ORG } : m)];

        // When
        var entities = s_resolver.Resolve(document);

        // Then the organisation reading survives
        Assert.Contains(entities, e => e.Type == EntityType.ORG);
    }

    [Fact]
    public void A_name_that_owns_a_noun_only_a_person_owns_is_a_person()
    {
        // Given the recogniser's organisation
        var document = With("Lukaru scored again, this time from Eran Vossel's assist.", ("Eran Vossel", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Eran Vossel").Type);
    }

    [Fact]
    public void An_institution_that_owns_such_a_noun_stays_an_organisation()
    {
        // Given an institution's word in the name
        var document = With("The Velmora Foundation's death toll figures were revised.", ("Velmora Foundation", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Velmora Foundation").Type);
    }

    [Fact]
    public void A_full_name_read_as_a_place_whose_surname_stands_alone_as_a_person_is_that_person()
    {
        // Given the recogniser's place for the full name and person for the surname
        var document = With(
            "It was a great loss, said the chancellor, Pradeep Velu. Velu talked of the work.",
            ("Pradeep Velu", EntityType.GPE), ("Velu", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one person under both names
        var person = Named(entities, "Pradeep Velu");
        Assert.Equal(EntityType.PERSON, person.Type);
        Assert.Contains("Velu", person.Aliases);
    }

    [Fact]
    public void A_place_named_after_a_person_stays_a_place()
    {
        // Given a town whose last word is a person's name in the same article
        var document = With(
            "Ships left Port Velu on Monday. Velu founded it.",
            ("Port Velu", EntityType.GPE), ("Velu", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.GPE, Named(entities, "Port Velu").Type);
    }

    [Fact]
    public void A_name_before_an_apposition_that_starts_with_the_and_a_country_stays_a_person()
    {
        // Given "NAME, the <country> envoy": no "town, state"
        var document = With(
            "On Monday, Kurt Lindqvar, the United States special envoy, resigned.",
            ("Kurt Lindqvar", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Kurt Lindqvar").Type);
    }
}
