using BenchmarkDotNet.Attributes;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Pipeline;
using Chronicle.Segmentation;

namespace Chronicle.Benchmarks;

/// <summary>
/// The named-entity recogniser on a segmented news-like document (4,260 tokens): tokens per second is
/// <c>TokenCount / mean time</c>. Loading the committed model is measured apart.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private EntityRecognizer _recognizer = null!;
    private Document _document = null!;
    private string _modelDirectory = "";

    public int TokenCount => _document.Tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        _modelDirectory = ModelDirectory.Find() ?? throw new InvalidOperationException("models/ not found beside Chronicle.slnx.");
        _recognizer = EntityRecognizer.Load(_modelDirectory);
        const string paragraph = "Moscow: Vladimir Putin and his \"dear friend\" Chinese leader Xi Jinping planned more talks on Tuesday after a Kremlin dinner. "
            + "Washington denounced Xi's visit, saying it showed Beijing was providing Moscow with \"diplomatic cover\" to commit more crimes. "
            + "The International Criminal Court issued an arrest warrant on Friday, and Yu Jie of Chatham House in London said the visit mattered.";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 60));
        var paragraphs = new List<TextRange>();
        for (int start = 0, i = 0; i < 60; i++)
        {
            paragraphs.Add(new TextRange(start, start + paragraph.Length));
            start += paragraph.Length + 2;
        }

        _document = new Document(text, new ArticleMetadata("bench"), paragraphs);
        new Segmenter().Process(_document);
    }

    [Benchmark]
    public int Recognise()
    {
        _recognizer.Process(_document);
        return _document.Mentions.Count;
    }

    [Benchmark]
    public int LoadModel() => EntityRecognizer.Load(_modelDirectory).Model.ClassCount;
}
