using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using static Chronicle.Tests.Events.ParsedDocuments;
using L = Chronicle.Documents.DependencyLabel;

namespace Chronicle.Tests.Events;

/// <summary>
/// Parse shapes that two parsers give the same sentence, one of them wrong in a way the event coder reads past: the
/// coder must code the same event from either shape (retraining the parser moves sentences from one to the other).
/// </summary>
public sealed class ParseShapeRepairsTests
{
    private static readonly EventCoder Coder = new(keepOneSided: true);

    // Lima 's envoy , Maria Lopez , rejected Quito 's plan .
    private static Document EnvoyRejected(bool nameAsSecondSubject) =>
        Parsed("Lima's envoy, Maria Lopez, rejected Quito's plan.",
                (2, L.NmodPoss), (0, L.Case), (7, L.Nsubj), (4, L.Punct), nameAsSecondSubject ? (7, L.Nsubj) : (2, L.Appos), (4, L.Flat), (4, L.Punct),
                (-1, L.Root), (10, L.NmodPoss), (8, L.Case), (7, L.Obj), (7, L.Punct))
            .WithEntity("Lima", EntityType.GPE, "PER")
            .WithEntity("Quito", EntityType.GPE, "ECU");

    // Lima strikers blocked the ferry linking Oslo to Quito . — "ferry" parsed as the subject of "linking".
    private static Document StrikersBlocked(L participle)
    {
        var document = Parsed("Lima strikers blocked the ferry linking Oslo to Quito.",
                (1, L.Compound), (2, L.Nsubj), (-1, L.Root), (4, L.Det), (5, L.Nsubj), (2, participle), (5, L.Obj), (8, L.Case), (5, L.Obl), (2, L.Punct))
            .WithEntity("Lima", EntityType.GPE, "PER")
            .WithEntity("Oslo", EntityType.GPE, "NOR")
            .WithEntity("Quito", EntityType.GPE, "ECU");
        document.TagNames = ["NN", "VBG", "VBD"];
        document.Tokens[5].Tag = 1;
        document.Tokens[2].Tag = 2;
        return document;
    }

    [Fact]
    public void A_name_after_a_comma_read_as_a_second_subject_is_the_apposition_of_the_noun_subject()
    {
        // Given: the name parsed as a second subject of "rejected"
        var document = EnvoyRejected(nameAsSecondSubject: true);

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then: it hangs on "envoy" as its apposition, as a correct parse has it; the document is unchanged
        Assert.Equal((2, L.Appos), (view.Head(4), view.Label(4)));
        Assert.Equal((7, L.Nsubj), (view.Head(2), view.Label(2)));
        Assert.Equal(7, document.Tokens[4].Head);
    }

