using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>The event coder's argument finding, composition and modality on hand-built dependency trees.</summary>
public sealed class EventCoderArgumentTests
{
    private static readonly EventCoder Coder = new(keepOneSided: true);

    private static List<EventAnnotation> Code(Chronicle.Documents.Document document)
    {
        Coder.Process(document);
        return [.. document.Events];
    }

    private static EventAnnotation Single(IEnumerable<EventAnnotation> events, PloverType type) =>
        Assert.Single(events, e => e.Type == type);

    [Fact]
    public void The_by_agent_of_a_passive_is_the_source()
    {
        // Given: Ukraine was attacked by Russia .
        var document = Parsed("Ukraine was attacked by Russia.",
            (2, L.NsubjPass), (2, L.AuxPass), (-1, L.Root), (4, L.Case), (2, L.OblAgent), (2, L.Punct));

        // When
        var attack = Single(Code(document), PloverType.ASSAULT);

        // Then
        Assert.Equal("RUS", attack.SourceActor?.Value);
        Assert.Equal("UKR", attack.TargetActor?.Value);
        Assert.Equal(Modality.Asserted, attack.Modality);
    }

    [Fact]
    public void Coordinated_subjects_of_a_meeting_are_one_symmetric_consultation_dated_and_placed()
    {
        // Given: Putin and Xi met in Moscow on Monday .
        var document = Parsed("Putin and Xi met in Moscow on Monday.",
            (3, L.Nsubj), (2, L.Cc), (0, L.Conj), (-1, L.Root), (5, L.Case), (3, L.Obl), (7, L.Case), (3, L.Obl), (3, L.Punct))
            .WithEntity("Vladimir Putin", EntityType.PERSON, "RUSGOV", "Putin")
            .WithEntity("Xi Jinping", EntityType.PERSON, "CHNGOV", "Xi")
            .WithEntity("Moscow", EntityType.GPE, "RUS")
            .WithTime("Monday", "2023-03-20");

        // When
        var meeting = Single(Code(document), PloverType.CONSULT);

        // Then
        Assert.Equal(("RUSGOV", "CHNGOV"), (meeting.SourceActor?.Value, meeting.TargetActor?.Value));
        Assert.Equal(("Vladimir Putin", "Xi Jinping"), (meeting.SourceName, meeting.TargetName));
        Assert.Equal((0, 1), (meeting.Source, meeting.Target));
        Assert.True(meeting.Symmetric);
        Assert.Equal(new DateOnly(2023, 3, 20), meeting.Date);
        Assert.Equal("Moscow", meeting.Location);
        Assert.Equal("040", meeting.Cameo);
    }

    [Fact]
    public void Denouncing_someones_visit_targets_the_visitor_who_is_also_the_visits_source()
    {
        // Given: Washington denounced Xi 's visit .
        var document = Parsed("Washington denounced Xi's visit.",
            (1, L.Nsubj), (-1, L.Root), (4, L.NmodPoss), (2, L.Case), (1, L.Obj), (1, L.Punct))
            .WithEntity("Xi Jinping", EntityType.PERSON, "CHNGOV", "Xi");

        // When
        var events = Code(document);

        // Then: the capital stands for the government
        var accusation = Single(events, PloverType.ACCUSE);
        Assert.Equal(("USAGOV", "CHNGOV"), (accusation.SourceActor?.Value, accusation.TargetActor?.Value));
        var visit = Single(events, PloverType.CONSULT);
        Assert.Equal("CHNGOV", visit.SourceActor?.Value);
        Assert.Null(visit.TargetActor);
    }

    [Fact]
    public void A_pronoun_in_reported_speech_is_the_speaker_and_a_possessor_gives_the_target()
    {
        // Given: Moscow said it has opened a criminal case against the ICC 's prosecutor .
        var document = Parsed("Moscow said it has opened a criminal case against the ICC's prosecutor.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Nsubj), (4, L.Aux), (1, L.Ccomp), (7, L.Det), (7, L.Amod), (4, L.Obj),
            (12, L.Case), (12, L.Det), (12, L.NmodPoss), (10, L.Case), (4, L.Obl), (1, L.Punct));

        // When
        var accusation = Single(Code(document), PloverType.ACCUSE);

        // Then
        Assert.Equal(("RUSGOV", "IGOJUD"), (accusation.SourceActor?.Value, accusation.TargetActor?.Value));
        Assert.Equal("International Criminal Court", accusation.TargetName);
        Assert.Equal("Russia", accusation.ReportedBy);
        Assert.Equal(Modality.Asserted, accusation.Modality);
    }

