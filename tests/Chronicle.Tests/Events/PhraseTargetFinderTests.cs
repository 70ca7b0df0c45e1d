using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>
/// What the coder looks inside a target phrase for: a stance about a thing is not about the place where the thing
/// is ("in" place is not its target, unless the phrase's noun is itself a kind of actor), and a phrase set off by a
/// comma is not part of it.
/// </summary>
public sealed class PhraseTargetFinderTests
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

    [Fact]
    public void An_attribution_set_off_by_a_comma_is_not_searched_for_the_target()
    {
        // Given: Quito threatened to ruin Oslo , a Lima weekly reports . — "reports" parsed as an oblique of "ruin".
        var document = Parsed("Quito threatened to ruin Oslo, a Lima weekly reports.",
                (1, L.Nsubj), (-1, L.Root), (3, L.Mark), (1, L.Xcomp), (3, L.Obj), (9, L.Punct), (9, L.Det), (9, L.Compound), (9, L.Amod), (3, L.Obl), (1, L.Punct))
            .WithEntity("Quito", EntityType.GPE, "ECU")
            .WithEntity("Oslo", EntityType.GPE, "NOR")
            .WithEntity("Lima", EntityType.GPE, "PER");

        // When
        Coder.Process(document);

        // Then
        var threat = Assert.Single(document.Events, e => e.Type == PloverType.THREATEN);
        Assert.Equal(("ECU", "NOR"), (threat.SourceActor?.Value, threat.TargetActor?.Value));
    }
}
