using Chronicle.Actors;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>
/// The default event coder (one-sided events dropped) on hand-built trees: actors found inside phrases and
/// complement clauses, several subjects, conjuncts, attributive participles, reported evaluations and conditions.
/// </summary>
public sealed class EventCoderPhraseArgumentTests
{
    private static readonly EventCoder Coder = new();

    private static List<EventAnnotation> Code(Document document)
    {
        Coder.Process(document);
        return [.. document.Events];
    }

    private static string? Country(ActorCode? actor) => actor?.Prefix;

    [Fact]
    public void Rejecting_calls_by_a_country_targets_that_country()
    {
        // Given: Berlin rejected calls by Belarus for aid .
        var document = Parsed("Berlin rejected calls by Belarus for aid.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (4, L.Case), (2, L.Nmod), (6, L.Case), (2, L.Nmod), (1, L.Punct));

        // When
        var rejection = Assert.Single(Code(document), e => e.Type == PloverType.REJECT);

        // Then
        Assert.Equal(("DEU", "BLR"), (Country(rejection.SourceActor), Country(rejection.TargetActor)));
    }

    [Fact]
    public void A_threat_takes_its_target_from_the_threatened_action()
    {
        // Given: Hamas threatened to resume attacks in Israel .
        var document = Parsed("Hamas threatened to resume attacks in Israel.",
            (1, L.Nsubj), (-1, L.Root), (3, L.Mark), (1, L.Xcomp), (3, L.Obj), (6, L.Case), (3, L.Obl), (1, L.Punct))
            .WithEntity("Hamas", EntityType.ORG, "PSEREB");

        // When
        var events = Code(document);

        // Then
        Assert.Contains(events, e => e.Type == PloverType.THREATEN && e.SourceActor?.Value == "PSEREB" && e.TargetActor?.Value == "ISR"
            && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void Releasing_a_document_that_names_a_country_is_no_release()
    {
        // Given: China released a proposal on Ukraine .
        var document = Parsed("China released a proposal on Ukraine.",
            (1, L.Nsubj), (-1, L.Root), (3, L.Det), (1, L.Obj), (5, L.Case), (3, L.Nmod), (1, L.Punct));

        // When
        var events = Code(document);

        // Then: a physical act is done to its object itself, and a proposal is no prisoner
        Assert.DoesNotContain(events, e => e.Type == PloverType.RETREAT);
    }

    [Fact]
    public void Of_two_parsed_subjects_the_one_naming_an_actor_is_the_source()
    {
        // Given: Rights group Amnesty accused Washington . (the parse gives "accused" two subjects)
        var document = Parsed("Rights group Amnesty accused Washington.",
            (1, L.Compound), (3, L.Nsubj), (3, L.Nsubj), (-1, L.Root), (3, L.Obj), (3, L.Punct))
            .WithEntity("Amnesty International", EntityType.ORG, "IGONGOAMN", "Amnesty");

        // When
        var accusation = Assert.Single(Code(document), e => e.Type == PloverType.ACCUSE);

        // Then
        Assert.Equal(("IGONGOAMN", "USA"), (accusation.SourceActor?.Value, Country(accusation.TargetActor)));
    }

    [Fact]
    public void A_conjunct_with_its_own_auxiliary_takes_the_passive_subject_of_the_first()
    {
        // Given: Smith was indicted by the court for crimes against Serbia and will resign .
        var document = Parsed("Smith was indicted by the court for crimes against Serbia and will resign.",
            (2, L.NsubjPass), (2, L.AuxPass), (-1, L.Root), (5, L.Case), (5, L.Det), (2, L.OblAgent), (7, L.Case), (2, L.Obl),
            (9, L.Case), (7, L.Nmod), (12, L.Cc), (12, L.Aux), (2, L.Conj), (2, L.Punct))
            .WithEntity("Milo Smith", EntityType.PERSON, "MNEGOV", "Smith");

        // When
        var events = Code(document);

        // Then: the minister resigns, not Serbia (the nearest name before the verb)
        var resignation = Assert.Single(events, e => document.TextOf(e.Trigger!.Value).SequenceEqual("resign"));
        Assert.Equal("MNEGOV", resignation.SourceActor?.Value);
    }

    [Fact]
    public void A_nationality_adjective_says_whose_side_before_an_of_phrase_does()
    {
        // Given: The Turkish and Greek sides of the island of Cyprus agreed .
        var document = Parsed("The Turkish and Greek sides of the island of Cyprus agreed.",
            (4, L.Det), (4, L.Amod), (3, L.Cc), (1, L.Conj), (10, L.Nsubj), (7, L.Case), (7, L.Det), (4, L.Nmod), (9, L.Case),
            (7, L.Nmod), (-1, L.Root), (10, L.Punct));

        // When
        var agreements = Code(document).Where(e => e.Type == PloverType.AGREE).ToList();

        // Then
        var agreement = Assert.Single(agreements);
        Assert.Equal(("TUR", "GRC"), (Country(agreement.SourceActor), Country(agreement.TargetActor)));
    }

    [Fact]
    public void A_unilateral_surrender_is_kept_without_a_target()
    {
        // Given: Ugandan rebels surrendered .
        var document = Parsed("Ugandan rebels surrendered.", (1, L.Amod), (2, L.Nsubj), (-1, L.Root), (2, L.Punct));

        // When
        var surrender = Assert.Single(Code(document), e => e.Type == PloverType.RETREAT);

        // Then
        Assert.Equal("UGA", Country(surrender.SourceActor));
        Assert.Null(surrender.TargetActor);
        Assert.Equal(Modality.Asserted, surrender.Modality);
    }

    [Fact]
    public void An_attributive_participle_reports_no_event()
    {
        // Given: Syria denounced the occupied lands of Lebanon .
        var document = Parsed("Syria denounced the occupied lands of Lebanon.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Det), (4, L.Amod), (1, L.Obj), (6, L.Case), (4, L.Nmod), (1, L.Punct));
        document.Tokens[3].Pos = UniversalPos.VERB;

        // When
        var events = Code(document);

        // Then: the denunciation is coded, the occupation it describes is not
        Assert.DoesNotContain(events, e => e.Type == PloverType.COERCE);
        Assert.Contains(events, e => e.Type == PloverType.ACCUSE && Country(e.SourceActor) == "SYR" && Country(e.TargetActor) == "LBN");
    }

    [Fact]
    public void What_coordinated_addressees_must_do_is_a_request_to_each()
    {
        // Given: Amnesty said US and British forces must leave .
        var document = Parsed("Amnesty said US and British forces must leave.",
            (1, L.Nsubj), (-1, L.Root), (7, L.Nsubj), (5, L.Cc), (5, L.Amod), (2, L.Conj), (7, L.Aux), (1, L.Ccomp), (1, L.Punct))
            .WithEntity("Amnesty International", EntityType.ORG, "IGONGOAMN", "Amnesty")
            .WithEntity("United States", EntityType.GPE, "USA", "US");

        // When
        var requests = Code(document).Where(e => e.Type == PloverType.REQUEST).ToList();

        // Then
        Assert.Equal(["GBR", "USA"], requests.Select(e => Country(e.TargetActor)).Order());
        Assert.All(requests, e => Assert.Equal("IGONGOAMN", e.SourceActor?.Value));
    }

    [Fact]
    public void A_speaker_calling_an_earlier_event_double_standards_accuses_its_author()
    {
        // Given: The court issued an arrest warrant for Putin . Beijing said the warrant reflected double standards .
        var document = Parsed("The court issued an arrest warrant for Putin. Beijing said the warrant reflected double standards.",
            (1, L.Det), (2, L.Nsubj), (-1, L.Root), (5, L.Det), (5, L.Compound), (2, L.Obj), (7, L.Case), (5, L.Nmod), (2, L.Punct),
            (10, L.Nsubj), (-1, L.Root), (12, L.Det), (13, L.Nsubj), (10, L.Ccomp), (15, L.Amod), (13, L.Obj), (10, L.Punct))
            .WithEntity("International Criminal Court", EntityType.ORG, "IGOJUD", "court")
            .WithEntity("Vladimir Putin", EntityType.PERSON, "RUSGOV", "Putin");

        // When
        var events = Code(document);

        // Then: "the warrant" is the court's, and the evaluation is Beijing's
        Assert.Contains(events, e => e.Type == PloverType.ACCUSE && Country(e.SourceActor) == "CHN" && e.TargetActor?.Value == "IGOJUD"
            && e.Modality == Modality.Asserted);
    }

    [Fact]
    public void A_reported_clause_parsed_as_a_modifier_of_the_reporting_verbs_object_is_still_reported_speech()
    {
        // Given: The court issued an arrest warrant for Putin . Moscow said the warrant reflected double standards .
        // (parsed said -obj-> warrant -acl-> reflected, as a parser reads a reduced relative)
        var document = Parsed("The court issued an arrest warrant for Putin. Moscow said the warrant reflected double standards.",
            (1, L.Det), (2, L.Nsubj), (-1, L.Root), (5, L.Det), (5, L.Compound), (2, L.Obj), (7, L.Case), (5, L.Nmod), (2, L.Punct),
            (10, L.Nsubj), (-1, L.Root), (12, L.Det), (10, L.Obj), (12, L.Acl), (15, L.Amod), (13, L.Obj), (10, L.Punct))
            .WithEntity("International Criminal Court", EntityType.ORG, "IGOJUD", "court")
            .WithEntity("Vladimir Putin", EntityType.PERSON, "RUSGOV", "Putin")
            .WithEntity("Moscow", EntityType.GPE, "RUS");

        // When
        var events = Code(document);

        // Then: the warrant (the court's) is what reflected double standards, and Moscow the speaker who said so;
        // Moscow issued no warrant
        Assert.Contains(events, e => e.Type == PloverType.ACCUSE && Country(e.SourceActor) == "RUS" && e.TargetActor?.Value == "IGOJUD"
            && e.Modality == Modality.Asserted);
        Assert.DoesNotContain(events, e => e.Type == PloverType.COERCE && Country(e.SourceActor) == "RUS");
    }

    [Fact]
    public void Saying_one_would_meet_is_an_asserted_agreement()
    {
        // Given: Afghan rebels said they would meet the UN envoy .
        var document = Parsed("Afghan rebels said they would meet the UN envoy.",
            (1, L.Amod), (2, L.Nsubj), (-1, L.Root), (5, L.Nsubj), (5, L.Aux), (2, L.Ccomp), (8, L.Det), (8, L.Compound), (5, L.Obj), (2, L.Punct))
            .WithEntity("United Nations", EntityType.ORG, "IGOUNO", "UN");

        // When
        var events = Code(document);

        // Then: "would" before the verb is the stated intention, not a conditional
        var agreement = Assert.Single(events, e => e.Type == PloverType.AGREE);
        Assert.Equal(("AFG", "IGOUNO"), (Country(agreement.SourceActor), agreement.TargetActor?.Value));
        Assert.Equal(Modality.Asserted, agreement.Modality);
    }

    [Fact]
    public void Fighting_between_two_named_sides_is_between_them_not_the_clause_subject()
    {
        // Given: Russia closed its border because of fighting between Azerbaijan and Armenia .
        var document = Parsed("Russia closed its border because of fighting between Azerbaijan and Armenia.",
            (1, L.Nsubj), (-1, L.Root), (3, L.NmodPoss), (1, L.Obj), (6, L.Mark), (4, L.Fixed), (1, L.Advcl), (8, L.Case), (6, L.Obl),
            (10, L.Cc), (8, L.Conj), (1, L.Punct));

        // When
        var fighting = Code(document).Where(e => e.Type == PloverType.ASSAULT).ToList();

        // Then
        var clash = Assert.Single(fighting);
        Assert.Equal(("AZE", "ARM"), (Country(clash.SourceActor), Country(clash.TargetActor)));
    }

    [Fact]
    public void Offering_to_host_a_meeting_between_two_parties_is_an_agreement_with_each()
    {
        // Given: Morocco will host a meeting between Israel and the PLO .
        var document = Parsed("Morocco will host a meeting between Israel and the PLO.",
            (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (4, L.Det), (2, L.Obj), (6, L.Case), (4, L.Nmod), (9, L.Cc), (9, L.Det), (6, L.Conj), (2, L.Punct))
            .WithEntity("Palestine Liberation Organization", EntityType.ORG, "PSEGOV", "PLO");

        // When
        var agreements = Code(document).Where(e => e.Type == PloverType.AGREE).ToList();

        // Then: the host mediates; the parties are the targets
        Assert.Equal(["ISR", "PSE"], agreements.Select(e => Country(e.TargetActor)).Order());
        Assert.All(agreements, e => Assert.Equal("MAR", Country(e.SourceActor)));
    }

    [Fact]
    public void A_promise_to_withdraw_unless_the_other_side_acts_is_a_threat()
    {
        // Given: Nigeria will withdraw its force from Chad unless Chad holds elections .
        var document = Parsed("Nigeria will withdraw its force from Chad unless Chad holds elections.",
            (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (4, L.NmodPoss), (2, L.Obj), (6, L.Case), (4, L.Nmod), (9, L.Mark), (9, L.Nsubj),
            (2, L.Advcl), (9, L.Obj), (2, L.Punct));

        // When
        var events = Code(document);

        // Then
        var threat = Assert.Single(events, e => e.Type == PloverType.THREATEN);
        Assert.Equal(("NGA", "TCD"), (Country(threat.SourceActor), Country(threat.TargetActor)));
        Assert.Equal("130", threat.Cameo);
        Assert.DoesNotContain(events, e => e.Type == PloverType.AGREE);
    }

    [Fact]
    public void Being_opposed_to_something_is_the_subjects_rejection()
    {
        // Given: Israel is opposed to French mediation .
        var document = Parsed("Israel is opposed to French mediation.",
            (2, L.NsubjPass), (2, L.AuxPass), (-1, L.Root), (5, L.Case), (5, L.Amod), (2, L.Obl), (2, L.Punct));

        // When
        var rejection = Assert.Single(Code(document), e => e.Type == PloverType.REJECT);

        // Then
        Assert.Equal(("ISR", "FRA"), (Country(rejection.SourceActor), Country(rejection.TargetActor)));
    }

    [Fact]
    public void A_complaint_to_the_UN_over_raids_accuses_the_raiders()
    {
        // Given: Lebanon complained to the UN over Israeli raids .
        var document = Parsed("Lebanon complained to the UN over Israeli raids.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Case), (4, L.Det), (1, L.Obl), (7, L.Case), (7, L.Amod), (1, L.Obl), (1, L.Punct))
            .WithEntity("United Nations", EntityType.ORG, "IGOUNO", "UN");

        // When
        var complaint = Assert.Single(Code(document), e => e.Type == PloverType.ACCUSE);

        // Then: the United Nations is whom Lebanon complained to, not whom it accuses
        Assert.Equal(("LBN", "ISR"), (Country(complaint.SourceActor), Country(complaint.TargetActor)));
    }

    [Fact]
    public void A_demand_that_someone_act_targets_the_one_who_must_act()
    {
        // Given: Greece demanded that Turkey withdraw its troops .
        var document = Parsed("Greece demanded that Turkey withdraw its troops.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Mark), (4, L.Nsubj), (1, L.Ccomp), (6, L.NmodPoss), (4, L.Obj), (1, L.Punct));

        // When
        var demand = Assert.Single(Code(document), e => e.Type == PloverType.REQUEST);

        // Then
        Assert.Equal(("GRC", "TUR"), (Country(demand.SourceActor), Country(demand.TargetActor)));
    }

    [Fact]
    public void A_mediation_effort_between_two_countries_is_the_launchers_consultation_with_each()
    {
        // Given: Qatar launched a mediation effort on Saturday between Iran and Iraq . (the parse hangs "between" on the date)
        var document = Parsed("Qatar launched a mediation effort on Saturday between Iran and Iraq.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Det), (4, L.Compound), (1, L.Obj), (6, L.Case), (4, L.Nmod), (8, L.Case), (6, L.Nmod),
            (10, L.Cc), (8, L.Conj), (1, L.Punct));

        // When
        var mediation = Code(document).Where(e => e.Type == PloverType.CONSULT).ToList();

        // Then
        Assert.Equal(["IRN", "IRQ"], mediation.Select(e => Country(e.TargetActor)).Order());
        Assert.All(mediation, e => Assert.Equal("QAT", Country(e.SourceActor)));
    }

    [Fact]
    public void An_announced_withdrawal_is_a_concession_and_an_agreed_one_an_agreement()
    {
        // Given: Russia will withdraw its troops from Syria . / Russia agreed to withdraw its troops from Syria .
        var announced = Parsed("Russia will withdraw its troops from Syria.",
            (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (4, L.NmodPoss), (2, L.Obj), (6, L.Case), (2, L.Obl), (2, L.Punct));
        var agreed = Parsed("Russia agreed to withdraw its troops from Syria.",
            (1, L.Nsubj), (-1, L.Root), (3, L.Mark), (1, L.Xcomp), (5, L.NmodPoss), (3, L.Obj), (7, L.Case), (3, L.Obl), (1, L.Punct));

        // When
        var concession = Assert.Single(Code(announced), e => document(announced, e) == "withdraw");
        var agreement = Assert.Single(Code(agreed), e => document(agreed, e) == "withdraw");

        // Then: the PLOVER manual's CONCEDE for "announced … would withdraw troops"; an agreement stays one
        Assert.Equal((PloverType.CONCEDE, "RUS", "SYR", Modality.Asserted), (concession.Type, Country(concession.SourceActor), Country(concession.TargetActor), concession.Modality));
        Assert.Equal((PloverType.AGREE, "SYR"), (agreement.Type, Country(agreement.TargetActor)));

        static string document(Document d, EventAnnotation e) => d.TextOf(e.Trigger!.Value).ToString();
    }

    [Fact]
    public void A_truce_named_as_a_modifier_is_no_unilateral_retreat()
    {
        // Given: Serbia shot down a helicopter carrying EC truce monitors .
        var document = Parsed("Serbia shot down a helicopter carrying EC truce monitors.",
            (1, L.Nsubj), (-1, L.Root), (1, L.CompoundPrt), (4, L.Det), (1, L.Obj), (4, L.Acl), (8, L.Compound), (8, L.Compound), (5, L.Obj), (1, L.Punct))
            .WithEntity("European Community", EntityType.ORG, "IGOEUREEC", "EC");

        // When
        var events = Code(document);

        // Then
        Assert.DoesNotContain(events, e => e.Type == PloverType.RETREAT);
    }

    [Fact]
    public void A_name_after_an_arabic_article_is_looked_up_whole()
    {
        // Given: The al-Qaeda network threatened to deliver blows to Israel .
        var document = Parsed("The al-Qaeda network threatened to deliver blows to Israel.",
            (4, L.Det), (4, L.Compound), (1, L.Punct), (1, L.Flat), (5, L.Nsubj), (-1, L.Root), (7, L.Mark), (5, L.Xcomp), (7, L.Obj),
            (10, L.Case), (8, L.Nmod), (5, L.Punct));

        // When
        var threat = Assert.Single(Code(document), e => e.Type == PloverType.THREATEN);

        // Then
        Assert.Equal(("IMG", "ISR"), (Country(threat.SourceActor), Country(threat.TargetActor)));
    }
}
