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
}
