using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Pipeline;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>
/// Entity resolution against the stages before it, on the same 100 news articles (the segmentation corpus, else the
/// built-in sample): <c>SegmentAndRecognise</c> is the NLP core's share that entity resolution needs (segmenter and
/// NER), <c>Resolve</c> is entity resolution alone. The target is Resolve ≤ 20% of the NLP core per article.
/// </summary>
[MemoryDiagnoser]
public class EntityResolutionBenchmarks
{
    private const int Articles = 100;

    private EntityRecognizer _recognizer = null!;
    private EntityResolver _resolver = null!;
    private Segmenter _segmenter = null!;
    private string[] _texts = [];
    private Document[] _recognised = [];

    [GlobalSetup]
    public void Setup()
    {
        var models = ModelDirectory.Find() ?? throw new InvalidOperationException("models/ not found beside Chronicle.slnx.");
        _recognizer = EntityRecognizer.Load(models);
        _resolver = new EntityResolver();
        _segmenter = new Segmenter();
        _texts = [.. NewsCorpus.Load(NewsCorpus.DefaultPath, Articles)];
        _recognised = [.. _texts.Select(text =>
        {
            var document = Segmented(text);
            _recognizer.Process(document);
            return document;
        })];

        // The knowledge base loads once per process; keep its load out of the first measured call.
        _resolver.Resolve(_recognised[0]);
    }

    [Benchmark(Baseline = true)]
    public int SegmentAndRecognise()
    {
        var mentions = 0;
        foreach (var text in _texts)
        {
            var document = Segmented(text);
            _recognizer.Process(document);
            mentions += document.Mentions.Count;
        }

        return mentions;
    }

    [Benchmark]
    public int Resolve()
    {
        var entities = 0;
        foreach (var document in _recognised)
        {
            entities += _resolver.Resolve(document).Count;
        }

        return entities;
    }

    private Document Segmented(string text)
    {
        var document = new Document(text, new ArticleMetadata("bench", Published: new DateOnly(2023, 3, 21)));
        _segmenter.Process(document);
        return document;
    }
}
