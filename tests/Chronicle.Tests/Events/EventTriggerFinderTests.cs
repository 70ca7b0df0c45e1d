using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

public sealed class EventTriggerFinderTests
{
    [Fact]
    public void Each_trigger_of_a_sentence_comes_with_its_modality_in_token_order()
    {
        // Given
        var document = TestDocuments.Segmented("Washington denounced the visit and fears China might arm Russia.");
        var triggers = new List<EventTrigger>();

        // When
        EventTriggerFinder.Default.Find(document, document.Sentences[0].Tokens, triggers);

        // Then
        var denounce = Assert.Single(triggers, t => t.Match.Entry.Phrase == "denounce");
        var arm = Assert.Single(triggers, t => t.Match.Entry.Phrase == "arm");
        Assert.Equal(Modality.Asserted, denounce.Modality.Modality);
        Assert.Equal(Modality.Hypothetical, arm.Modality.Modality);
        Assert.Equal(triggers.OrderBy(t => t.Match.Tokens.Start).Select(t => t.Match), triggers.Select(t => t.Match));
    }

    [Fact]
    public void A_sentence_without_triggers_adds_nothing()
    {
        var document = TestDocuments.Segmented("It was cold in Moscow.");
        var triggers = new List<EventTrigger>();

        EventTriggerFinder.Default.Find(document, document.Sentences[0].Tokens, triggers);

        Assert.Empty(triggers);
    }
}
