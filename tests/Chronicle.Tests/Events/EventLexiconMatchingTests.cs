using Chronicle.Documents;
using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

public sealed class EventLexiconMatchingTests
{
    private static IReadOnlyList<LexiconMatch> MatchFirstSentence(Document document) =>
        EventLexicon.Default.Match(document, document.Sentences[0]);

    private static string Trigger(Document document, LexiconMatch match) => document.TextOf(document.CharRange(match.Tokens)).ToString();

    [Theory]
    [InlineData("The United States called on China to stop.", "call on", PloverType.REQUEST, "called on")]
    [InlineData("Kyiv cut diplomatic ties with Minsk.", "cut ~ ties", PloverType.SANCTION, "cut diplomatic ties")]
    [InlineData("The court issued an arrest warrant for Putin.", "issue ~ warrant", PloverType.COERCE, "issued an arrest warrant")]
    [InlineData("The two leaders held informal talks.", "hold ~ talks", PloverType.CONSULT, "held informal talks")]
    [InlineData("Washington denounced the visit.", "denounce", PloverType.ACCUSE, "denounced")]
    [InlineData("Paris criticised the plan.", "criticise", PloverType.ACCUSE, "criticised")]
    [InlineData("Ottawa criticized the plan.", "criticize", PloverType.ACCUSE, "criticized")]
    [InlineData("The junta banned the party.", "ban", PloverType.COERCE, "banned")]
    [InlineData("Russia pulled its troops out of the city.", "pull ~ out", PloverType.RETREAT, "pulled its troops out")]
    [InlineData("Rebels ceased fire at dawn.", "cease fire", PloverType.RETREAT, "ceased fire")]
    [InlineData("The army is mobilising reservists.", "mobilise", PloverType.MOBILIZE, "mobilising")]
    [InlineData("Xi met Putin in Moscow.", "meet", PloverType.CONSULT, "met")]
    [InlineData("PUTIN DENOUNCES ICC", "denounce", PloverType.ACCUSE, "DENOUNCES")]
    [InlineData("Seoul threatened Pyongyang with new sanctions.", "threaten ~ sanctions", PloverType.THREATEN, "threatened Pyongyang with new sanctions")]
    [InlineData("Moscow opened a criminal case against the prosecutor.", "open ~ case", PloverType.ACCUSE, "opened a criminal case")]
    [InlineData("Workers went on strike.", "go on strike", PloverType.PROTEST, "went on strike")]
    [InlineData("Protesters took to the streets.", "take to the street", PloverType.PROTEST, "took to the streets")]
    [InlineData("Athens recalled its ambassador.", "recall ~ ambassador", PloverType.SANCTION, "recalled its ambassador")]
    public void Phrases_are_found_through_inflections_particles_and_modifiers(string text, string phrase, PloverType type, string trigger)
    {
        // Given
        var document = TestDocuments.Segmented(text);

        // When
        var matches = MatchFirstSentence(document);

        // Then
        var match = Assert.Single(matches, m => m.Entry.Phrase == phrase);
        Assert.Equal(type, match.Entry.Type);
        Assert.Equal(trigger, Trigger(document, match));
    }

    [Fact]
    public void A_longer_phrase_hides_the_entries_inside_it()
    {
        // Given
        var document = TestDocuments.Segmented("The court issued an arrest warrant and Moscow called on Beijing.");

        // When
        var phrases = MatchFirstSentence(document).Select(m => m.Entry.Phrase).ToList();

        // Then
        Assert.Contains("issue ~ warrant", phrases);
        Assert.Contains("call on", phrases);
        Assert.DoesNotContain("arrest warrant", phrases);
        Assert.DoesNotContain("arrest", phrases);
        Assert.DoesNotContain("warrant", phrases);
        Assert.DoesNotContain("call", phrases);
    }

    [Fact]
    public void A_gap_does_not_run_over_a_conjunction_or_punctuation()
    {
        // Given
        var document = TestDocuments.Segmented("They held elections and talks. They held a vote, then talks.");

        // When
        var first = EventLexicon.Default.Match(document, document.Sentences[0]);
        var second = EventLexicon.Default.Match(document, document.Sentences[1]);

        // Then
        Assert.DoesNotContain(first, m => m.Entry.Phrase == "hold ~ talks");
        Assert.Contains(first, m => m.Entry.Phrase == "talks");
        Assert.DoesNotContain(second, m => m.Entry.Phrase == "hold ~ talks");
    }

    [Fact]
    public void Matches_stay_inside_the_sentence()
    {
        // Given
        var document = TestDocuments.Segmented("They held elections. Talks followed.");

        // When
        var first = EventLexicon.Default.Match(document, document.Sentences[0]);

        // Then
        Assert.DoesNotContain(first, m => m.Entry.Phrase == "hold ~ talks" || m.Entry.Phrase == "talks");
    }

    [Fact]
    public void The_head_of_a_verb_phrase_is_its_verb_and_of_a_noun_phrase_its_noun()
    {
        // Given
        var document = TestDocuments.Segmented("Kyiv cut ties after the arrest warrant.");

        // When
        var matches = MatchFirstSentence(document);

        // Then
        var cut = Assert.Single(matches, m => m.Entry.Phrase == "cut ~ ties");
        Assert.Equal("cut", document.TextOf(cut.Head).ToString());
        var warrant = Assert.Single(matches, m => m.Entry.Phrase == "arrest warrant");
        Assert.Equal("warrant", document.TextOf(warrant.Head).ToString());
    }

    [Fact]
    public void Untagged_strike_is_both_the_noun_and_the_verb_and_tags_decide()
    {
        // Given
        var untagged = TestDocuments.Segmented("Dockers strike.");
        var asNoun = TestDocuments.Segmented("Dockers strike.");
        var asVerb = TestDocuments.Segmented("Dockers strike.");
        asNoun.Tokens[1].Pos = UniversalPos.NOUN;
        asVerb.Tokens[1].Pos = UniversalPos.VERB;

        // When
        var both = MatchFirstSentence(untagged).Select(m => m.Entry.Type).ToList();
        var noun = MatchFirstSentence(asNoun).Select(m => m.Entry.Type).ToList();
        var verb = MatchFirstSentence(asVerb).Select(m => m.Entry.Type).ToList();

        // Then
        Assert.Equal([PloverType.PROTEST, PloverType.ASSAULT], both.Order());
        Assert.Equal([PloverType.PROTEST], noun);
        Assert.Equal([PloverType.ASSAULT], verb);
    }

    [Fact]
    public void A_lemma_set_by_a_tagger_is_matched_even_when_the_form_is_unknown()
    {
        // Given: a form the inflection rules do not produce, lemmatised by a tagger
        var document = TestDocuments.Segmented("Officials parleyed in Geneva.");
        document.Tokens[1].Lemma = document.AddLemma("talk");

        // When
        var matches = MatchFirstSentence(document);

        // Then
        var match = Assert.Single(matches);
        Assert.Equal("talk", match.Entry.Phrase);
        Assert.Equal(PloverType.CONSULT, match.Entry.Type);
    }

    [Fact]
    public void Text_without_event_words_gives_no_matches()
    {
        var document = TestDocuments.Segmented("The weather in Moscow was cold on Tuesday.");

        Assert.Empty(MatchFirstSentence(document));
    }
}
