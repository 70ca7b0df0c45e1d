using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;

namespace Chronicle.Benchmarks;

/// <summary>
/// Event coding of the seed article against the NLP core (tagging and parsing) on the same document: the issue's
/// budget is event coding at no more than 15% of the core's time.
/// </summary>
[MemoryDiagnoser]
public class EventCoderBenchmarks
{
    private PosTagger _tagger = null!;
    private DependencyParser _parser = null!;
    private EventCoder _coder = null!;
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var models = ModelDirectory.Resolve();
        _tagger = new PosTagger(TaggerModel.Load(ModelDirectory.ModelPath(models, TaggerModel.Kind)));
        _parser = new DependencyParser(ParserModel.Load(ModelDirectory.ModelPath(models, ParserModel.Kind)));
        _coder = new EventCoder();
        _document = NlpBenchmarkText.Segmented();
        _tagger.Process(_document);
        _parser.Process(_document);
        EntityRecognizer.Load(models).Process(_document);
        new EntityResolver().Process(_document);
    }

    [Benchmark(Baseline = true)]
    public int NlpCore()
    {
        _tagger.Process(_document);
        _parser.Process(_document);
        return _document.Tokens.Length;
    }

    [Benchmark]
    public int CodeEvents()
    {
        _coder.Process(_document);
        return _document.Events.Count;
    }
}
