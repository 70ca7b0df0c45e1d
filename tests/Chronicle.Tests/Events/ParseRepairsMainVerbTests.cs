using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>
/// A main verb a tagger read as a participle and a parser hung on a noun: the event coder's view of the tree
/// restores it as the predicate (the document's arcs unchanged), so events do not depend on that one tag.
/// </summary>
public sealed class ParseRepairsMainVerbTests
{
    private static readonly EventCoder Coder = new(keepOneSided: true);

    // Oslo , which says Quito is wrong , cautiously welcomed Lima 's plan .
    // Parsed as the sentence rooted in "Oslo" and "welcomed" an adjective of "plan", "plan" the object of "says".
    private static Document WelcomedAfterRelativeClause() => As(
        Parsed("Oslo, which says Quito is wrong, cautiously welcomed Lima's plan.",
            (-1, L.Root), (3, L.Punct), (3, L.Nsubj), (0, L.AclRelcl), (6, L.Nsubj), (6, L.Cop), (3, L.Ccomp), (6, L.Punct),
            (9, L.Advmod), (12, L.Amod), (12, L.NmodPoss), (10, L.Case), (3, L.Obj), (0, L.Punct)),
        (0, UniversalPos.PROPN), (9, UniversalPos.VERB));

    private static Document As(Document document, params (int Token, UniversalPos Pos)[] tags)
    {
        foreach (var (token, pos) in tags)
        {
            document.Tokens[token].Pos = pos;
        }

        return document;
    }

    [Fact]
    public void A_verb_read_as_a_modifier_after_a_relative_clause_becomes_the_predicate_of_the_root_noun()
    {
        // Given
        var document = WelcomedAfterRelativeClause();

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then: welcomed is the root, Oslo its subject, plan its object; the relative clause stays on Oslo.
        Assert.Equal(9, view.Root);
        Assert.Equal((9, L.Nsubj), (view.Head(0), view.Label(0)));
        Assert.Equal((9, L.Obj), (view.Head(12), view.Label(12)));
        Assert.Equal((0, L.AclRelcl), (view.Head(3), view.Label(3)));
        Assert.Equal(12, document.Tokens[9].Head);
    }

    [Fact]
    public void The_restored_predicate_codes_its_event_with_the_root_noun_as_source()
    {
        // Given
        var document = WelcomedAfterRelativeClause()
            .WithEntity("Oslo", EntityType.GPE, "NOR")
            .WithEntity("Lima", EntityType.GPE, "PER")
            .WithEntity("Quito", EntityType.GPE, "ECU");

        // When
        Coder.Process(document);

        // Then: not Quito, the actor nearest before the verb that a coder without the subject falls back on.
        var welcomed = Assert.Single(document.Events, e => e.Trigger is { } t && document.TextOf(t).SequenceEqual("welcomed"));
        Assert.Equal(("NOR", "PER"), (welcomed.SourceActor?.Value, welcomed.TargetActor?.Value));
    }

    [Fact]
    public void A_participle_clause_with_an_object_on_a_root_noun_becomes_its_predicate()
    {
        // Given: A Lima official offered concessions . — parsed official (root) -acl-> offered -obj-> concessions.
        var document = As(
            Parsed("A Lima official offered concessions.",
                (2, L.Det), (2, L.Compound), (-1, L.Root), (2, L.Acl), (3, L.Obj), (2, L.Punct)),
            (2, UniversalPos.NOUN), (3, UniversalPos.VERB));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal(3, view.Root);
        Assert.Equal((3, L.Nsubj), (view.Head(2), view.Label(2)));
        Assert.Equal((2, L.Det), (view.Head(0), view.Label(0)));
    }

    [Fact]
    public void A_root_noun_with_a_subject_gives_it_to_the_participle_read_as_its_adjective()
    {
        // Given: A Lima official offered concessions . — parsed official <-nsubj- concessions (root) -amod-> offered.
        var document = As(
            Parsed("A Lima official offered concessions.",
                (2, L.Det), (2, L.Compound), (4, L.Nsubj), (4, L.Amod), (-1, L.Root), (4, L.Punct)),
            (3, UniversalPos.VERB), (4, UniversalPos.NOUN));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal(3, view.Root);
        Assert.Equal((3, L.Nsubj), (view.Head(2), view.Label(2)));
        Assert.Equal((3, L.Obj), (view.Head(4), view.Label(4)));
    }

