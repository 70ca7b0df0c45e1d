using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Titles of works and named vehicles are no entities.</summary>
public sealed class NonEntityFilterTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_name_introduced_by_a_work_noun_is_a_title_not_an_entity()
    {
        // Given
        var document = With(
            "Dana Whitfield starred in the 1971 film Paper Orchard before she retired.",
            ("Dana Whitfield", EntityType.PERSON), ("Paper Orchard", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the actress
        Assert.Equal("Dana Whitfield", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_quoted_title_after_called_is_not_an_entity()
    {
        // Given
        var document = With(
            "The gallery shows a print called \"Foxes and Ravens\" from 1987.",
            ("Ravens", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }

    [Fact]
    public void A_vessel_named_after_a_vehicle_noun_is_no_entity_anywhere_in_the_article()
    {
        // Given a shuttle named once after "Shuttle" and once alone
        var document = With(
            "Space Shuttle Meridian lifted off in 1985. Finally, Meridian will go on display in Houston.",
            ("Meridian", EntityType.PERSON), ("Houston", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the city
        Assert.Equal("Houston", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_person_after_a_lowercase_word_that_is_no_work_noun_stays()
    {
        // Given
        var document = With(
            "The exhibit shows actor Dana Whitfield in colour.",
            ("Dana Whitfield", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Dana Whitfield").Type);
    }

    [Fact]
    public void A_religion_and_a_followers_adjective_are_no_entities_but_the_followers_are()
    {
        // Given a religion, an adjective and a plural of followers, each tagged as a name
        var document = With(
            "Priya Nandakumar studied Buddhism in a Hindu temple near Pune, where Sikhs run a kitchen.",
            ("Priya Nandakumar", EntityType.PERSON), ("Buddhism", EntityType.ORG), ("Hindu", EntityType.NORP), ("Sikhs", EntityType.NORP));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the scholar and the group of followers stay; the belief and the adjective go
        Assert.Contains(entities, e => e.Name == "Priya Nandakumar");
        Assert.Contains(entities, e => e.Name == "Sikhs");
        Assert.DoesNotContain(entities, e => e.Name is "Buddhism" or "Hindu");
    }

    [Fact]
    public void A_religion_or_adjective_after_its_branch_words_is_no_entity_but_a_surname_that_is_an_adjective_stays()
    {
        // Given a rite with its branch words, and a person whose surname is also a follower's adjective
        var document = With(
            "The Roman Catholic Christianity leader met Roman Catholic priests and Anil Jain in Pune.",
            ("Roman Catholic Christianity", EntityType.PERSON), ("Roman Catholic", EntityType.NORP), ("Anil Jain", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains(entities, e => e.Name == "Anil Jain");
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Roman", StringComparison.Ordinal));
    }

    [Fact]
    public void A_product_with_versions_is_no_entity_but_its_maker_is()
    {
        // Given a browser named with a version number and a product noun, and later after "versions of"
        var document = With(
            "Acme Soft released its Nimbus Navigator 7 (NN7) browser in May. Older versions of Nimbus Navigator still run, Acme Soft said.",
            ("Acme Soft", EntityType.ORG), ("Nimbus Navigator", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the company
        Assert.Equal("Acme Soft", Assert.Single(entities).Name);
    }

    [Fact]
    public void An_organisation_before_a_product_noun_without_a_version_stays()
    {
        // Given
        var document = With("Shoppers bought Acme Soft phones all week.", ("Acme Soft", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Acme Soft", Assert.Single(entities).Name);
    }

    [Fact]
    public void An_award_named_before_a_lower_case_award_noun_is_no_entity()
    {
        // Given the recogniser took part of an award's name for a person
        var document = With(
            "Ivo Marsh won the Harbour Player of the Season award again.",
            ("Ivo Marsh", EntityType.PERSON), ("Harbour Player", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the winner
        Assert.Equal("Ivo Marsh", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_newspaper_after_edition_of_stays_an_organisation()
    {
        // Given
        var document = With("The Thursday edition of Valmar Herald ran the story.", ("Valmar Herald", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Valmar Herald", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_title_and_subtitle_joined_by_a_colon_inside_a_sentence_are_no_entities()
    {
        // Given a game's title and subtitle the recogniser took for names
        var document = With(
            "Visitors at the booth tried a demo of Ironclad: Harbour Siege, said Dana Whitfield.",
            ("Ironclad", EntityType.PERSON), ("Harbour Siege", EntityType.ORG), ("Dana Whitfield", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the person who spoke
        Assert.Equal("Dana Whitfield", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_label_before_a_colon_at_the_start_of_a_sentence_leaves_the_name_after_it()
    {
        // Given a picture credit
        var document = With(
            "Photo: Dana Whitfield.",
            ("Dana Whitfield", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Dana Whitfield", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_clause_after_a_colon_keeps_its_names()
    {
        // Given a place before a colon and a speaker after it
        var document = With(
            "The talks ended in Valmar: Lopez said the deal was done.",
            ("Valmar", EntityType.GPE), ("Lopez", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then both stay
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_caption_run_on_after_a_noun_keeps_the_photographer()
    {
        // Given a caption whose credit the sentence splitter did not separate
        var document = With(
            "Delegates sign the harbour treaty Photo: Dana Whitfield.",
            ("Dana Whitfield", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Dana Whitfield", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_known_country_and_capital_joined_by_a_colon_stay()
    {
        // Given
        var document = With(
            "The next round was in France: Paris.",
            ("France", EntityType.GPE), ("Paris", EntityType.GPE));

        // When
        var names = s_resolver.Resolve(document).Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();

        // Then
        Assert.Equal(["France", "Paris"], names);
    }

    [Fact]
    public void A_demonym_between_a_determiner_and_a_noun_is_an_adjective_not_a_person()
    {
        // Given a misspelt demonym the recogniser read as a person
        var document = With(
            "Both teams were unbeaten, and the Valmarrian team won the final against Lena Ortiz's side.",
            ("Valmarrian", EntityType.PERSON), ("Lena Ortiz", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the person
        Assert.Equal("Lena Ortiz", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_person_named_with_a_demonym_ending_stays_when_no_noun_follows()
    {
        // Given
        var document = With(
            "The award went to Adrian, who thanked the Valmarian.",
            ("Adrian", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal("Adrian", Assert.Single(entities).Name);
    }

    [Fact]
    public void A_known_given_name_with_a_demonym_ending_stays_a_person_before_a_noun()
    {
        // Given a person's given name, listed as one, between a determiner and a lower-case word
        var document = With(
            "Everyone knew a Julian who worked there, said Lena Ortiz.",
            ("Julian", EntityType.PERSON), ("Lena Ortiz", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then both people stay
        Assert.Equal(["Julian", "Lena Ortiz"], entities.Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_technical_system_is_no_organisation_but_a_reserve_system_is()
    {
        // Given the recogniser's organisations
        var document = With(
            "The Velmora Flood Warning System failed, the Velmora Reserve System said.",
            ("Velmora Flood Warning System", EntityType.ORG), ("Velmora Reserve System", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the body
        Assert.Equal("Velmora Reserve System", Assert.Single(entities).Name);
    }

    [Fact]
    public void An_unknown_initialism_before_a_noun_for_a_thing_is_no_organisation()
    {
        // Given the recogniser's organisations: a tax's initialism, and an organisation's before a person noun
        var document = With(
            "The council moved from the QXT tax to a new levy, a VLRA lawyer said.",
            ("QXT", EntityType.ORG), ("VLRA", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the organisation
        Assert.Equal("VLRA", Assert.Single(entities).Name);
    }
}
