using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>A bare surname joins one person; it never makes two people with different given names one entity.</summary>
public sealed class SurnameClusteringTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_known_leaders_surname_after_his_wifes_full_name_keeps_husband_and_wife_apart()
    {
        // Given the knowledge base's president, his wife named after him, then the surname alone
        var document = With(
            "Barack Obama and Michelle Obama attended a dinner. Obama praised the chef.",
            new DateOnly(2016, 9, 20),
            ("Barack Obama", EntityType.PERSON), ("Michelle Obama", EntityType.PERSON), ("Obama", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then two people, and neither carries the other's name
        Assert.Equal(2, entities.Count(e => e.Type == EntityType.PERSON));
        var barack = Assert.Single(entities, e => e.Name == "Barack Obama");
        var michelle = Assert.Single(entities, e => e.Name == "Michelle Obama");
        Assert.DoesNotContain("Michelle Obama", barack.Aliases);
        Assert.DoesNotContain("Barack Obama", michelle.Aliases);
    }

    [Fact]
    public void A_surname_shared_by_two_unknown_people_joins_the_one_named_last_before_it()
    {
        // Given two siblings, then the surname alone
        var document = With(
            "Peter Dunmore and Oscar Dunmore run the shop. Dunmore said sales were up.",
            ("Peter Dunmore", EntityType.PERSON), ("Oscar Dunmore", EntityType.PERSON), ("Dunmore", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then still two people, the surname with the nearer one
        Assert.Equal(2, entities.Count(e => e.Type == EntityType.PERSON));
        Assert.Contains("Dunmore", Assert.Single(entities, e => e.Name == "Oscar Dunmore").Aliases);
    }

    [Fact]
    public void A_surname_after_mrs_does_not_join_a_man_of_that_surname()
    {
        // Given a man named in full, then a woman by title and surname only
        var document = With(
            "Thomas Brandt opened the bakery in 1990. Mrs. Brandt said the ovens were new.",
            ("Thomas Brandt", EntityType.PERSON), ("Brandt", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then two people: he keeps no alias of hers
        Assert.Equal(2, entities.Count(e => e.Type == EntityType.PERSON));
        Assert.Empty(Named(entities, "Thomas Brandt").Aliases);
    }

    [Fact]
    public void A_surname_after_ms_joins_the_woman_of_that_surname_not_the_nearer_man()
    {
        // Given a woman and then a man of one surname, then "Ms." and the surname
        var document = With(
            "Anna Brandt and her brother Thomas Brandt run the bakery. Ms. Brandt said the ovens were new.",
            ("Anna Brandt", EntityType.PERSON), ("Thomas Brandt", EntityType.PERSON), ("Brandt", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then the surname is hers
        Assert.Contains("Brandt", Named(entities, "Anna Brandt").Aliases);
        Assert.DoesNotContain("Brandt", Named(entities, "Thomas Brandt").Aliases);
    }

    [Fact]
    public void A_surname_after_mr_still_joins_the_man_of_that_surname()
    {
        // Given
        var document = With(
            "Thomas Brandt opened the bakery in 1990. Mr. Brandt said the ovens were new.",
            ("Thomas Brandt", EntityType.PERSON), ("Brandt", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one person
        Assert.Contains("Brandt", Assert.Single(entities).Aliases);
    }

    [Fact]
    public void A_companys_first_word_alone_is_that_company()
    {
        // Given the recogniser took the short form for a person
        var document = With(
            "Velmora Motor Company faces a recall. Velmora said 900 cars were affected.",
            ("Velmora Motor Company", EntityType.ORG), ("Velmora", EntityType.PERSON));

        // When
        var company = Assert.Single(s_resolver.Resolve(document));

        // Then
        Assert.Equal(EntityType.ORG, company.Type);
        Assert.Equal(2, company.Mentions.Count);
    }

    [Fact]
    public void A_companys_first_word_that_a_person_bears_stays_that_person()
    {
        // Given a person of that name in the article
        var document = With(
            "Rita Velmora left Velmora Motor Company. Velmora said so.",
            ("Rita Velmora", EntityType.PERSON), ("Velmora Motor Company", EntityType.ORG), ("Velmora", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Single(Named(entities, "Velmora Motor Company").Mentions);
    }
}
