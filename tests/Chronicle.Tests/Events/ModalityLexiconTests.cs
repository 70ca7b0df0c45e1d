using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>
/// Hand-written sentences (not from any gold file) with the modality of one event trigger in each. They pin down
/// the word-window scoping now and are the acceptance set for the parse-based scoping that replaces it.
/// </summary>
public sealed class ModalityLexiconTests
{
    public static TheoryData<string, string, Modality> Sentences { get; } = new()
    {
        // asserted
        { "Putin met Xi in Moscow on Monday.", "met", Modality.Asserted },
        { "Washington denounced the visit on Tuesday.", "denounced", Modality.Asserted },
        { "The court issued a warrant for his arrest.", "issued", Modality.Asserted },
        { "Police arrested dozens of protesters in the capital.", "arrested", Modality.Asserted },
        { "Turkey shelled Kurdish positions overnight.", "shelled", Modality.Asserted },
        { "The two sides signed a trade agreement.", "signed", Modality.Asserted },
        { "Beijing has repeatedly criticised the sanctions.", "criticised", Modality.Asserted },
        { "Rebels released three hostages after talks.", "released", Modality.Asserted },
        { "The minister resigned after the scandal.", "resigned", Modality.Asserted },
        { "Kyiv welcomed the decision.", "welcomed", Modality.Asserted },
        { "Troops withdrew from the town, officials said.", "withdrew", Modality.Asserted },
        { "Hundreds rallied outside the embassy.", "rallied", Modality.Asserted },
        { "Xi's visit ended on Wednesday.", "visit", Modality.Asserted },
        { "China, which has never attacked Taiwan, met US officials.", "met", Modality.Asserted },
        { "Putin met Xi and will visit Beijing next year.", "met", Modality.Asserted },
        { "Russia attacked, but Ukraine did not retreat.", "attacked", Modality.Asserted },
        { "In May Xi visited Moscow.", "visited", Modality.Asserted },
        { "The invasion could escalate the war.", "invasion", Modality.Asserted },
        { "Moscow refused to withdraw its troops.", "refused", Modality.Asserted },

        // planned
        { "Xi will visit Moscow next week.", "visit", Modality.Planned },
        { "The leaders plan to meet in Geneva.", "meet", Modality.Planned },
        { "The envoys are scheduled to meet on Friday.", "meet", Modality.Planned },
        { "Macron is expected to visit Beijing in April.", "visit", Modality.Planned },
        { "The president is set to sign the bill.", "sign", Modality.Planned },
        { "Germany intends to send more tanks.", "send", Modality.Planned },
        { "Finland is due to join the talks.", "talks", Modality.Planned },
        { "The two presidents will hold talks in Beijing.", "hold", Modality.Planned },
        { "Moscow agreed to withdraw its forces.", "withdraw", Modality.Planned },
        { "Officials announced an upcoming summit.", "summit", Modality.Planned },
        { "Lula travels to China later this month.", "travels", Modality.Planned },
        { "The ministers are going to meet in Rome.", "meet", Modality.Planned },
        { "Israel pledged to release more prisoners.", "release", Modality.Planned },
        { "Putin met Xi and will visit Beijing next year.", "visit", Modality.Planned },
        { "Leaders will meet and sign a deal.", "sign", Modality.Planned },
        { "He said that China will arm Russia.", "arm", Modality.Planned },
        { "The planned summit drew protests.", "summit", Modality.Planned },

        // hypothetical
        { "Washington fears China might arm Russia.", "arm", Modality.Hypothetical },
        { "Officials fear that Beijing could supply weapons.", "supply", Modality.Hypothetical },
        { "If Russia attacks, NATO will respond.", "attacks", Modality.Hypothetical },
        { "It is unclear whether Xi will call Zelenskiy.", "call", Modality.Hypothetical },
        { "Kyiv is awaiting confirmation of whether the call will take place.", "call", Modality.Hypothetical },
        { "The EU could impose sanctions.", "impose", Modality.Hypothetical },
        { "Analysts say Moscow is unlikely to invade.", "invade", Modality.Hypothetical },
        { "Investors doubted that the two sides would reach a deal.", "reach", Modality.Hypothetical },
        { "The United States called for China to condemn the invasion.", "condemn", Modality.Hypothetical },
        { "Britain urged Iran to release the sailors.", "release", Modality.Hypothetical },
        { "Zelenskiy called on Xi to visit Kyiv.", "visit", Modality.Hypothetical },
        { "Moscow threatened to sever relations with Tallinn.", "sever", Modality.Hypothetical },
        { "A possible meeting between the leaders was discussed.", "meeting", Modality.Hypothetical },
        { "Brussels is considering new sanctions against Minsk.", "sanctions", Modality.Hypothetical },
        { "The rebels would release the hostages under the plan.", "release", Modality.Hypothetical },
        { "The government may deploy troops to the border.", "deploy", Modality.Hypothetical },
        { "Kyiv wants to hold talks with Moscow.", "hold", Modality.Hypothetical },
        { "Seoul is ready to provide aid.", "provide", Modality.Hypothetical },
        { "The minister should resign, critics said.", "resign", Modality.Hypothetical },
        { "There are fears of an invasion.", "invasion", Modality.Hypothetical },
        { "Observers warned that fighting could resume.", "fighting", Modality.Hypothetical },
        { "Tokyo asked Beijing to release the detained citizens.", "release", Modality.Hypothetical },
        { "Reporters asked whether the president would meet Kim.", "meet", Modality.Hypothetical },
        { "The proposed talks were welcomed by Berlin.", "talks", Modality.Hypothetical },
        { "Russia is trying to seize the town.", "seize", Modality.Hypothetical },
        { "Iran hopes to sign the deal soon.", "sign", Modality.Hypothetical },
        { "Russia might not attack.", "attack", Modality.Hypothetical },
        { "Ankara said it would veto the membership bid.", "veto", Modality.Hypothetical },
        { "Zelenskiy said that China arming Russia could lead to a world war.", "arming", Modality.Hypothetical },
        { "Paris called for a summit between the two sides.", "summit", Modality.Hypothetical },

        // negated
        { "Xi did not call Zelenskiy.", "call", Modality.Negated },
        { "The two leaders never met.", "met", Modality.Negated },
        { "Moscow has denied attacking the convoy.", "attacking", Modality.Negated },
        { "Moscow refused to withdraw its troops.", "withdraw", Modality.Negated },
        { "No talks were held.", "talks", Modality.Negated },
        { "The army failed to capture the city.", "capture", Modality.Negated },
        { "Beijing rejected reports that it had supplied weapons.", "supplied", Modality.Negated },
        { "The visit was cancelled at the last minute.", "visit", Modality.Negated },
        { "China has not condemned the invasion.", "condemned", Modality.Negated },
        { "Police didn't arrest anyone.", "arrest", Modality.Negated },
        { "Police didn\u2019t arrest anyone.", "arrest", Modality.Negated },
        { "Turkey won't join the sanctions.", "sanctions", Modality.Negated },
        { "The talks were called off.", "talks", Modality.Negated },
        { "The ministers met without signing an agreement.", "signing", Modality.Negated },
        { "The summit was postponed until next year.", "summit", Modality.Negated },
        { "Officials said the troops will not withdraw.", "withdraw", Modality.Negated },
        { "The two sides could not reach an agreement.", "reach", Modality.Negated },
        { "Moscow denied that its troops shelled the town.", "shelled", Modality.Negated },
        { "Russia attacked, but Ukraine did not retreat.", "retreat", Modality.Negated },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_word_window_gives_each_trigger_its_modality(string sentence, string trigger, Modality expected)
    {
        // Given
        var document = TestDocuments.Segmented(sentence);
        var range = document.Sentences[0].Tokens;
        // Untagged "talks" is both the verb talk and the noun talks: take the entry spelled like the trigger.
        var matches = EventLexicon.Default.Match(document, document.Sentences[0])
            .Where(m => document.TextOf(m.Head).SequenceEqual(trigger)).ToList();
        var match = matches.Find(m => m.Entry.Words.Contains(trigger)) is { Entry: not null } exact ? exact : matches[0];

        // When
        var assessment = ModalityLexicon.Default.Assess(document, range, match);

        // Then
        Assert.Equal(expected, assessment.Modality);
        Assert.Equal(expected == Modality.Asserted, assessment.Cues.Count == 0);
    }

    [Fact]
    public void The_set_has_at_least_sixty_sentences_covering_every_modality()
    {
        var rows = Sentences.Select(r => (r.Data.Item1, r.Data.Item3)).ToList();

        Assert.True(rows.Count >= 60);
        Assert.All(Enum.GetValues<Modality>(), m => Assert.True(rows.Count(r => r.Item2 == m) >= 10, $"{m} has fewer than 10 sentences"));
    }

    [Fact]
    public void The_cues_that_decided_are_reported_with_their_tokens()
    {
        // Given
        var document = TestDocuments.Segmented("Washington fears China might arm Russia.");
        var match = EventLexicon.Default.Match(document, document.Sentences[0]).Single(m => m.Entry.Phrase == "arm");

        // When
        var assessment = ModalityLexicon.Default.Assess(document, document.Sentences[0].Tokens, match);

        // Then
        var phrases = assessment.Cues.Select(c => c.Cue.Phrase).Order().ToList();
        Assert.Equal(["fear", "might"], phrases);
        Assert.All(assessment.Cues, c => Assert.Equal(Modality.Hypothetical, c.Cue.Modality));
    }

    [Theory]
    [InlineData("Norway is willing to send troops.", "send", true)]
    [InlineData("The rebels said they would meet the mediator.", "meet", true)]
    [InlineData("Washington fears China might arm Russia.", "arm", false)]
    [InlineData("Xi did not call Zelenskiy.", "call", false)]
    public void Intention_cues_are_flagged_for_the_AGREE_and_THREATEN_rules(string sentence, string trigger, bool intent)
    {
        // Given
        var document = TestDocuments.Segmented(sentence);
        var match = EventLexicon.Default.Match(document, document.Sentences[0]).First(m => document.TextOf(m.Head).SequenceEqual(trigger));

        // When
        var assessment = ModalityLexicon.Default.Assess(document, document.Sentences[0].Tokens, match);

        // Then
        Assert.Equal(intent, assessment.ExpressesIntent);
    }

    [Fact]
    public void A_longer_cue_hides_the_cues_inside_it()
    {
        // Given
        var document = TestDocuments.Segmented("They could not agree.");
        var cues = new List<ModalityCueMatch>();

        // When
        ModalityLexicon.Default.FindCues(document, document.Sentences[0].Tokens, cues);

        // Then
        var cue = Assert.Single(cues);
        Assert.Equal("could not", cue.Cue.Phrase);
        Assert.Equal(Modality.Negated, cue.Cue.Modality);
    }

    [Fact]
    public void A_scope_implementation_decides_which_cues_apply()
    {
        // Given: a scope that lets nothing through, as a parse would for a cue in another clause
        var document = TestDocuments.Segmented("Xi will visit Moscow.");
        var match = EventLexicon.Default.Match(document, document.Sentences[0]).Single(m => m.Entry.Kind == TriggerKind.Verb);
        var cues = new List<ModalityCueMatch>();
        ModalityLexicon.Default.FindCues(document, document.Sentences[0].Tokens, cues);

        // When
        var assessment = ModalityLexicon.Default.Assess(document, document.Sentences[0].Tokens, cues, match.Tokens, match.Head, match.Entry.Kind, new NoScope());

        // Then
        Assert.Single(cues);
        Assert.Equal(Modality.Asserted, assessment.Modality);
    }

    [Theory]
    [InlineData("will\tlikely\tclause\t3\t\t\t\n", "modality")]
    [InlineData("will\tplanned\tsentence\t3\t\t\t\n", "scope")]
    [InlineData("will\tplanned\tclause\tthree\t\t\t\n", "window")]
    [InlineData("will\tplanned\tclause\t3\tMODAL\t\t\n", "Universal POS")]
    [InlineData("will\tplanned\tclause\t3\t\tadjective\t\n", "applies_to")]
    [InlineData("will\tplanned\tclause\t3\t\t\tperhaps\t\n", "intent")]
    [InlineData("might\tplanned\tclause\t3\t\t\t\n", "already defined on line 3")]
    public void A_malformed_cue_row_names_the_file_and_the_line(string row, string problem)
    {
        // Given
        var text = "# cues\ncue\tmodality\tscope\twindow\tpos\tapplies_to\tintent\tnote\nmight\thypothetical\tclause\t3\tAUX\t\t\t\n" + row;

        // When
        var error = Assert.Throws<LexiconFormatException>(() => ModalityLexicon.Load(new StringReader(text), "cues.tsv"));

        // Then
        Assert.Equal("cues.tsv", error.FileName);
        Assert.Equal(4, error.LineNumber);
        Assert.StartsWith("cues.tsv:4: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    private sealed class NoScope : IModalityScope
    {
        public bool Governs(Chronicle.Documents.Document document, Chronicle.Documents.TokenRange sentence, ModalityCueMatch cue, Chronicle.Documents.TokenRange trigger, int triggerHead) => false;
    }
}
