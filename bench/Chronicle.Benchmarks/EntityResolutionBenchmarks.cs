using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Parsing;
using Chronicle.Pipeline;
using Chronicle.Segmentation;
using Chronicle.Tagging;

namespace Chronicle.Benchmarks;

/// <summary>
/// Entity resolution against the stages before it, on the same 100 news articles (the segmentation corpus, else the
/// built-in sample): <c>NlpCore</c> is the segmenter, tagger, parser and NER of the standard pipeline, <c>Resolve</c>
/// is entity resolution alone on their output. The target is Resolve ≤ 20% of the NLP core per article.
/// </summary>
[MemoryDiagnoser]
public class EntityResolutionBenchmarks
{
    private const int Articles = 100;

    private EntityRecognizer _recognizer = null!;
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;
    private EntityResolver _resolver = null!;
    private Segmenter _segmenter = null!;
    private string[] _texts = [];
    private Document[] _recognised = [];

    [GlobalSetup]
    public void Setup()
    {
        var models = Learning.ModelDirectory.Resolve();
        _recognizer = EntityRecognizer.Load(models);
        _tagger = new PosTagger(TaggerModel.Load(Learning.ModelDirectory.ModelPath(models, TaggerModel.Kind)));
        _parser = new DependencyParser(ParserModel.Load(Learning.ModelDirectory.ModelPath(models, ParserModel.Kind)));
        _resolver = new EntityResolver();
        _segmenter = new Segmenter();
        _texts = [.. NewsCorpus.Load(NewsCorpus.DefaultPath, Articles)];
        _recognised = [.. _texts.Select(Core)];

        // The knowledge base loads once per process; keep its load out of the first measured call.
        _resolver.Resolve(_recognised[0]);
    }

    [Benchmark(Baseline = true)]
    public int NlpCore()
    {
        var mentions = 0;
        foreach (var text in _texts)
        {
            mentions += Core(text).Mentions.Count;
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

    private Document Core(string text)
    {
        var document = new Document(text, new ArticleMetadata("bench", Published: new DateOnly(2023, 3, 21)));
        _segmenter.Process(document);
        _tagger.Process(document);
        _parser.Process(document);
        _recognizer.Process(document);
        return document;
    }
}
