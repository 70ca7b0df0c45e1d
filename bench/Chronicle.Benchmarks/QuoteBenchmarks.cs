using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>
/// Quote extraction on a segmented, NER-tagged news-like document (80 paragraphs of direct quotes, interrupted
/// quotes, pronoun attributions and indirect speech): tokens per second is <c>TokenCount / mean time</c>.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private readonly QuoteExtractor _extractor = new();
    private Document _document = null!;

    public int TokenCount => _document.Tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        string[] paragraphs =
        [
            "\"That would be an important move. They have things to say to each other,\" Iryna Vereshchuk told the newspaper in an interview published on Tuesday.",
            "Yu Jie, senior research fellow at Chatham House in London, said Xi's entourage does not include any senior members from the army.",
            "\"This may send a clear message that Beijing is unlikely to offer any direct military support,\" she said. \"Pundits have asserted otherwise.\"",
            "Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with \"diplomatic cover\" to commit more crimes, according to officials.",
        ];
        var text = string.Join("\n\n", Enumerable.Range(0, 80).Select(i => paragraphs[i % paragraphs.Length]));
        var ranges = new List<TextRange>();
        for (int start = 0, i = 0; i < 80; i++)
        {
            var length = paragraphs[i % paragraphs.Length].Length;
            ranges.Add(new TextRange(start, start + length));
            start += length + 2;
        }

        _document = new Document(text, new ArticleMetadata("bench"), ranges);
        new Segmenter().Process(_document);
        var modelDirectory = ModelDirectory.Resolve();
        EntityRecognizer.Load(modelDirectory).Process(_document);
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_document).Count;
}
