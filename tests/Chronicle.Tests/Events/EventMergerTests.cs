using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>One record per event per article, and where events take place.</summary>
public sealed class EventMergerTests
{
    private static EventAnnotation Meeting(string source, string target, DateOnly? date, int sentence) => new()
    {
        Type = PloverType.CONSULT,
        SourceActor = ActorCode.Parse(source),
        TargetActor = ActorCode.Parse(target),
        Symmetric = true,
        Date = date,
        Evidence = [new TextRange(sentence * 10, (sentence * 10) + 9)],
    };

    [Fact]
    public void Mentions_of_one_meeting_in_either_order_merge_keeping_every_evidence_sentence_and_the_date()
    {
        // Given: the headline without a date, the body with one, the sides swapped
        var events = new[] { Meeting("RUSGOV", "CHNGOV", null, 0), Meeting("CHNGOV", "RUSGOV", new DateOnly(2023, 3, 20), 3) };

        // When
        var merged = EventMerger.Merge(events);

        // Then
        var meeting = Assert.Single(merged);
        Assert.Equal([new TextRange(0, 9), new TextRange(30, 39)], meeting.Evidence);
        Assert.Equal(new DateOnly(2023, 3, 20), meeting.Date);
    }

    [Fact]
    public void Meetings_on_different_days_stay_apart()
    {
        var events = new[] { Meeting("RUSGOV", "CHNGOV", new DateOnly(2023, 3, 20), 0), Meeting("RUSGOV", "CHNGOV", new DateOnly(2023, 3, 21), 1) };

        Assert.Equal(2, EventMerger.Merge(events).Count);
    }

    [Fact]
    public void A_planned_meeting_is_not_merged_into_one_that_happened()
    {
        var events = new[] { Meeting("RUSGOV", "CHNGOV", null, 0), Meeting("RUSGOV", "CHNGOV", null, 1) with { Modality = Modality.Planned } };

        Assert.Equal(2, EventMerger.Merge(events).Count);
    }

    [Fact]
    public void An_asymmetric_event_with_the_sides_swapped_is_another_event()
    {
        var accusation = Meeting("USAGOV", "CHNGOV", null, 0) with { Type = PloverType.ACCUSE, Symmetric = false };

        Assert.Equal(2, EventMerger.Merge([accusation, accusation with { SourceActor = accusation.TargetActor, TargetActor = accusation.SourceActor }]).Count);
    }

    [Fact]
    public void The_same_meeting_in_two_sentences_of_a_document_is_one_record()
    {
        // Given: Putin met Xi . Putin and Xi met on Monday .
        var document = Parsed("Putin met Xi. Putin and Xi met on Monday.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (1, L.Punct),
            (7, L.Nsubj), (6, L.Cc), (4, L.Conj), (-1, L.Root), (9, L.Case), (7, L.Obl), (7, L.Punct))
            .WithTime("Monday", "2023-03-20");

        // When
        new EventCoder().Process(document);

        // Then
        var meeting = Assert.Single(document.Events);
        Assert.Equal(2, meeting.Evidence.Count);
        Assert.Equal(new DateOnly(2023, 3, 20), meeting.Date);
    }

    [Fact]
    public void A_physical_event_without_a_place_happened_at_the_dateline_and_a_statement_did_not()
    {
        // Given: Russian troops shelled Kharkiv . Russia criticised Ukraine .   (dateline Kyiv)
        var document = Parsed("Russian troops shelled Kharkiv. Russia criticised Ukraine.",
            (1, L.Amod), (2, L.Nsubj), (-1, L.Root), (2, L.Obj), (2, L.Punct),
            (6, L.Nsubj), (-1, L.Root), (6, L.Obj), (6, L.Punct));
        document.Metadata = document.Metadata with { Dateline = "Kyiv" };

        // When
        new EventCoder().Process(document);

        // Then
        Assert.Equal("Kyiv", Assert.Single(document.Events, e => e.Type == PloverType.ASSAULT).Location);
        Assert.Null(Assert.Single(document.Events, e => e.Type == PloverType.ACCUSE).Location);
    }

    [Fact]
    public void A_place_entity_after_in_is_the_location()
    {
        // Given: Macron met Xi in Guangzhou .
        var document = Parsed("Macron met Xi in Guangzhou.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (4, L.Case), (1, L.Obl), (1, L.Punct))
            .WithEntity("Guangzhou", EntityType.GPE, "CHN");

        // When
        new EventCoder().Process(document);

        // Then
        Assert.Equal("Guangzhou", Assert.Single(document.Events).Location);
    }

    [Fact]
    public void By_default_an_event_whose_expected_target_is_no_actor_is_not_coded()
    {
        // Given: Russia attacked the convoy .
        var document = Parsed("Russia attacked the convoy.", (1, L.Nsubj), (-1, L.Root), (3, L.Det), (1, L.Obj), (1, L.Punct));

        // When
        new EventCoder().Process(document);

        // Then
        Assert.Empty(document.Events);
    }
}