    [Fact]
    public void Two_subjects_with_no_comma_between_them_are_left_as_parsed()
    {
        // Given: Lima envoy Maria Lopez rejected Quito 's plan . — no comma sets the name off
        var document = Parsed("Lima envoy Maria Lopez rejected Quito's plan.",
            (1, L.Compound), (4, L.Nsubj), (4, L.Nsubj), (2, L.Flat), (-1, L.Root), (7, L.NmodPoss), (5, L.Case), (4, L.Obj), (4, L.Punct));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal((4, L.Nsubj), (view.Head(2), view.Label(2)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_envoy_and_her_name_give_the_same_rejection_whichever_way_the_name_is_hung(bool nameAsSecondSubject)
    {
        // Given
        var document = EnvoyRejected(nameAsSecondSubject);

        // When
        Coder.Process(document);

        // Then
        var rejection = Assert.Single(document.Events, e => e.Type == PloverType.REJECT);
        Assert.StartsWith("PER", rejection.SourceActor?.Value);
        Assert.Equal("ECU", rejection.TargetActor?.Value);
    }

    [Fact]
    public void A_list_of_names_split_after_its_first_item_is_joined_on_that_item()
    {
        // Given: Lima sold arms in May to Quito , Oslo , Bogota . — Oslo and Bogota parsed as conjuncts of "May"
        var document = Parsed("Lima sold arms in May to Quito, Oslo, Bogota.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (4, L.Case), (1, L.Obl), (6, L.Case), (4, L.Nmod), (8, L.Punct), (4, L.Conj), (10, L.Punct), (4, L.Conj),
            (1, L.Punct));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal((6, L.Conj), (view.Head(8), view.Label(8)));
        Assert.Equal((6, L.Conj), (view.Head(10), view.Label(10)));
        Assert.Equal((4, L.Nmod), (view.Head(6), view.Label(6)));
    }

    [Fact]
    public void A_conjunct_with_its_own_conjunction_stays_on_its_head()
    {
        // Given: Lima sold arms in May to Quito , and June . — "June" has its own "and"
        var document = Parsed("Lima sold arms in May to Quito, and June.",
            (1, L.Nsubj), (-1, L.Root), (1, L.Obj), (4, L.Case), (1, L.Obl), (6, L.Case), (4, L.Nmod), (9, L.Punct), (9, L.Cc), (4, L.Conj), (1, L.Punct));

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.Equal((4, L.Conj), (view.Head(9), view.Label(9)));
    }

    [Fact]
    public void An_unmarked_participle_whose_subject_follows_the_verb_is_its_open_complement()
    {
        // Given: the participle hung on "blocked" as an adverbial clause
        var document = StrikersBlocked(L.Advcl);

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.True(ParseShapeRepairs.IsObjectPredicate(view, 5));
    }

    [Fact]
    public void An_absolute_participle_clause_set_off_by_a_comma_is_not_an_open_complement()
    {
        // Given: Strikers marched , the police watching them .
        var document = Parsed("Strikers marched, the police watching them.",
            (1, L.Nsubj), (-1, L.Root), (5, L.Punct), (4, L.Det), (5, L.Nsubj), (1, L.Advcl), (5, L.Obj), (1, L.Punct));
        document.TagNames = ["NN", "VBG"];
        document.Tokens[5].Tag = 1;

        // When
        var view = new ParseView(document, document.Sentences[0].Tokens);

        // Then
        Assert.False(ParseShapeRepairs.IsObjectPredicate(view, 5));
    }

    [Theory]
    [InlineData(L.Xcomp)]
    [InlineData(L.Advcl)]
    public void A_blockade_is_aimed_at_the_place_the_participle_names_whichever_way_the_participle_is_hung(L participle)
    {
        // Given
        var document = StrikersBlocked(participle);

        // When
        Coder.Process(document);

        // Then: the blockade is aimed at both ends of the ferry
        var blockades = document.Events.Where(e => e.Trigger is { } t && document.TextOf(t).SequenceEqual("blocked")).ToList();
        Assert.All(blockades, b => Assert.StartsWith("PER", b.SourceActor?.Value));
        Assert.Equal(["ECU", "NOR"], blockades.Select(b => b.TargetActor?.Value).Order());
    }

    // Days after a court accused Lima of fraud , Quito denounced Oslo 's visit .
    private static Document QuitoDenounced(bool accusationAsRoot)
    {
        var document = Parsed("Days after a court accused Lima of fraud, Quito denounced Oslo's visit.",
                accusationAsRoot ? (4, L.Obl) : (10, L.Obl), (4, L.Mark), (3, L.Det), (4, L.Nsubj), accusationAsRoot ? (-1, L.Root) : (0, L.Advcl), (4, L.Obj),
                (7, L.Case), (4, L.Obl), (10, L.Punct), (10, L.Nsubj), accusationAsRoot ? (4, L.Advcl) : (-1, L.Root), (13, L.NmodPoss), (11, L.Case),
                (10, L.Obj), (10, L.Punct))
            .WithEntity("Lima", EntityType.GPE, "PER")
            .WithEntity("Quito", EntityType.GPE, "ECU")
            .WithEntity("Oslo", EntityType.GPE, "NOR");
        document.TagNames = ["NN", "VBD"];
        document.Tokens[4].Tag = 1;
        document.Tokens[10].Tag = 1;
        return document;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_main_clause_demoted_under_an_earlier_accusation_is_asserted_not_alleged(bool accusationAsRoot)
    {
        // Given: "denounced" the root, or (a parser's mistake) a markerless adverbial clause of "accused"
        var document = QuitoDenounced(accusationAsRoot);

        // When
        Coder.Process(document);

        // Then: the denunciation is reported as fact either way
        var denunciation = Assert.Single(document.Events, e => e.Trigger is { } t && document.TextOf(t).SequenceEqual("denounced"));
        Assert.Equal(("ECU", "NOR"), (denunciation.SourceActor?.Value, denunciation.TargetActor?.Value));
        Assert.Equal(Modality.Asserted, denunciation.Modality);
    }
}
