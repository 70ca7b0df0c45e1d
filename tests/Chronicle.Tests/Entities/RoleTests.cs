using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

public sealed class RoleTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_title_before_the_name_is_the_role_and_names_the_country()
    {
        // Given
        var document = With("U.S. Secretary of State Antony Blinken said so.", ("Antony Blinken", EntityType.PERSON));

        // When
        var blinken = Named(s_resolver.Resolve(document), "Antony Blinken");

        // Then
        Assert.Equal("U.S. Secretary of State", blinken.Role);
        Assert.Equal("USA", blinken.Country);
        Assert.Equal("USAGOV", blinken.Actor?.Value);
        Assert.Contains("U.S. Secretary of State Antony Blinken", blinken.Aliases);
    }

    [Fact]
    public void A_seat_of_power_in_the_title_gives_its_actor_code()
    {
        // Given a spokesman the knowledge base does not list
        var document = With("White House spokesman Jonas Quimby said so.", ("Jonas Quimby", EntityType.PERSON));

        // When
        var quimby = Named(s_resolver.Resolve(document), "Jonas Quimby");

        // Then
        Assert.Equal("White House spokesman", quimby.Role);
        Assert.Equal("USA", quimby.Country);
        Assert.Equal("USAGOV", quimby.Actor?.Value);
    }

    [Fact]
    public void A_country_name_and_office_in_the_title_give_country_and_government()
    {
        // Given
        var document = With("Ukraine Deputy Prime Minister Olena Testenko told reporters.", ("Olena Testenko", EntityType.PERSON));

        // When
        var person = Named(s_resolver.Resolve(document), "Olena Testenko");

        // Then
        Assert.Equal("Ukraine Deputy Prime Minister", person.Role);
        Assert.Equal("UKR", person.Country);
        Assert.Equal("UKRGOV", person.Actor?.Value);
    }

    [Fact]
    public void A_title_inside_the_recognised_span_is_peeled_into_the_role()
    {
        // Given the recogniser took the title into the name
        var document = With("President Volodymyr Zelenskiy spoke.", ("President Volodymyr Zelenskiy", EntityType.PERSON));

        // When
        var zelenskiy = Assert.Single(s_resolver.Resolve(document));

        // Then
        Assert.Equal("Volodymyr Zelenskiy", zelenskiy.Name);
        Assert.Equal("President", zelenskiy.Role);
        Assert.Equal("UKRGOV", zelenskiy.Actor?.Value);
    }

    [Fact]
    public void An_apposition_is_the_role_and_the_organisation_after_at_is_the_affiliation()
    {
        // Given
        var document = With(
            "Marta Ilves, senior research fellow, Asia-Pacific Research Unit, at Chatham House in London, said so.",
            ("Marta Ilves", EntityType.PERSON), ("Asia-Pacific Research Unit", EntityType.ORG), ("Chatham House", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var fellow = Named(entities, "Marta Ilves");
        Assert.Equal("senior research fellow", fellow.Role);
        Assert.Equal("GBR", fellow.Country);
        Assert.Equal("GBRNGO", fellow.Actor?.Value);
        Assert.Equal("GBR", Named(entities, "Asia-Pacific Research Unit").Country);
    }

    [Fact]
    public void Without_a_stated_role_the_office_at_the_article_date_is_the_role()
    {
        // Given
        var document = With("Vladimir Putin spoke.", ("Vladimir Putin", EntityType.PERSON));

        // When
        var putin = Assert.Single(s_resolver.Resolve(document));

        // Then
        Assert.Equal("President of Russia", putin.Role);
    }

    [Fact]
    public void An_owner_country_and_a_kind_word_code_an_unknown_newspaper()
    {
        // Given
        var document = With("She told Italy's Gazzetta del Nord newspaper.", ("Gazzetta del Nord", EntityType.ORG));

        // When
        var paper = Named(s_resolver.Resolve(document), "Gazzetta del Nord");

        // Then
        Assert.Equal("ITA", paper.Country);
        Assert.Equal("ITAMED", paper.Actor?.Value);
    }

    [Theory]
    [InlineData("Wednesday Trade Minister Lena Vasko said so.", "Trade Minister")]
    [InlineData("Both President Lena Vasko and her rival said so.", "President")]
    public void A_capitalised_sentence_opener_before_a_title_is_not_part_of_the_role(string sentence, string role)
    {
        // Given a weekday or quantifier opening the sentence before the title
        var document = With(sentence, ("Lena Vasko", EntityType.PERSON));

        // When
        var vasko = Named(s_resolver.Resolve(document), "Lena Vasko");

        // Then
        Assert.Equal(role, vasko.Role);
        Assert.Contains(role + " Lena Vasko", vasko.Aliases);
    }

    [Fact]
    public void A_place_the_recogniser_ran_into_a_name_after_title_of_belongs_to_the_title()
    {
        // Given "Velmora" named as a place earlier and again inside the recognised person after "Mayor of"
        var document = With(
            "A fire broke out in Velmora. The Mayor of Velmora Anna Kovac said so.",
            ("Velmora", EntityType.GPE), ("Velmora Anna Kovac", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        var kovac = Named(entities, "Anna Kovac");
        Assert.Equal("Mayor of Velmora", kovac.Role);
        Assert.Equal(2, Named(entities, "Velmora").Mentions.Count);
    }

    [Fact]
    public void A_known_country_after_title_of_is_split_from_the_name()
    {
        // Given the recogniser ran "Portugal" into the person
        var document = With("The President of Portugal Rui Tavora spoke.", ("Portugal Rui Tavora", EntityType.PERSON));

        // When
        var person = Named(s_resolver.Resolve(document), "Rui Tavora");

        // Then
        Assert.Equal("President of Portugal", person.Role);
        Assert.Equal("PRT", person.Country);
    }

    [Fact]
    public void A_person_after_title_of_keeps_a_name_that_is_no_place()
    {
        // Given a three-word name after "deputy of" whose first word the article does not name as a place
        var document = With("Marsh said so. The deputy of Lena Marsh Vasko spoke.", ("Marsh", EntityType.PERSON), ("Lena Marsh Vasko", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains(entities, e => e.Name == "Lena Marsh Vasko");
    }

    [Fact]
    public void A_title_coordinated_with_a_name_by_and_is_not_its_role()
    {
        // Given
        var document = With(
            "The talks drew the Portuguese foreign minister and Acme Corp, which said so.",
            ("Acme Corp", EntityType.ORG));

        // When
        var acme = Named(s_resolver.Resolve(document), "Acme Corp");

        // Then
        Assert.Null(acme.Role);
        Assert.DoesNotContain(acme.Aliases, a => a.Contains("minister", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The spokesperson for President Lena Vasko said so.", "President")]
    [InlineData("A former adviser to the firm and the wife of Senator Lena Vasko spoke.", "Senator")]
    public void A_noun_with_of_or_for_before_a_titled_name_is_not_part_of_its_role(string sentence, string role)
    {
        // Given
        var document = With(sentence, ("Lena Vasko", EntityType.PERSON));

        // When
        var vasko = Named(s_resolver.Resolve(document), "Lena Vasko");

        // Then
        Assert.Equal(role, vasko.Role);
    }

    [Fact]
    public void A_noun_with_of_straight_before_a_name_is_no_role()
    {
        // Given "the government of" names what the person heads, not the person's title
        var document = With("Fighters loyal to the government of Lena Vasko left.", ("Lena Vasko", EntityType.PERSON));

        // When
        var vasko = Named(s_resolver.Resolve(document), "Lena Vasko");

        // Then
        Assert.Null(vasko.Role);
    }

    [Fact]
    public void A_title_of_a_place_before_a_name_stays_the_role()
    {
        // Given
        var document = With("The prime minister of Portugal Rui Tavora spoke.", ("Portugal", EntityType.GPE), ("Rui Tavora", EntityType.PERSON));

        // When
        var person = Named(s_resolver.Resolve(document), "Rui Tavora");

        // Then
        Assert.Equal("prime minister of Portugal", person.Role);
    }

    [Fact]
    public void A_full_name_that_is_not_the_known_persons_keeps_none_of_that_persons_codes()
    {
        // Given an invented character whose given name is a known prime minister's surname
        var document = With(
            "Fans dressed as Abe Lindqvist, a comic hero. Abe was popular.",
            new DateOnly(2019, 5, 1),
            ("Abe Lindqvist", EntityType.PERSON), ("Abe", EntityType.PERSON));

        // When
        var hero = Named(s_resolver.Resolve(document), "Abe Lindqvist");

        // Then
        Assert.Null(hero.Country);
        Assert.Null(hero.Actor);
    }

    [Fact]
    public void A_known_persons_surname_alone_keeps_that_persons_codes()
    {
        // Given
        var document = With("Prime Minister Shinzo Abe spoke. Abe said so.", new DateOnly(2019, 5, 1), ("Shinzo Abe", EntityType.PERSON), ("Abe", EntityType.PERSON));

        // When
        var abe = Named(s_resolver.Resolve(document), "Shinzo Abe");

        // Then
        Assert.Equal("JPNGOV", abe.Actor?.Value);
    }

    [Theory]
    [InlineData("Lena Vasko, first elected to the board in 1996, said so.")]
    [InlineData("Lena Vasko, claiming to speak for the ministry, said so.")]
    [InlineData("Lena Vasko, and an unnamed senior official, said so.")]
    public void A_clause_after_the_comma_is_no_role(string sentence)
    {
        // Given
        var document = With(sentence, ("Lena Vasko", EntityType.PERSON));

        // When
        var vasko = Named(s_resolver.Resolve(document), "Lena Vasko");

        // Then
        Assert.Null(vasko.Role);
    }

    [Fact]
    public void A_participle_before_a_title_in_an_apposition_stays_in_the_role()
    {
        // Given
        var document = With("Lena Vasko, retired judge of the high court, said so.", ("Lena Vasko", EntityType.PERSON));

        // When
        var vasko = Named(s_resolver.Resolve(document), "Lena Vasko");

        // Then
        Assert.Equal("retired judge of the high court", vasko.Role);
    }
}
