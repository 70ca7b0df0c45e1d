using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"Video: Kvaldson &amp; Marorr.": a caption's credit names the people who made the picture.</summary>
public sealed class CreditNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Names_after_a_credit_label_are_people()
    {
        // Given two account names the recogniser missed
        var document = With("Opening night of the exhibit at the gallery. Video: Kvaldson & Marorr.\n\nThe director spoke.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Kvaldson").Type);
        Assert.Equal(EntityType.PERSON, Named(entities, "Marorr").Type);
    }

    [Fact]
    public void A_known_organisation_in_a_credit_keeps_its_type()
    {
        // Given
        var document = With("The launch pad at dawn. Image: NASA.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "NASA").Type);
    }

    [Fact]
    public void Caption_text_after_a_label_is_no_credit()
    {
        // Given a label followed by a sentence, not names
        var document = With("Photo: Crowds gather in the square before the vote.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }
}