    [Fact]
    public void A_reported_attack_is_coded_between_its_own_actors_with_a_sector_from_the_nationality()
    {
        // Given: Kyiv said Russian troops shelled Kharkiv .
        var document = Parsed("Kyiv said Russian troops shelled Kharkiv.",
            (1, L.Nsubj), (-1, L.Root), (3, L.Amod), (4, L.Nsubj), (1, L.Ccomp), (4, L.Obj), (1, L.Punct));

        // When
        var shelling = Single(Code(document), PloverType.ASSAULT);

        // Then
        Assert.Equal(("RUSMIL", "UKR"), (shelling.SourceActor?.Value, shelling.TargetActor?.Value));
        Assert.Equal("Ukraine", shelling.ReportedBy);
    }

    [Fact]
    public void A_relative_pronoun_subject_is_the_noun_the_clause_modifies()
    {
        // Given: Kyiv , which supports the plan , welcomed Beijing 's proposal .
        var document = Parsed("Kyiv, which supports the plan, welcomed Beijing's proposal.",
            (7, L.Nsubj), (3, L.Punct), (3, L.Nsubj), (0, L.AclRelcl), (5, L.Det), (3, L.Obj), (3, L.Punct), (-1, L.Root),
            (10, L.NmodPoss), (8, L.Case), (7, L.Obj), (7, L.Punct));

        // When
        var support = Code(document).Where(e => e.Type == PloverType.SUPPORT).ToList();

        // Then: the welcome reaches Beijing through its proposal; the support keeps its unresolved target empty
        Assert.Contains(support, e => e.SourceActor?.Value == "UKRGOV" && e.TargetActor?.Value == "CHNGOV");
        Assert.Contains(support, e => e.SourceActor?.Value == "UKRGOV" && e.TargetActor is null);
    }

    [Fact]
    public void The_subject_of_a_governing_verb_is_the_source_of_its_xcomp()
    {
        // Given: The European Union moved to expel Russian diplomats .
        var document = Parsed("The European Union moved to expel Russian diplomats.",
            (2, L.Det), (2, L.Compound), (3, L.Nsubj), (-1, L.Root), (5, L.Mark), (3, L.Xcomp), (7, L.Amod), (5, L.Obj), (3, L.Punct));

        // When
        var expulsion = Single(Code(document), PloverType.SANCTION);

        // Then
        Assert.Equal(("IGOEUREEC", "RUSGOV"), (expulsion.SourceActor?.Value, expulsion.TargetActor?.Value));
    }

