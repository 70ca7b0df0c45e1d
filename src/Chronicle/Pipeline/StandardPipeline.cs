using Chronicle.Cleaning;
using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Learning;
using Chronicle.Parsing;
using Chronicle.Segmentation;
using Chronicle.Tagging;
using ModelFolder = Chronicle.Learning.ModelDirectory;

namespace Chronicle.Pipeline;

/// <summary>
/// The pipeline Chronicle runs by default, in order. Each stage's issue adds its component here;
/// <see cref="PipelineBuilder"/> checks the order.
/// </summary>
public static class StandardPipeline
{
    /// <param name="modelDirectory">Folder holding the trained models (<c>models/</c> of the repository by default, see <see cref="ModelFolder"/>).</param>
    /// <exception cref="ModelLoadException">A model is missing or unreadable; the message names the file.</exception>
    public static ArticleAnalyzer CreateAnalyzer(string? modelDirectory = null)
    {
        var models = ModelFolder.Resolve(modelDirectory);
        var pipeline = new PipelineBuilder()
            .Add(new Segmenter())
            .Add(new PosTagger(TaggerModel.Load(ModelFolder.ModelPath(models, TaggerModel.Kind))))
            .Add(new DependencyParser(ParserModel.Load(ModelFolder.ModelPath(models, ParserModel.Kind))))
            .Add(EntityRecognizer.Load(models))
            .Add(new EntityResolver())
            .Add(new EventCoder())
            .Build();
        return new ArticleAnalyzer(pipeline, new TextCleaner());
    }
}
