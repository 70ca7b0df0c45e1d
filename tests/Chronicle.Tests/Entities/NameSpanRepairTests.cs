using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>Recogniser spans made whole before resolution: complements, left-out words, titles at the edges.</summary>
public sealed class NameSpanRepairTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void An_institution_word_at_the_end_of_a_name_does_not_stop_its_of_complement()
    {
        // Given the recogniser stopped at "Ministry"
        var document = With(
            "Access is controlled by the Greek Ministry of Culture. Visitors pay.",
            ("Greek Ministry", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Greek Ministry of Culture").Type);
    }

    [Fact]
    public void A_complement_that_runs_into_an_unknown_organisation_takes_it_as_the_rest_of_the_name()
    {
        // Given the recogniser split one name in two
        var document = With(
            "Members of the University of Wexmoor Chess Student Association met on Friday.",
            ("University", EntityType.ORG), ("Wexmoor Chess Student Association", EntityType.ORG));

        // When
        var entities = s_resolver.Resolve(document);

        // Then one organisation with the whole name
        var organisation = Assert.Single(entities, e => e.Type == EntityType.ORG);
        Assert.Equal("University of Wexmoor Chess Student Association", organisation.Name);
    }
}
