using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;

namespace Chronicle.Benchmarks;

/// <summary>Dependency parsing of the tagged seed article (tokens/s = tokens / mean time).</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private DependencyParser _parser = null!;
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        var models = ModelDirectory.Resolve();
        _parser = new DependencyParser(ParserModel.Load(ModelDirectory.ModelPath(models, ParserModel.Kind)));
        _document = NlpBenchmarkText.Segmented();
        new PosTagger(TaggerModel.Load(ModelDirectory.ModelPath(models, TaggerModel.Kind))).Process(_document);
    }

    [Benchmark]
    public int Parse()
    {
        _parser.Process(_document);
        return _document.Tokens.Length;
    }
}
