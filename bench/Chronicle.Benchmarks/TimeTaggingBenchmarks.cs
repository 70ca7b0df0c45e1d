using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Chronicle.Cleaning;
using Chronicle.Documents;
using Chronicle.Segmentation;
using Chronicle.Time;

namespace Chronicle.Benchmarks;

/// <summary>
/// The temporal tagger against the segmenter that must run before it, on two inputs: <c>dense</c>, a news-like text
/// packed with time expressions (~30 KB, about one per 40 characters), and <c>wikinews</c>, the first 50 articles of
/// ../shared/corpora/news/wikinews-2019-2020.jsonl (the dense text stands in when ../shared is absent).
/// The tagger's share of a pipeline is <c>Tag / (CleanAndSegment + Tag + later stages)</c>.
/// </summary>
[MemoryDiagnoser]
public class TimeTaggingBenchmarks
{
    private const string DenseParagraph =
        "Moscow: Vladimir Putin and his \"dear friend\" Chinese leader Xi Jinping met in the Kremlin on Monday and planned more talks on Tuesday. "
        + "Coming just days after an international court issued a warrant on Friday, Washington said on March 20, 2023 that talks scheduled for next week would fail. "
        + "Xi obtained a third term earlier this month; the two held informal talks for nearly 4-1/2 hours and predicted Russians would re-elect him next year. "
        + "Kyiv welcomed the plan when it was unveiled last month, two weeks after the 2022 summit, and officials meet every Monday in the 1990s style.";

    private readonly TextCleaner _cleaner = new();
    private readonly Segmenter _segmenter = new();
    private readonly TemporalTagger _tagger = new();
    private List<(string Text, DateOnly? Published)> _articles = [];
    private List<Document> _segmented = [];

    [Params("dense", "wikinews")]
    public string Input { get; set; } = "dense";

    [GlobalSetup]
    public void Setup()
    {
        _articles = Input == "wikinews" ? LoadWikinews(50) : [];
        if (_articles.Count == 0)
        {
            _articles = [(string.Join("\n\n", Enumerable.Repeat(DenseParagraph, 50)), new DateOnly(2023, 3, 21))];
        }

        _segmented = [.. _articles.Select(a => Segment(a.Text, a.Published))];
    }

    [Benchmark(Baseline = true)]
    public int CleanAndSegment()
    {
        var tokens = 0;
        foreach (var (text, published) in _articles)
        {
            tokens += Segment(text, published).Tokens.Length;
        }

        return tokens;
    }

    [Benchmark]
    public int Tag()
    {
        var found = 0;
        foreach (var document in _segmented)
        {
            found += _tagger.Predict(document).Count;
        }

        return found;
    }

    private Document Segment(string raw, DateOnly? published)
    {
        var cleaned = _cleaner.Clean(raw, null);
        var document = new Document(cleaned.Body, new ArticleMetadata("bench", Published: published), cleaned.Paragraphs);
        _segmenter.Process(document);
        return document;
    }

    private static List<(string, DateOnly?)> LoadWikinews(int count)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "corpora", "news", "wikinews-2019-2020.jsonl");
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        var articles = new List<(string, DateOnly?)>();
        foreach (var line in File.ReadLines(path).Take(count))
        {
            using var json = JsonDocument.Parse(line);
            var record = json.RootElement;
            DateOnly? published = record.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                && DateOnly.TryParse(p.GetString().AsSpan(0, Math.Min(10, p.GetString()!.Length)), out var date) ? date : null;
            articles.Add((record.GetProperty("text").GetString() ?? "", published));
        }

        return articles;
    }
}
