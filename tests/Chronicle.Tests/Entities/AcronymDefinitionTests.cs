using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"the Union of Secular Farmers and Fishers (USFF)": an organisation the article defines with its initialism.</summary>
public sealed class AcronymDefinitionTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_name_with_its_initialism_in_brackets_is_an_organisation_with_that_short_form()
    {
        // Given no recogniser mention, and a later use of the initialism alone
        var document = With("The Union of Secular Farmers and Fishers (USFF) launched a petition. The USFF said it would go on.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then one organisation with the initialism as its alias, mentioned three times
        var union = Named(entities, "Union of Secular Farmers and Fishers");
        Assert.Equal(EntityType.ORG, union.Type);
        Assert.Contains("USFF", union.Aliases);
        Assert.Equal(3, union.Mentions.Count);
    }

    [Fact]
    public void Digits_and_initials_in_another_order_still_define_the_name()
    {
        // Given a translated name whose initialism follows the original word order, and a name with a digit
        var document = With("Deputies of Movimento 3 Valli (M3V) and the Union of Rational Farmers and Fishers (UFFR) objected.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("M3V", Named(entities, "Movimento 3 Valli").Aliases);
        Assert.Contains("UFFR", Named(entities, "Union of Rational Farmers and Fishers").Aliases);
    }

    [Fact]
    public void A_capitalised_term_without_an_organisation_word_is_no_organisation()
    {
        // Given an economic term with its initialism
        var document = With("Growth in Gross Domestic Product (GDP) slowed.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }
}
