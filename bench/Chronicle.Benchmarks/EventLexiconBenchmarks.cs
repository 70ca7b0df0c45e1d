using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Events;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>
/// Event-lexicon and modality-cue matching over a segmented, untagged news-like text (~30 KB, ~500 sentences):
/// the per-document cost the event coder adds before argument finding.
/// </summary>
[MemoryDiagnoser]
public class EventLexiconBenchmarks
{
    private readonly EventLexicon _lexicon = EventLexicon.Default;
    private readonly ModalityLexicon _modality = ModalityLexicon.Default;
    private readonly List<LexiconMatch> _matches = [];
    private readonly List<ModalityCueMatch> _cues = [];
    private readonly List<EventTrigger> _triggers = [];
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        const string paragraph = "Vladimir Putin and Xi Jinping held informal talks in Moscow on Monday after the court issued an arrest warrant. "
            + "Washington denounced the visit and called on Beijing to stop supplying weapons. "
            + "Officials fear China might arm Russia, while Kyiv said it had not been told whether Xi would call Zelenskiy. "
            + "Protesters rallied outside the embassy as troops withdrew from the town, and the minister resigned. "
            + "The weather in the capital was cold and markets were calm.";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 60));
        _document = new Document(text, new ArticleMetadata("bench"));
        new Segmenter().Process(_document);
    }

    [Benchmark]
    public int MatchEvents()
    {
        var count = 0;
        foreach (var sentence in _document.Sentences)
        {
            _matches.Clear();
            _lexicon.Match(_document, sentence.Tokens, _matches);
            EventLexicon.KeepLongest(_matches);
            count += _matches.Count;
        }

        return count;
    }

    [Benchmark]
    public int MatchEventsAndModality()
    {
        var scope = new WordWindowModalityScope();
        var count = 0;
        foreach (var sentence in _document.Sentences)
        {
            _matches.Clear();
            _lexicon.Match(_document, sentence.Tokens, _matches);
            EventLexicon.KeepLongest(_matches);
            if (_matches.Count == 0)
            {
                continue;
            }

            _cues.Clear();
            _modality.FindCues(_document, sentence.Tokens, _cues);
            foreach (var match in _matches)
            {
                var assessment = _modality.Assess(_document, sentence.Tokens, _cues, match.Tokens, match.Head, match.Entry.Kind, scope);
                count += (int)assessment.Modality;
            }
        }

        return count;
    }

    [Benchmark]
    public int FindTriggers()
    {
        var finder = EventTriggerFinder.Default;
        var count = 0;
        foreach (var sentence in _document.Sentences)
        {
            _triggers.Clear();
            finder.Find(_document, sentence.Tokens, _triggers);
            count += _triggers.Count;
        }

        return count;
    }

    [Benchmark]
    public int LoadLexicons()
    {
        using var events = EmbeddedData("lexicon.tsv");
        using var cues = EmbeddedData("modality.tsv");
        return EventLexicon.Load(events, "lexicon.tsv", CameoTable.Default).Entries.Count
            + ModalityLexicon.Load(cues, "modality.tsv").Cues.Count;
    }

    private static StreamReader EmbeddedData(string name) =>
        new(typeof(EventLexicon).Assembly.GetManifestResourceStream("Chronicle.Data.events." + name)!);
}
