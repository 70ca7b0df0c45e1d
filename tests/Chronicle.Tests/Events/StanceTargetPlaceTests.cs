using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>
/// A stance about a thing is not about the place where the thing is: the target phrase's "in" place is not its
/// target, unless the phrase's noun is itself a kind of actor.
/// </summary>
public sealed class StanceTargetPlaceTests
{
    private static readonly EventCoder Coder = new(keepOneSided: true);

    // Norwegian opposition to the <noun> in Peru grew .
    private static Document Opposition(string noun) => Parsed($"Norwegian opposition to the {noun} in Peru grew.",
            (1, L.Amod), (7, L.Nsubj), (4, L.Case), (4, L.Det), (1, L.Nmod), (6, L.Case), (4, L.Nmod), (-1, L.Root), (7, L.Punct))
        .WithEntity("Norway", EntityType.GPE, "NOR", "Norwegian")
        .WithEntity("Peru", EntityType.GPE, "PER");

    [Fact]
    public void Opposition_to_an_event_in_a_country_does_not_target_that_country()
    {
        // Given
        var document = Opposition("violence");

        // When
        Coder.Process(document);

        // Then
        var rejection = Assert.Single(document.Events, e => e.Type == PloverType.REJECT);
        Assert.Equal("NOR", rejection.SourceActor?.Value);
        Assert.Null(rejection.TargetActor);
    }

    [Fact]
    public void Opposition_to_a_government_in_a_country_targets_that_country()
    {
        // Given
        var document = Opposition("government");

        // When
        Coder.Process(document);

        // Then
        var rejection = Assert.Single(document.Events, e => e.Type == PloverType.REJECT);
        Assert.Equal("NOR", rejection.SourceActor?.Value);
        Assert.StartsWith("PER", rejection.TargetActor?.Value);
    }
}
