using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Tests.Support;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

public sealed class EntityResolverTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Full_name_and_surname_are_one_person_named_by_the_fuller_form()
    {
        // Given
        var document = With(
            "Vladimir Putin met reporters. Putin said little.",
            ("Vladimir Putin", EntityType.PERSON), ("Putin", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var putin = Assert.Single(entities);
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Contains("Putin", putin.Aliases);
        Assert.Equal(2, putin.Mentions.Count);
        Assert.Equal("RUS", putin.Country);
        Assert.Equal("RUSGOV", putin.Actor?.Value);
    }

    [Fact]
    public void A_given_name_alone_in_a_headline_joins_the_full_name()
    {
        // Given
        var document = With(
            "Putin meets Jinping\n\nChinese leader Xi Jinping arrived on Monday.",
            ("Jinping", EntityType.PERSON), ("Xi Jinping", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var xi = Named(entities, "Xi Jinping");
        Assert.Contains("Jinping", xi.Aliases);
        Assert.Equal("CHNGOV", xi.Actor?.Value);
        Assert.DoesNotContain(entities, e => e.Name == "Jinping");
    }

    [Fact]
    public void A_surname_two_people_share_goes_to_the_nearest_one_named_before_it()
    {
        // Given
        var document = With(
            "Omar Haddad built a robot. Haddad was suspended. His father Karim Haddad spoke. Haddad said he was proud.",
            ("Omar Haddad", EntityType.PERSON), ("Karim Haddad", EntityType.PERSON), ("Haddad", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(2, Named(entities, "Omar Haddad").Mentions.Count);
        Assert.Equal(2, Named(entities, "Karim Haddad").Mentions.Count);
    }

    [Fact]
    public void An_acronym_in_brackets_and_its_possessive_join_the_expansion()
    {
        // Given
        var document = With(
            "The International Criminal Court (ICC) issued a warrant. Moscow opened a case against the ICC's prosecutor.",
            ("International Criminal Court", EntityType.ORG), ("ICC", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var court = Named(entities, "International Criminal Court");
        Assert.Contains("ICC", court.Aliases);
        Assert.Equal(3, court.Mentions.Count);
        Assert.Equal("IGOJUD", court.Actor?.Value);
        Assert.Null(court.Country);
    }

    [Fact]
    public void An_acronym_unknown_to_the_knowledge_base_joins_the_one_name_with_its_initials()
    {
        // Given
        var document = With(
            "The Zorbian Widget Federation met today. The ZWF said prices would rise.",
            ("Zorbian Widget Federation", EntityType.ORG), ("ZWF", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var federation = Assert.Single(entities);
        Assert.Equal("Zorbian Widget Federation", federation.Name);
        Assert.Equal(["ZWF"], federation.Aliases);
    }

    [Fact]
    public void A_one_word_name_joins_the_one_longer_name_it_ends()
    {
        // Given
        var document = With(
            "The United Nations met. Delegates at the Nations building agreed.",
            ("Nations", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var un = Named(entities, "United Nations");
        Assert.Contains("Nations", un.Aliases);
        Assert.Single(entities);
    }

    [Fact]
    public void Names_the_recogniser_missed_are_found_in_the_knowledge_base()
    {
        // Given no recogniser mentions at all
        var document = With("The Kremlin said NATO and the European Union had failed, and China agreed.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Kremlin").Type);
        Assert.Equal("RUSGOV", Named(entities, "Kremlin").Actor?.Value);
        Assert.Contains(entities, e => e.Aliases.Contains("NATO") || e.Name == "NATO");
        Assert.Equal("CHN", Named(entities, "China").Country);
        Assert.Equal(EntityType.GPE, Named(entities, "China").Type);
    }

    [Fact]
    public void The_pronoun_us_and_a_lower_case_who_are_not_actors()
    {
        // Given
        var document = With("Tell us who won. The US said nothing.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var us = Assert.Single(entities);
        Assert.Equal("United States", us.Name);
        Assert.Single(us.Mentions);
    }

    [Fact]
    public void A_nationality_adjective_is_an_alias_of_its_country_when_the_country_is_in_the_article()
    {
        // Given
        var document = With("Russia denied it. Russian troops stayed, and Russians voted. Chinese officials said nothing.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var russia = Named(entities, "Russia");
        Assert.Contains("Russian", russia.Aliases);
        Assert.Contains("Russians", russia.Aliases);
        Assert.DoesNotContain(entities, e => e.Name == "China");
    }

    [Fact]
    public void A_description_joins_the_office_holder_at_the_article_date()
    {
        // Given
        var document = With(
            "Vladimir Putin hosted a dinner where the isolated Russian president spoke.",
            ("Vladimir Putin", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("the isolated Russian president", Named(entities, "Vladimir Putin").Aliases);
    }

    [Fact]
    public void A_description_that_picks_out_no_one_in_the_article_founds_no_entity()
    {
        // Given an article where the Russian president is never named
        var document = With("Diplomats said the Russian president was unwell.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.DoesNotContain(entities, e => e.Type == EntityType.PERSON);
    }

    [Fact]
    public void The_country_leader_description_joins_the_one_head_of_that_country()
    {
        // Given
        var document = With(
            "Xi Jinping met Vladimir Putin. Later the Chinese leader's plan was published.",
            ("Xi Jinping", EntityType.PERSON), ("Vladimir Putin", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("the Chinese leader", Named(entities, "Xi Jinping").Aliases);
        Assert.DoesNotContain("the Chinese leader", Named(entities, "Vladimir Putin").Aliases);
    }

    [Fact]
    public void A_person_out_of_office_at_the_article_date_gets_no_government_code()
    {
        // Given an article from 2005, before Blinken was Secretary of State
        var document = With(
            "Antony Blinken spoke at a conference.",
            new DateOnly(2005, 6, 1),
            ("Antony Blinken", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.NotEqual("USAGOV", Named(entities, "Antony Blinken").Actor?.Value);
    }

    [Fact]
    public void Facility_names_are_typed_as_facilities()
    {
        // Given
        var document = With("Crowds gathered at Lumley Memorial Stadium.", ("Lumley Memorial Stadium", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.FAC, Assert.Single(entities).Type);
    }

    [Fact]
    public void An_empty_document_has_no_entities()
    {
        // Given
        var document = new Document(string.Empty, new ArticleMetadata("empty"));

        // When
        s_resolver.Process(document);

        // Then
        Assert.Empty(document.Entities);
    }

    [Fact]
    public void A_document_without_names_has_no_entities()
    {
        // Given
        var document = TestDocuments.Segmented("it was raining and nobody came.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }
}
