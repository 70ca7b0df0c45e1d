using Chronicle.Cleaning;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Quotes;
using Chronicle.Segmentation;
using Chronicle.Tagging;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>
/// The pipeline Chronicle runs by default, in order. Each stage's issue adds its component here;
/// <see cref="PipelineBuilder"/> checks the order.
/// </summary>
public static class StandardPipeline
{
    /// <param name="modelDirectory">Folder holding the trained models (<c>models/</c> of the repository by default, see <see cref="ModelDirectory"/>).</param>
    /// <exception cref="ModelLoadException">A model is missing or unreadable; the message names the file.</exception>
    public static ArticleAnalyzer CreateAnalyzer(string? modelDirectory = null)
    {
        var models = ModelDirectory.Resolve(modelDirectory);
        var pipeline = new PipelineBuilder()
            .Add(new LanguageDetector())
            .Add(new Segmenter())
            .Add(new PosTagger(TaggerModel.Load(ModelDirectory.ModelPath(models, TaggerModel.Kind))))
            .Add(new DependencyParser(ParserModel.Load(ModelDirectory.ModelPath(models, ParserModel.Kind))))
            .Add(EntityRecognizer.Load(models))
            .Add(new TemporalTagger())
            .Add(new EntityResolver())
            .Add(new QuoteExtractor())
            .Add(new EventCoder())
            .Build();
        return new ArticleAnalyzer(pipeline, new TextCleaner());
    }
}
