using Chronicle.Documents;
using Chronicle.Ingestion;
using Chronicle.Learning;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Pipeline;

public sealed class StandardPipelineTests
{
    [Fact]
    public void A_models_folder_without_models_is_a_model_load_error_naming_the_file()
    {
        // Given a folder with no trained models
        var folder = Path.Combine(Path.GetTempPath(), $"chronicle-no-models-{Guid.NewGuid():N}");

        // When the standard pipeline is built from it
        var error = Assert.Throws<ModelLoadException>(() => StandardPipeline.CreateAnalyzer(folder));

        // Then the error names the missing tagger file
        Assert.Contains(Path.Combine(folder, "tagger", "model.bin"), error.Message);
    }

    [Fact]
    public void A_missing_parser_beside_a_good_tagger_is_a_model_load_error_naming_the_parser_file()
    {
        // Given a folder holding only the repository's tagger (the models load side by side, so the parser's error
        // must come out as itself, not wrapped in an AggregateException)
        var folder = Path.Combine(Path.GetTempPath(), $"chronicle-tagger-only-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "tagger"));
        try
        {
            var repositoryModels = ModelDirectory.Resolve(null);
            File.Copy(Path.Combine(repositoryModels, "tagger", "model.bin"), Path.Combine(folder, "tagger", "model.bin"));

            // When the standard pipeline is built from it
            var error = Assert.Throws<ModelLoadException>(() => StandardPipeline.CreateAnalyzer(folder));

            // Then the error names the missing parser file
            Assert.Contains(Path.Combine(folder, "parser", "model.bin"), error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_default_pipeline_finds_the_repository_models_and_tags_and_parses()
    {
        // Given the standard pipeline with its default model folder
        var analyzer = StandardPipeline.CreateAnalyzer();

        // When it reads a short article
        var document = analyzer.Read(new ArticleInput("test", Text: "Washington denounced the visit on Tuesday. Officials said it showed support."));

        // Then every token has a tag, and each sentence has exactly one root
        Assert.All(document.Tokens, t => Assert.NotEqual(UniversalPos.None, t.Pos));
        foreach (var sentence in document.Sentences)
        {
            Assert.Single(Enumerable.Range(sentence.Tokens.Start, sentence.Tokens.Length), i => document.Tokens[i].Head < 0);
        }
    }
}
