using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"users moved to Firefox": a well-known product is no entity of the article format's types.</summary>
public sealed class ProductWordTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_well_known_product_alone_or_after_its_makers_name_is_no_entity()
    {
        // Given the recogniser's guesses for two browsers and a real company
        var document = With(
            "Mozilla Firefox gained users while Chrome grew, Velmora Systems said.",
            ("Mozilla Firefox", EntityType.PERSON), ("Chrome", EntityType.ORG), ("Velmora Systems", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then only the company
        Assert.Equal("Velmora Systems", Assert.Single(entities).Name);
    }

    [Theory]
    [InlineData("Firefox", true)]
    [InlineData("iphone", true)]
    [InlineData("Apple iPhone", true)]
    [InlineData("Opera", false)]
    [InlineData("Firefox Brigade Fund", false)]
    public void Only_listed_products_are_products(string text, bool expected) =>
        Assert.Equal(expected, ProductWords.IsProduct(text));
}
