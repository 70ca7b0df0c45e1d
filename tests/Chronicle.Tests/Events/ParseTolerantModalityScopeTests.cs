using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>The coder's parse-tolerant modality scope: a modal reaches the purpose of its verb however it is attached.</summary>
public sealed class ParseTolerantModalityScopeTests
{
    private static readonly EventCoder Coder = new(keepOneSided: true);

    [Fact]
    public void A_modal_reaches_a_purpose_hung_on_its_verbs_object_as_an_infinitival_modifier()
    {
        // Given: Oslo should use its weight to press Lima . — "to press" parsed as a modifier of "weight".
        var document = Parsed("Oslo should use its weight to press Lima.",
                (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (4, L.NmodPoss), (2, L.Obj), (6, L.Mark), (4, L.Acl), (6, L.Obj), (2, L.Punct))
            .WithEntity("Oslo", EntityType.GPE, "NOR")
            .WithEntity("Lima", EntityType.GPE, "PER");

        // When
        Coder.Process(document);

        // Then
        var request = Assert.Single(document.Events, e => e.Type == PloverType.REQUEST);
        Assert.Equal(("NOR", "PER"), (request.SourceActor?.Value, request.TargetActor?.Value));
        Assert.Equal(Modality.Hypothetical, request.Modality);
    }

    [Fact]
    public void Without_a_modal_the_same_purpose_is_asserted()
    {
        // Given: Oslo used its weight to press Lima .
        var document = Parsed("Oslo used its weight to press Lima.",
                (1, L.Nsubj), (-1, L.Root), (3, L.NmodPoss), (1, L.Obj), (5, L.Mark), (3, L.Acl), (5, L.Obj), (1, L.Punct))
            .WithEntity("Oslo", EntityType.GPE, "NOR")
            .WithEntity("Lima", EntityType.GPE, "PER");

        // When
        Coder.Process(document);

        // Then
        var request = Assert.Single(document.Events, e => e.Type == PloverType.REQUEST);
        Assert.Equal(Modality.Asserted, request.Modality);
    }
}