    [Fact]
    public void A_participle_inside_a_noun_phrase_stays_its_modifier()
    {
        // Given: Oslo , which says prices will rise , the widely welcomed plan . — "the" comes before the participle.
        var document = As(
            Parsed("Oslo, which says prices will rise, the widely welcomed plan.",
                (-1, L.Root), (3, L.Punct), (3, L.Nsubj), (0, L.AclRelcl), (6, L.Nsubj), (6, L.Aux), (3, L.Ccomp), (6, L.Punct),
                (11, L.Det), (10, L.Advmod), (11, L.Amod), (0, L.Appos), (0, L.Punct)),
            (0, UniversalPos.PROPN), (10, UniversalPos.VERB));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal(0, view.Root);
        Assert.Equal((11, L.Amod), (view.Head(10), view.Label(10)));
    }

    [Fact]
    public void A_sentence_with_a_verb_root_is_left_as_parsed()
    {
        // Given: Oslo welcomed the plan .
        var document = Parsed("Oslo welcomed the plan.", (1, L.Nsubj), (-1, L.Root), (3, L.Det), (1, L.Obj), (1, L.Punct));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal(1, view.Root);
        Assert.Equal((1, L.Nsubj), (view.Head(0), view.Label(0)));
    }

    [Fact]
    public void A_past_participle_with_an_object_hung_on_the_subject_before_it_is_that_subjects_act()
    {
        // Given: A Lima official offered concessions that Quito rejected . — parsed official -acl-> offered, with
        // "official" the subject of "rejected" and "offered" tagged VBN.
        var document = Parsed("A Lima official offered concessions that Quito rejected.",
                (2, L.Det), (2, L.Compound), (7, L.Nsubj), (2, L.Acl), (3, L.Obj), (7, L.Mark), (7, L.Nsubj), (-1, L.Root), (7, L.Punct))
            .WithEntity("Lima", EntityType.GPE, "PER")
            .WithEntity("Quito", EntityType.GPE, "ECU");
        document.TagNames = ["NN", "VBN"];
        document.Tokens[3].Tag = 1;

        // When
        Coder.Process(document);

        // Then: the official itself (a government sector of Lima's), not the nearest name a coder without the
        // subject falls back on.
        var offer = Assert.Single(document.Events, e => e.Type == PloverType.AGREE);
        Assert.Equal("PERGOV", offer.SourceActor?.Value);
    }

    [Fact]
    public void A_possessor_without_a_possessive_marker_is_the_subject_of_the_restored_predicate()
    {
        // Given: Lima tanks shelled positions . — parsed tanks <-nmod:poss- positions (root) -amod-> shelled.
        var document = As(
            Parsed("Lima tanks shelled positions.", (1, L.Compound), (3, L.NmodPoss), (3, L.Amod), (-1, L.Root), (3, L.Punct)),
            (2, UniversalPos.VERB), (3, UniversalPos.NOUN));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal(2, view.Root);
        Assert.Equal((2, L.Nsubj), (view.Head(1), view.Label(1)));
        Assert.Equal((2, L.Obj), (view.Head(3), view.Label(3)));
    }

    [Fact]
    public void A_relative_clause_with_no_pronoun_and_no_gap_takes_its_source_from_the_noun_describing_its_subject()
    {
        // Given: Lima 's chief envoy Maria Lopez today rejected Quito 's plan . — parsed envoy (root) -acl:relcl->
        // rejected, with Maria Lopez, a name no actor is known for, its subject.
        var document = As(
                Parsed("Lima's chief envoy Maria Lopez today rejected Quito's plan.",
                    (3, L.NmodPoss), (0, L.Case), (3, L.Amod), (-1, L.Root), (7, L.Nsubj), (4, L.Flat), (7, L.OblUnmarked), (3, L.AclRelcl),
                    (10, L.NmodPoss), (8, L.Case), (7, L.Obj), (3, L.Punct)),
                (3, UniversalPos.NOUN))
            .WithEntity("Lima", EntityType.GPE, "PER")
            .WithEntity("Quito", EntityType.GPE, "ECU");

        // When
        Coder.Process(document);

        // Then
        var rejection = Assert.Single(document.Events, e => e.Type == PloverType.REJECT);
        Assert.StartsWith("PER", rejection.SourceActor?.Value);
        Assert.Equal("ECU", rejection.TargetActor?.Value);
    }
}
