using Chronicle.Cleaning;
using Chronicle.Entities;
using Chronicle.Quotes;
using Chronicle.Segmentation;

namespace Chronicle.Pipeline;

/// <summary>
/// The pipeline Chronicle runs by default, in order. Each stage's issue adds its component here;
/// <see cref="PipelineBuilder"/> checks the order.
/// </summary>
public static class StandardPipeline
{
    /// <param name="modelDirectory">Folder holding the trained models (<c>models/</c> of the repository by default).</param>
    public static ArticleAnalyzer CreateAnalyzer(string? modelDirectory = null)
    {
        var models = ModelDirectory.Resolve(modelDirectory);
        var pipeline = new PipelineBuilder()
            .Add(new Segmenter())
            .Add(EntityRecognizer.Load(models))
            .Add(new EntityResolver())
            .Add(new QuoteExtractor())
            .Build();
        return new ArticleAnalyzer(pipeline, new TextCleaner());
    }
}
