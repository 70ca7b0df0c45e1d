using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"Ivo Marsh Rennick, Peru coach, said": a name set off by an apposition ending in a role noun.</summary>
public sealed class AppositiveRoleNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Capitalised_words_before_an_apposition_ending_in_a_role_noun_are_a_person()
    {
        // Given no recogniser mention of the coach
        var document = With("After the match, Arvo Dario Lund, Peru coach, said the team had learned a lot.", ("Peru", EntityType.GPE));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.PERSON, Named(entities, "Arvo Dario Lund").Type);
    }

    [Fact]
    public void Capitalised_words_before_an_apposition_ending_in_a_publication_noun_are_an_organisation()
    {
        // Given
        var document = With("The report in Velmora Ledger, a local newspaper, named the buyer.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Velmora Ledger").Type);
    }

    [Fact]
    public void A_place_before_a_role_noun_that_is_the_subject_is_no_name()
    {
        // Given the role noun is followed by a verb: no apposition, and one capitalised word alone
        var document = With("In Velmora, the city's mayor said nothing. Later, Ostrow, the mayor's town, voted.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }
}
