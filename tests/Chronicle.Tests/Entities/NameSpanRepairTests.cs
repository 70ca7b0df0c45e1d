using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Recogniser spans made whole before resolution: complements, left-out words, titles at the edges.</summary>
public sealed class NameSpanRepairTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void An_institution_word_at_the_end_of_a_name_does_not_stop_its_of_complement()
    {
        // Given the recogniser stopped at "Ministry"
        var document = With(
            "Permits are issued by the Danish Ministry of Culture. Visitors pay.",
            ("Danish Ministry", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Danish Ministry of Culture").Type);
    }

    [Fact]
    public void A_complement_that_runs_into_an_unknown_organisation_takes_it_as_the_rest_of_the_name()
    {
        // Given the recogniser split one name in two
        var document = With(
            "Members of the University of Wexmoor Chess Student Association met on Friday.",
            ("University", EntityType.ORG), ("Wexmoor Chess Student Association", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one organisation with the whole name
        var organisation = Assert.Single(entities, e => e.Type == EntityType.ORG);
        Assert.Equal("University of Wexmoor Chess Student Association", organisation.Name);
    }

    [Fact]
    public void A_capitalised_word_the_recogniser_left_out_before_a_name_joins_it()
    {
        // Given
        var document = With(
            "A spokeswoman for Seed Standards Norland Trust said they are looking at it. In the second half the coach substituted Park Min-Jae for a defender.",
            ("Standards Norland Trust", EntityType.ORG), ("Min-Jae", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Seed Standards Norland Trust").Type);
        Assert.Equal(EntityType.PERSON, Named(entities, "Park Min-Jae").Type);
    }

    [Fact]
    public void A_nationality_or_title_before_a_name_is_not_taken_in()
    {
        // Given
        var document = With(
            "The talks were hosted by Russian Energy Ministry officials and Professor Alan Whitby.",
            ("Energy Ministry", EntityType.ORG), ("Alan Whitby", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains(entities, e => e.Name == "Energy Ministry");
        Assert.Contains(entities, e => e.Name == "Alan Whitby");
    }

    [Fact]
    public void A_known_name_that_starts_with_a_recogniser_mention_and_goes_on_past_it_wins()
    {
        // Given the recogniser stopped before "for Refugees"
        var document = With(
            "Moldova joined the list once the United Nations High Commissioner for Refugees approved it.",
            ("Moldova", EntityType.GPE), ("United Nations High Commissioner", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the agency by its known name, and the United Nations inside it
        Assert.Contains(entities, e => e.Aliases.Contains("United Nations High Commissioner for Refugees") || e.Name == "United Nations High Commissioner for Refugees");
        Assert.Equal(EntityType.ORG, Named(entities, "United Nations").Type);
    }

    [Fact]
    public void The_same_name_of_several_words_typed_two_ways_is_one_entity()
    {
        // Given
        var document = With(
            "Osgood Pipe Works said the pipes were safe. A Osgood Pipe Works spokesperson agreed.",
            ("Osgood Pipe Works", EntityType.ORG));
        var second = document.Mentions[1];
        document.Mentions = [document.Mentions[0], second with { Type = EntityType.GPE }];

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.True(entities.Count == 1, string.Join("; ", entities.Select(e => $"{e.Name} {e.Type}")));
    }

    [Fact]
    public void An_organisation_named_with_a_country_of_several_words_in_front_is_the_organisation()
    {
        // Given
        var document = With(
            "The United Kingdom Cabinet Office began the review. The Cabinet Office said it was voluntary.",
            ("United Kingdom Cabinet Office", EntityType.ORG), ("Cabinet Office", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one organisation under both names
        var office = Assert.Single(entities, e => e.Type == EntityType.ORG);
        Assert.Contains("Cabinet Office", office.Aliases.Append(office.Name));
        Assert.Contains("United Kingdom Cabinet Office", office.Aliases.Append(office.Name));
    }

    [Fact]
    public void A_person_span_ending_in_a_title_is_the_organisation_the_title_belongs_to()
    {
        // Given the recogniser took "NASA Administrator" for a person
        var document = With(
            "NASA chose four launch sites. Ellen Marsh, NASA Administrator, announced the list.",
            ("NASA", EntityType.ORG), ("Ellen Marsh", EntityType.PERSON), ("NASA Administrator", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then NASA and Marsh only
        Assert.Equal(2, entities.Count);
        Assert.Equal(2, Named(entities, "NASA").Mentions.Count);
    }

    [Fact]
    public void A_state_named_formally_is_the_state()
    {
        // Given
        var document = With(
            "The ruling hurts Columbus and the State of Ohio, said the senator from Ohio.",
            ("Columbus", EntityType.GPE), ("State of Ohio", EntityType.ORG), ("Ohio", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one Ohio
        Assert.Equal(2, Named(entities, "Ohio").Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.ORG);
    }

    [Fact]
    public void A_known_outlet_name_at_the_end_of_a_longer_capitalised_name_is_that_longer_name()
    {
        // Given the knowledge base knows "The Times" and the recogniser found nothing
        var document = With("The Harbour Times reported the story first.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var paper = Assert.Single(entities);
        Assert.Equal("Harbour Times", paper.Name);
        Assert.Equal(EntityType.ORG, paper.Type);
    }

    [Fact]
    public void A_university_name_goes_on_through_at_and_its_campus_town_is_a_place()
    {
        // Given the recogniser split the name in three
        var document = With(
            "The museum at the University of Lower Wessex at Brackford saw attendance rise.",
            ("University", EntityType.ORG), ("Lower Wessex", EntityType.GPE), ("Brackford", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the whole university, and the town as a place
        Assert.Equal(EntityType.ORG, Named(entities, "University of Lower Wessex at Brackford").Type);
        Assert.Equal(EntityType.GPE, Named(entities, "Brackford").Type);
    }

    [Fact]
    public void A_bracketed_other_name_of_a_building_is_the_same_building()
    {
        // Given the recogniser took the building's first name for a person
        var document = With(
            "The shop near the Yeni Camiisi (New Mosque) reopened.",
            ("Yeni Camiisi", EntityType.PERSON), ("New Mosque", EntityType.FAC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one facility with both names
        var mosque = Assert.Single(entities);
        Assert.Equal(EntityType.FAC, mosque.Type);
        Assert.Contains("New Mosque", mosque.Aliases);
    }

    [Fact]
    public void A_bracketed_name_after_a_person_is_not_merged()
    {
        // Given
        var document = With(
            "The bill was backed by Anna Kerwell (Green Party) and others.",
            ("Anna Kerwell", EntityType.PERSON), ("Green Party", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_korean_or_chinese_name_with_a_hyphenated_given_name_is_a_person_even_when_the_recogniser_missed_it()
    {
        // Given no recogniser mention at all
        var document = With("After the break Seo Dae-sung replaced the injured striker.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var person = Assert.Single(entities);
        Assert.Equal("Seo Dae-sung", person.Name);
        Assert.Equal(EntityType.PERSON, person.Type);
    }

    [Fact]
    public void A_hyphenated_word_after_an_ordinary_capitalised_word_is_no_east_asian_name()
    {
        // Given
        var document = With("The Asia-Pacific forum met in Kuala Lumpur.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then no person
        Assert.DoesNotContain(entities, e => e.Type == EntityType.PERSON);
    }

    [Fact]
    public void A_single_capital_letter_after_a_name_is_its_last_part_but_not_before_a_hyphen()
    {
        // Given
        var document = With(
            "Group D — Norland 2 – 1 Estavia. He wore a NASA T-shirt.",
            ("Group", EntityType.ORG), ("Norland", EntityType.GPE), ("Estavia", EntityType.GPE), ("NASA", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains(entities, e => e.Name == "Group D");
        Assert.Contains(entities, e => e.Name == "NASA");
    }

    [Fact]
    public void Title_words_before_a_lowercase_title_name_a_portfolio_not_an_organisation()
    {
        // Given
        var document = With(
            "Maxime Laurier resigned as Foreign Affairs minister in May.",
            ("Maxime Laurier", EntityType.PERSON), ("Foreign Affairs", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the person
        Assert.Equal("Maxime Laurier", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_left_out_first_word_is_taken_in_even_in_a_sentence_dense_with_names()
    {
        // Given a sentence with more capitalised words than lower-case ones, but with its verbs in lower case
        var document = With(
            "Harbour Line Trust would be relocated from Port Ellis Dock to the Marrow Ocean Museum in Lower Brackford.",
            ("Harbour Line Trust", EntityType.ORG), ("Port Ellis Dock", EntityType.FAC), ("Ocean Museum", EntityType.FAC), ("Lower Brackford", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the museum's first word is part of its name
        Assert.Equal(EntityType.FAC, Named(entities, "Marrow Ocean Museum").Type);
    }

    [Fact]
    public void A_museum_taken_for_a_place_keeps_its_of_complement_and_is_a_building()
    {
        // Given the recogniser tagged only "Museum", as a place
        var document = With(
            "The Museum of Rail Travel opened in May. Visitors praised the Museum of Rail Travel.",
            ("Museum", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.FAC, Named(entities, "Museum of Rail Travel").Type);
    }

    [Fact]
    public void A_name_the_recogniser_started_after_its_inner_and_is_taken_in_whole()
    {
        // Given
        var document = With(
            "The plane went to the National Arts and Crafts Museum last year.",
            ("Crafts Museum", EntityType.FAC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.FAC, Named(entities, "National Arts and Crafts Museum").Type);
    }

    [Fact]
    public void A_name_the_recogniser_cut_at_its_inner_and_is_joined_into_one_organisation()
    {
        // Given the recogniser found both halves as organisations
        var document = With(
            "A subpoena came from the Velmora Budget and Audit Committee on Monday.",
            ("Velmora Budget", EntityType.ORG), ("Audit Committee", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var committee = Assert.Single(entities);
        Assert.Equal("Velmora Budget and Audit Committee", committee.Name);
        Assert.Null(committee.Role);
    }

    [Fact]
    public void An_agency_named_after_two_fields_is_taken_in_whole()
    {
        // Given
        var document = With("Data came from the National Soil and Climate Administration.", ("Climate Administration", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("National Soil and Climate Administration", Assert.Single(entities).Name);
    }

    [Fact]
    public void Two_complete_organisations_joined_by_and_stay_apart()
    {
        // Given the left one ends in its own institution word
        var document = With(
            "Staff of the Velmora Rowing Club and Audit Committee met.",
            ("Velmora Rowing Club", EntityType.ORG), ("Audit Committee", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains(entities, e => e.Name == "Velmora Rowing Club");
        Assert.Contains(entities, e => e.Name == "Audit Committee");
    }

    [Fact]
    public void A_given_name_between_a_title_and_the_recognised_surname_is_taken_in()
    {
        // Given the recogniser found only the surname after the title
        var document = With("On Monday, Interior Minister Ewa Nowak said the fire was out.", ("Nowak", EntityType.PERSON));

        // When
        var nowak = Assert.Single(s_resolver.Resolve(document));

        // Then
        Assert.Equal("Ewa Nowak", nowak.Name);
        Assert.Equal("Interior Minister", nowak.Role);
    }

    [Fact]
    public void A_word_that_completes_a_title_is_not_taken_as_a_given_name()
    {
        // Given
        var document = With("The retired Bishop Emeritus Tomas Ilves died on Monday.", ("Tomas Ilves", EntityType.PERSON));

        // When
        var ilves = Assert.Single(s_resolver.Resolve(document));

        // Then
        Assert.Equal("Tomas Ilves", ilves.Name);
    }

    [Fact]
    public void An_interjection_before_a_name_is_no_part_of_it()
    {
        // Given a greeting before a name the recogniser found alone
        var document = With("He waved. \"Hey Ginny, the boss is here,\" he said.", ("Ginny", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Ginny", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_conjunction_the_recogniser_took_into_a_name_is_trimmed()
    {
        // Given
        var document = With("\"Because Velmora is far away, the probe waits,\" she wrote.", ("Because Velmora", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Velmora", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_country_before_a_persons_name_is_not_taken_into_it()
    {
        // Given an office "of the" country right before the name, in a sentence with its verbs in lower case
        var document = With(
            "On Monday, former Vice President of the United States Ada Rennick won the Harbour Party primary easily.",
            ("Ada Rennick", EntityType.PERSON), ("Harbour Party", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the person is named without the country
        Assert.Equal(EntityType.PERSON, Named(entities, "Ada Rennick").Type);
    }

    [Fact]
    public void Two_capitalised_words_after_the_before_an_institution_head_belong_to_its_name()
    {
        // Given the recogniser found only the head word of a sentence-initial name
        var document = With("The Velmora Rowing Club won the race on Sunday.", ("Club", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the whole name
        Assert.Equal(EntityType.ORG, Named(entities, "Velmora Rowing Club").Type);
    }
}
