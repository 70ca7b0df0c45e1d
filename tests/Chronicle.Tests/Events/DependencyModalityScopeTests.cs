using Chronicle.Documents;
using Chronicle.Events;
using Chronicle.Tests.Support;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>Parse-based cue scoping on hand-built dependency trees, against the word window on the same sentences.</summary>
public sealed class DependencyModalityScopeTests
{
    private static Document Parsed(string text, params (int Head, L Label)[] arcs)
    {
        var document = TestDocuments.Segmented(text);
        Assert.Equal(arcs.Length, document.Tokens.Length);
        for (var i = 0; i < arcs.Length; i++)
        {
            document.Tokens[i].Head = arcs[i].Head;
            document.Tokens[i].Dependency = arcs[i].Label;
        }

        return document;
    }

    private static Modality ModalityOf(Document document, string trigger, IModalityScope scope)
    {
        var sentence = document.Sentences[0].Tokens;
        var match = EventLexicon.Default.Match(document, document.Sentences[0]).First(m => document.TextOf(m.Head).SequenceEqual(trigger));
        var cues = new List<ModalityCueMatch>();
        ModalityLexicon.Default.FindCues(document, sentence, cues);
        return ModalityLexicon.Default.Assess(document, sentence, cues, match.Tokens, match.Head, match.Entry.Kind, scope).Modality;
    }

    [Fact]
    public void A_feared_event_is_hypothetical_through_the_complement_and_the_modal()
    {
        // Given: Washington fears China might arm Russia .
        var document = Parsed("Washington fears China might arm Russia.",
            (1, L.Nsubj), (-1, L.Root), (4, L.Nsubj), (4, L.Aux), (1, L.Ccomp), (4, L.Obj), (1, L.Punct));

        // When / Then
        Assert.Equal(Modality.Hypothetical, ModalityOf(document, "arm", new DependencyModalityScope()));
    }

    [Fact]
    public void A_condition_covers_its_own_clause_and_not_the_main_one()
    {
        // Given: If Russia attacks , NATO will deploy troops .
        var document = Parsed("If Russia attacks, NATO will deploy troops.",
            (2, L.Mark), (2, L.Nsubj), (6, L.Advcl), (6, L.Punct), (6, L.Nsubj), (6, L.Aux), (-1, L.Root), (6, L.Obj), (6, L.Punct));
        var scope = new DependencyModalityScope();

        // When / Then
        Assert.Equal(Modality.Hypothetical, ModalityOf(document, "attacks", scope));
        Assert.Equal(Modality.Planned, ModalityOf(document, "deploy", scope));
    }

    [Fact]
    public void A_denial_reaches_past_a_relative_clause_where_the_word_window_stops()
    {
        // Given: Moscow denied that its troops , which were stationed nearby , shelled the town .
        var document = Parsed("Moscow denied that its troops, which were stationed nearby, shelled the town.",
            (1, L.Nsubj), (-1, L.Root), (11, L.Mark), (4, L.NmodPoss), (11, L.Nsubj), (8, L.Punct), (8, L.NsubjPass), (8, L.AuxPass),
            (4, L.AclRelcl), (8, L.Advmod), (8, L.Punct), (1, L.Ccomp), (13, L.Det), (11, L.Obj), (1, L.Punct));

        // When / Then
        Assert.Equal(Modality.Negated, ModalityOf(document, "shelled", new DependencyModalityScope()));
        Assert.Equal(Modality.Asserted, ModalityOf(document, "shelled", new WordWindowModalityScope()));
    }

    [Fact]
    public void A_cue_inside_a_relative_clause_does_not_reach_the_main_verb()
    {
        // Given: Officials who fear an attack met Xi .
        var document = Parsed("Officials who fear an attack met Xi.",
            (5, L.Nsubj), (2, L.Nsubj), (0, L.AclRelcl), (4, L.Det), (2, L.Obj), (-1, L.Root), (5, L.Obj), (5, L.Punct));
        var scope = new DependencyModalityScope();

        // When / Then
        Assert.Equal(Modality.Asserted, ModalityOf(document, "met", scope));
        Assert.Equal(Modality.Hypothetical, ModalityOf(document, "attack", scope));
        Assert.Equal(Modality.Hypothetical, ModalityOf(document, "met", new WordWindowModalityScope()));
    }

    [Fact]
    public void A_predicate_after_its_subject_event_qualifies_it()
    {
        // Given: The visit was cancelled .   /   China arming Russia could lead to war .
        var cancelled = Parsed("The visit was cancelled.", (1, L.Det), (3, L.NsubjPass), (3, L.AuxPass), (-1, L.Root), (3, L.Punct));
        var arming = Parsed("China arming Russia could lead to war.",
            (1, L.Nsubj), (4, L.Csubj), (1, L.Obj), (4, L.Aux), (-1, L.Root), (6, L.Case), (4, L.Obl), (4, L.Punct));
        var scope = new DependencyModalityScope();

        // When / Then
        Assert.Equal(Modality.Negated, ModalityOf(cancelled, "visit", scope));
        Assert.Equal(Modality.Hypothetical, ModalityOf(arming, "arming", scope));
    }

    [Fact]
    public void Shared_auxiliaries_reach_the_second_conjunct()
    {
        // Given: Leaders will meet and sign a deal .
        var document = Parsed("Leaders will meet and sign a deal.",
            (2, L.Nsubj), (2, L.Aux), (-1, L.Root), (4, L.Cc), (2, L.Conj), (6, L.Det), (4, L.Obj), (2, L.Punct));

        // When / Then
        Assert.Equal(Modality.Planned, ModalityOf(document, "sign", new DependencyModalityScope()));
    }

    [Fact]
    public void An_unparsed_sentence_falls_back_to_the_word_window()
    {
        var document = TestDocuments.Segmented("Xi will visit Moscow next week.");

        Assert.Equal(Modality.Planned, ModalityOf(document, "visit", new DependencyModalityScope()));
    }
}
