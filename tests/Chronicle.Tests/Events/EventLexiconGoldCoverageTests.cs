using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Events;
using Chronicle.Segmentation;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

/// <summary>
/// Measures the lexicon on the PLOVER gold development sentences (../shared; skipped without it): how many gold
/// events have a trigger of an acceptable type in their record, and whether the word-window modality of those
/// triggers agrees with the gold modality. Gold is only measured here, never read by the lexicon.
/// </summary>
public sealed class EventLexiconGoldCoverageTests
{
    [Fact]
    public void Most_PLOVER_gold_events_have_a_trigger_of_their_type_and_its_modality()
    {
        // Given
        var path = SharedData.SharedPath("gold", "plover-gsr-dev.jsonl");
        int events = 0, covered = 0, modalityAgrees = 0;

        // When
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var document = new Document(json.RootElement.GetProperty("text").GetString()!, new ArticleMetadata("gold"));
            new Segmenter().Process(document);
            var found = document.Sentences
                .SelectMany(s => EventLexicon.Default.Match(document, s).Select(m => (Match: m, Sentence: s.Tokens)))
                .ToList();
            foreach (var gold in json.RootElement.GetProperty("events").EnumerateArray())
            {
                events++;
                var types = gold.GetProperty("event").EnumerateArray().Select(t => t.GetString()).ToHashSet();
                var hits = found.Where(f => types.Contains(f.Match.Entry.Type.ToString())).ToList();
                if (hits.Count == 0)
                {
                    continue;
                }

                covered++;
                var modality = gold.GetProperty("modality").GetString();
                if (hits.Any(h => ModalityLexicon.Default.Assess(document, h.Sentence, h.Match).Modality.ToString().Equals(modality, StringComparison.OrdinalIgnoreCase)))
                {
                    modalityAgrees++;
                }
            }
        }

        // Then (measured at 75 of 95 covered, 73 of 75 with the gold modality)
        Assert.True(events >= 90, $"only {events} gold events read");
        Assert.True(covered >= 0.75 * events, $"{covered} of {events} gold events have a trigger of their type");
        Assert.True(modalityAgrees >= 0.9 * covered, $"{modalityAgrees} of {covered} covered events get the gold modality");
    }
}