    [Fact]
    public void The_object_of_a_pressing_verb_controls_the_requested_action()
    {
        // Given: Xi pressed Putin to withdraw his troops .
        var document = Parsed("Xi pressed Putin to withdraw his troops.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (4, L.Mark), (1, L.Xcomp), (6, L.NmodPoss), (4, L.Obj), (1, L.Punct))
            .WithEntity("Xi Jinping", EntityType.PERSON, "CHNGOV", "Xi")
            .WithEntity("Vladimir Putin", EntityType.PERSON, "RUSGOV", "Putin", "his");

        // When
        var events = Code(document);

        // Then
        var request = Single(events, PloverType.REQUEST);
        Assert.Equal(("CHNGOV", "RUSGOV"), (request.SourceActor?.Value, request.TargetActor?.Value));
        Assert.Equal(Modality.Asserted, request.Modality);
        Assert.DoesNotContain(events, e => e.Type == PloverType.RETREAT && e.Modality == Modality.Asserted);
        Assert.Contains(events, e => e.Type == PloverType.RETREAT && e.SourceActor?.Value == "RUSGOV");
    }

    [Fact]
    public void A_participle_takes_the_subject_of_the_clause_it_modifies()
    {
        // Given: Denying the accusation , Russia criticised Ukraine .
        var document = Parsed("Denying the accusation, Russia criticised Ukraine.",
            (5, L.Advcl), (2, L.Det), (0, L.Obj), (5, L.Punct), (5, L.Nsubj), (-1, L.Root), (5, L.Obj), (5, L.Punct));

        // When
        var events = Code(document);

        // Then: the denial keeps what is known (its source) and invents no target
        var denial = Single(events, PloverType.REJECT);
        Assert.Equal("RUS", denial.SourceActor?.Value);
        Assert.Null(denial.TargetActor);
        var criticism = Single(events, PloverType.ACCUSE);
        Assert.Equal(("RUS", "UKR"), (criticism.SourceActor?.Value, criticism.TargetActor?.Value));
    }

    [Fact]
    public void A_feared_arming_in_reported_speech_is_hypothetical_and_never_a_fact()
    {
        // Given: Washington has said it fears China might arm Russia .
        var document = Parsed("Washington has said it fears China might arm Russia.",
            (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (4, L.Nsubj), (2, L.Ccomp), (7, L.Nsubj), (7, L.Aux), (4, L.Ccomp), (7, L.Obj), (2, L.Punct));

        // When
        var arming = Single(Code(document), PloverType.AID);

        // Then
        Assert.Equal(("CHN", "RUS"), (arming.SourceActor?.Value, arming.TargetActor?.Value));
        Assert.Equal(Modality.Hypothetical, arming.Modality);
    }

    [Fact]
    public void A_call_awaiting_confirmation_is_not_reported_as_a_call()
    {
        // Given: Kyiv is awaiting confirmation of whether Xi would be speaking on a call to Zelenskiy .
        var document = Parsed("Kyiv is awaiting confirmation of whether Xi would be speaking on a call to Zelenskiy.",
            (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (2, L.Obj), (9, L.Mark), (9, L.Mark), (9, L.Nsubj), (9, L.Aux), (9, L.Aux),
            (3, L.Acl), (12, L.Case), (12, L.Det), (9, L.Obl), (14, L.Case), (12, L.Nmod), (2, L.Punct))
            .WithEntity("Xi Jinping", EntityType.PERSON, "CHNGOV", "Xi")
            .WithEntity("Volodymyr Zelenskiy", EntityType.PERSON, "UKRGOV", "Zelenskiy");

        // When
        var events = Code(document);

        // Then
        Assert.DoesNotContain(events, e => e.Type == PloverType.CONSULT && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_participle_without_its_own_date_shares_its_governing_verbs_date()
    {
        // Given: The ICC issued a warrant on Friday accusing Putin of war crimes .
        var document = Parsed("The ICC issued a warrant on Friday accusing Putin of war crimes.",
            (1, L.Det), (2, L.Nsubj), (-1, L.Root), (4, L.Det), (2, L.Obj), (6, L.Case), (2, L.Obl), (2, L.Advcl), (7, L.Obj),
            (11, L.Case), (11, L.Compound), (7, L.Obl), (2, L.Punct))
            .WithEntity("Vladimir Putin", EntityType.PERSON, "RUSGOV", "Putin")
            .WithTime("Friday", "2023-03-17");

        // When
        var events = Code(document);

        // Then
        var accusation = Single(events, PloverType.ACCUSE);
        Assert.Equal(("IGOJUD", "RUSGOV"), (accusation.SourceActor?.Value, accusation.TargetActor?.Value));
        Assert.Equal(new DateOnly(2023, 3, 17), accusation.Date);
        Assert.Equal(new DateOnly(2023, 3, 17), Single(events, PloverType.COERCE).Date);
    }

    [Fact]
    public void A_date_inside_a_relative_clause_does_not_date_the_main_event()
    {
        // Given: Putin , who arrived on Monday , praised Xi .
        var document = Parsed("Putin, who arrived on Monday, praised Xi.",
            (7, L.Nsubj), (3, L.Punct), (3, L.Nsubj), (0, L.AclRelcl), (5, L.Case), (3, L.Obl), (3, L.Punct), (-1, L.Root), (7, L.Obj), (7, L.Punct))
            .WithTime("Monday", "2023-03-20");

        // When
        var praise = Single(Code(document), PloverType.SUPPORT);

        // Then
        Assert.Equal("CHN", praise.TargetActor?.Prefix);
        Assert.Null(praise.Date);
    }

    [Fact]
    public void A_speaker_saying_another_actor_should_act_makes_a_request()
    {
        // Given: Kirby said Xi should press Putin .
        var document = Parsed("Kirby said Xi should press Putin.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Nsubj), (4, L.Aux), (1, L.Ccomp), (4, L.Obj), (1, L.Punct))
            .WithEntity("John Kirby", EntityType.PERSON, "USAGOV", "Kirby")
            .WithEntity("Xi Jinping", EntityType.PERSON, "CHNGOV", "Xi")
            .WithEntity("Vladimir Putin", EntityType.PERSON, "RUSGOV", "Putin");

        // When
        var events = Code(document);

        // Then
        Assert.Contains(events, e => e.Type == PloverType.REQUEST && e.Modality == Modality.Asserted && e.SourceActor?.Value == "USAGOV" && e.TargetActor?.Value == "CHNGOV");
        Assert.Contains(events, e => e.Type == PloverType.REQUEST && e.Modality == Modality.Hypothetical && e.SourceActor?.Value == "CHNGOV");
    }

    [Fact]
    public void Planned_talks_are_an_agreement_reported_as_fact()
    {
        // Given: Russia and China planned more talks .
        var document = Parsed("Russia and China planned more talks.",
            (3, L.Nsubj), (2, L.Cc), (0, L.Conj), (-1, L.Root), (5, L.Amod), (3, L.Obj), (3, L.Punct));

        // When
        var agreement = Single(Code(document), PloverType.AGREE);

        // Then
        Assert.Equal(("RUS", "CHN"), (agreement.SourceActor?.Value, agreement.TargetActor?.Value));
        Assert.Equal(Modality.Asserted, agreement.Modality);
        Assert.Equal("036", agreement.Cameo);
    }

    [Fact]
    public void A_denied_arming_is_negated_with_the_pronoun_resolved_to_the_denier()
    {
        // Given: China denied that it had armed Russia .
        var document = Parsed("China denied that it had armed Russia.",
            (1, L.Nsubj), (-1, L.Root), (5, L.Mark), (5, L.Nsubj), (5, L.Aux), (1, L.Ccomp), (5, L.Obj), (1, L.Punct));

        // When
        var arming = Single(Code(document), PloverType.AID);

        // Then
        Assert.Equal(("CHN", "RUS", Modality.Negated), (arming.SourceActor?.Value, arming.TargetActor?.Value, arming.Modality));
    }

    [Fact]
    public void A_participle_joined_by_a_comma_alone_is_a_reduced_passive_with_no_agent_of_its_own()
    {
        // Given: Germany released a plan , largely dismissed in France as a ploy . (dismissed parsed as a conjunct)
        var document = Parsed("Germany released a plan, largely dismissed in France as a ploy.",
            (1, L.Nsubj), (-1, L.Root), (3, L.Det), (1, L.Obj), (6, L.Punct), (6, L.Advmod), (1, L.Conj), (8, L.Case), (6, L.Obl),
            (11, L.Case), (11, L.Det), (6, L.Obl), (1, L.Punct))
            .WithEntity("Germany", EntityType.GPE, "DEU")
            .WithEntity("France", EntityType.GPE, "FRA");

        // When
        var events = Code(document);

        // Then: Germany did not dismiss anything, nor did its neighbour in the sentence
        Assert.DoesNotContain(events, e => e.Type == PloverType.REJECT);
    }

    [Fact]
    public void A_name_in_apposition_to_a_common_noun_subject_is_the_source()
    {
        // Given: Alliance member Norway sent tanks to Ukraine . (member -appos-> Norway)
        var document = Parsed("Alliance member Norway sent tanks to Ukraine.",
            (1, L.Compound), (3, L.Nsubj), (1, L.Appos), (-1, L.Root), (3, L.Obj), (6, L.Case), (3, L.Obl), (3, L.Punct))
            .WithEntity("NATO", EntityType.ORG, "IGOWSTNAT", "Alliance")
            .WithEntity("Norway", EntityType.GPE, "NOR")
            .WithEntity("Ukraine", EntityType.GPE, "UKR");

        // When
        var events = Code(document);

        // Then: Norway sent them, not the alliance it belongs to
        Assert.Contains(events, e => e.SourceActor?.Value == "NOR" && e.TargetActor?.Value == "UKR");
        Assert.DoesNotContain(events, e => e.SourceActor?.Value == "IGOWSTNAT");
    }

    [Fact]
    public void A_common_noun_subject_stands_in_when_the_name_in_apposition_is_no_actor()
    {
        // Given: Iran 's leader Khomeini rejected Iraq 's proposal . (Khomeini is no known actor)
        var document = Parsed("Iran's leader Khomeini rejected Iraq's proposal.",
            (2, L.NmodPoss), (0, L.Case), (4, L.Nsubj), (2, L.Appos), (-1, L.Root), (7, L.NmodPoss), (5, L.Case), (4, L.Obj), (4, L.Punct))
            .WithEntity("Iran", EntityType.GPE, "IRN")
            .WithEntity("Iraq", EntityType.GPE, "IRQ");

        // When
        var rejection = Single(Code(document), PloverType.REJECT);

        // Then
        Assert.Equal(("IRN", "IRQ"), (rejection.SourceActor?.Prefix, rejection.TargetActor?.Prefix));
    }

    [Fact]
    public void A_phrase_hung_on_the_trigger_nouns_own_modifier_still_names_its_parties()
    {
        // Given: Qatar launched a mediation effort on Saturday between Iran and Iraq . ("between" parsed under Saturday)
        var document = Parsed("Qatar launched a mediation effort on Saturday between Iran and Iraq.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Det), (4, L.Compound), (1, L.Obj), (6, L.Case), (4, L.Nmod), (8, L.Case), (6, L.Nmod),
            (10, L.Cc), (8, L.Conj), (1, L.Punct))
            .WithEntity("Qatar", EntityType.GPE, "QAT")
            .WithEntity("Iran", EntityType.GPE, "IRN")
            .WithEntity("Iraq", EntityType.GPE, "IRQ");

        // When
        var events = Code(document).Where(e => e.Type == PloverType.CONSULT).ToList();

        // Then
        Assert.Equal(["IRN", "IRQ"], events.Where(e => e.SourceActor?.Value == "QAT").Select(e => e.TargetActor?.Value).Order());
    }

    [Fact]
    public void A_list_of_target_names_the_parse_split_after_its_first_item_is_kept_whole()
    {
        // Given: France lifted embargoes on sales to Iran , Libya and Cuba . (Libya parsed as an apposition of sales)
        var document = Parsed("France lifted embargoes on sales to Iran, Libya and Cuba.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (4, L.Case), (1, L.Obl), (6, L.Case), (4, L.Nmod), (8, L.Punct), (4, L.Appos),
            (10, L.Cc), (8, L.Conj), (1, L.Punct))
            .WithEntity("France", EntityType.GPE, "FRA")
            .WithEntity("Iran", EntityType.GPE, "IRN")
            .WithEntity("Libya", EntityType.GPE, "LBY")
            .WithEntity("Cuba", EntityType.GPE, "CUB");

        // When
        var events = Code(document).Where(e => e.SourceActor?.Value == "FRA").ToList();

        // Then
        Assert.Equal(["CUB", "IRN", "LBY"], events.Select(e => e.TargetActor?.Value).Distinct().Order());
    }

    [Fact]
    public void A_trigger_without_any_actor_codes_nothing()
    {
        // Given: The leaders met .
        var document = Parsed("The leaders met.", (1, L.Det), (2, L.Nsubj), (-1, L.Root), (2, L.Punct));

        // When / Then
        Assert.Empty(Code(document));
    }

    [Fact]
    public void An_attack_on_something_that_is_no_actor_keeps_its_source_only()
    {
        // Given: Russia attacked the convoy .
        var document = Parsed("Russia attacked the convoy.", (1, L.Nsubj), (-1, L.Root), (3, L.Det), (1, L.Obj), (1, L.Punct));

        // When
        var attack = Single(Code(document), PloverType.ASSAULT);

        // Then
        Assert.Equal("RUS", attack.SourceActor?.Value);
        Assert.Null(attack.TargetActor);
        Assert.Null(attack.TargetName);
    }
}
