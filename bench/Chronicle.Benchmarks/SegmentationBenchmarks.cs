using BenchmarkDotNet.Attributes;
using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>Cleaning and segmentation of a news-like text (the seed article shape, repeated to ~30 KB).</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private readonly TextCleaner _cleaner = new();
    private readonly Segmenter _segmenter = new();
    private string _raw = "";

    [GlobalSetup]
    public void Setup()
    {
        const string paragraph = "Moscow: Vladimir Putin and his \"dear friend\" Chinese leader Xi Jinping planned more talks on Tuesday after a Kremlin dinner. "
            + "Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with \"diplomatic cover\" to commit more crimes; the U.S. said so on Jan. 5.";
        _raw = string.Join("\n\n", Enumerable.Repeat(paragraph, 100));
    }

    [Benchmark]
    public int CleanAndSegment()
    {
        var cleaned = _cleaner.Clean(_raw, "A title");
        var document = new Document(cleaned.Body, new ArticleMetadata("bench"), cleaned.Paragraphs);
        _segmenter.Process(document);
        return document.Tokens.Length;
    }
}
