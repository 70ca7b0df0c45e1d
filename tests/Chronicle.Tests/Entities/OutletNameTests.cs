using Chronicle.Entities;
using static Chronicle.Tests.Entities.EntityDocuments;

namespace Chronicle.Tests.Entities;

/// <summary>"the Valmar Herald": capitalised words and a newspaper's head word are a newspaper the recogniser missed.</summary>
public sealed class OutletNameTests
{
    private static readonly EntityResolver s_resolver = new();

    [Fact]
    public void Capitalised_words_and_a_newspaper_head_after_the_are_an_organisation()
    {
        // Given no recogniser mention
        var document = With("The Harbour Evening Post reported the fire on Monday.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Equal(EntityType.ORG, Named(entities, "Harbour Evening Post").Type);
    }

    [Fact]
    public void A_newspaper_head_at_the_start_of_a_sentence_without_the_is_no_outlet()
    {
        // Given
        var document = With("Good News came late for the team.");

        // When
        var entities = s_resolver.Resolve(document);

        // Then
        Assert.Empty(entities);
    }
}
