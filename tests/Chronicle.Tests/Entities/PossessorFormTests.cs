using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"Valmar's Grand Library": the possessive form of a building's or organisation's name is one of its aliases.</summary>
public sealed class PossessorFormTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void A_building_named_after_a_possessive_keeps_the_whole_form_as_an_alias()
    {
        // Given
        var document = With(
            "Pilgrims filled Valmar's Grand Library at dawn.",
            ("Valmar", EntityType.GPE), ("Grand Library", EntityType.FAC));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Contains("Valmar's Grand Library", Named(entities, "Grand Library").Aliases);
    }

    [Fact]
    public void A_person_after_a_possessive_gains_no_such_alias()
    {
        // Given
        var document = With("Acme's Ivo Marsh spoke first.", ("Acme", EntityType.ORG), ("Ivo Marsh", EntityType.PERSON));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(Named(entities, "Ivo Marsh").Aliases);
    }
}
