using Chronicle.Quotes;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Quotes;

public sealed class ReportingLexiconTests
{
    [Fact]
    public void The_shipped_lexicon_knows_the_common_reporting_verbs_and_phrases()
    {
        // Given the embedded lexicon and a sentence with several cues
        var lexicon = ReportingLexicon.Default;
        var document = TestDocuments.Segmented("According to aides, she said it and he told them.");

        // When each token is matched
        var cues = new List<string>();
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            if (lexicon.TryMatch(document, i, document.Tokens.Length, sentenceStart: i == 0, out var cue))
            {
                cues.Add($"{cue.Kind}:{document.TextOf(document.CharRange(new(cue.Start, cue.End)))}");
                i = cue.End - 1;
            }
        }

        // Then "according to" is a source cue and "said", "told" are speech cues
        Assert.Equal(["Source:According to", "Speech:said", "Speech:told"], cues);
    }

    [Fact]
    public void A_capitalised_verb_inside_a_sentence_is_not_a_cue()
    {
        // Given "Secretary of State" (capitalised "State") and a lexicon that lists "state" as a verb
        using var reader = new StringReader("phrase\tkind\nstate\tspeech\n");
        var lexicon = ReportingLexicon.Read(reader, "test.tsv");
        var document = TestDocuments.Segmented("The Secretary of State left.");

        // When "State" is matched
        var matched = lexicon.TryMatch(document, 3, document.Tokens.Length, sentenceStart: false, out _);

        // Then it is no cue
        Assert.False(matched);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_line_number()
    {
        // Given a lexicon with an unknown kind on line 3
        using var reader = new StringReader("phrase\tkind\nsaid\tspeech\nmuttered\tgrumble\n");

        // When it is read
        var error = Assert.Throws<QuoteDataException>(() => ReportingLexicon.Read(reader, "cues.tsv"));

        // Then the message names the file, the line and the problem
        Assert.Contains("cues.tsv line 3", error.Message);
        Assert.Contains("grumble", error.Message);
    }
}
