using BenchmarkDotNet.Attributes;
using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>
/// Cleaning and segmentation of real news text: 200 Wikinews articles of ../shared/corpora/news (a built-in
/// news-like sample when ../shared is absent). Throughput in MB/s is corpus bytes divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private readonly TextCleaner _cleaner = new();
    private readonly Segmenter _segmenter = new();
    private IReadOnlyList<string> _texts = [];
    private Document[] _cleaned = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = NewsCorpus.Load(null, 200);
        _cleaned = [.. _texts.Select(t =>
        {
            var cleaned = _cleaner.Clean(t, "A title");
            return new Document(cleaned.Body, new ArticleMetadata("bench"), cleaned.Paragraphs);
        })];
    }

    [Benchmark]
    public int CleanAndSegment()
    {
        var tokens = 0;
        foreach (var text in _texts)
        {
            var cleaned = _cleaner.Clean(text, "A title");
            var document = new Document(cleaned.Body, new ArticleMetadata("bench"), cleaned.Paragraphs);
            _segmenter.Process(document);
            tokens += document.Tokens.Length;
        }

        return tokens;
    }

    [Benchmark]
    public int SegmentOnly()
    {
        var tokens = 0;
        foreach (var document in _cleaned)
        {
            _segmenter.Process(document);
            tokens += document.Tokens.Length;
        }

        return tokens;
    }
}
