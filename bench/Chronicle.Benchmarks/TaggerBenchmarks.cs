using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Learning;
using Chronicle.Tagging;

namespace Chronicle.Benchmarks;

/// <summary>POS tagging + lemmatisation of the seed article (tokens/s = <see cref="Tokens"/> / mean time).</summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private PosTagger _tagger = null!;
    private Document _document = null!;

    public int Tokens => _document.Tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        _tagger = new PosTagger(TaggerModel.Load(ModelDirectory.ModelPath(ModelDirectory.Resolve(), TaggerModel.Kind)));
        _document = NlpBenchmarkText.Segmented();
    }

    [Benchmark]
    public int Tag()
    {
        _tagger.Process(_document);
        return _document.Tokens.Length;
    }
}
