using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Tagging;

namespace Chronicle.Benchmarks;

/// <summary>
/// Dependency parsing of the tagged seed article (tokens/s = tokens / mean time), greedy and with beams of 2 and 4
/// (the committed model is greedy-trained, so the beam rows measure speed, not accuracy).
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private DependencyParser _parser = null!;
    private Document _document = null!;

    [Params(1, 2, 4)]
    public int BeamWidth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var models = ModelDirectory.Resolve();
        _parser = new DependencyParser(ParserModel.Load(ModelDirectory.ModelPath(models, ParserModel.Kind)), BeamWidth);
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
