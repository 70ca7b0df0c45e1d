using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>Every row of the embedded lexicons can match its own phrase once the segmenter has tokenised it.</summary>
public sealed class LexiconSelfMatchTests
{
    // Words around the phrase that no lexicon contains, and a filler for '~' gaps.
    private static string Sentence(string phrase) => "Zed " + phrase.Replace("~", "big", StringComparison.Ordinal) + " qux.";

    [Fact]
    public void Every_event_entry_matches_its_own_phrase()
    {
        var unmatched = new List<string>();
        foreach (var entry in EventLexicon.Default.Entries)
        {
            // Given
            var document = TestDocuments.Segmented(Sentence(entry.Phrase));
            var matches = new List<LexiconMatch>();

            // When
            EventLexicon.Default.Match(document, document.Sentences[0].Tokens, matches);

            // Then
            if (!matches.Exists(m => ReferenceEquals(m.Entry, entry)))
            {
                unmatched.Add($"line {entry.Line}: {entry.Phrase}");
            }
        }

        Assert.Empty(unmatched);
    }

    [Fact]
    public void Every_modality_cue_matches_its_own_phrase()
    {
        var unmatched = new List<string>();
        foreach (var cue in ModalityLexicon.Default.Cues)
        {
            // Given
            var document = TestDocuments.Segmented(Sentence(cue.Phrase));
            var cues = new List<ModalityCueMatch>();

            // When
            ModalityLexicon.Default.FindCues(document, document.Sentences[0].Tokens, cues);

            // Then
            if (!cues.Exists(c => c.Cue.Phrase == cue.Phrase))
            {
                unmatched.Add($"line {cue.Line}: {cue.Phrase}");
            }
        }

        Assert.Empty(unmatched);
    }
}
