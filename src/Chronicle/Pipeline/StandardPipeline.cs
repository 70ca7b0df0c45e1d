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

        // The three models and the knowledge base are independent reads (decompression and hash tables): loading
        // them side by side keeps start-up under a second on two cores. GetResult rethrows a task's own exception,
        // so a bad file still surfaces as the ModelLoadException that names it.
        var tagger = Task.Run(() => TaggerModel.Load(ModelDirectory.ModelPath(models, TaggerModel.Kind)));
        var parser = Task.Run(() => ParserModel.Load(ModelDirectory.ModelPath(models, ParserModel.Kind)));
        var recognizer = Task.Run(() => EntityRecognizer.Load(models));
        var resolver = new EntityResolver();
        var pipeline = new PipelineBuilder()
            .Add(new LanguageDetector())
            .Add(new Segmenter())
            .Add(new PosTagger(tagger.GetAwaiter().GetResult()))
            .Add(new DependencyParser(parser.GetAwaiter().GetResult()))
            .Add(recognizer.GetAwaiter().GetResult())
            .Add(new TemporalTagger())
            .Add(resolver)
            .Add(new QuoteExtractor())
            .Add(new EventCoder())
            .Build();
        return new ArticleAnalyzer(pipeline, new TextCleaner());
    }
}
