using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class NerModelTests
{
    private static NerModel TrainOnHandful() => new NerTrainer(new NerTrainingOptions(Epochs: 15, MinFeatureCount: 1, PruneBelow: 0f)).Train(NerTestData.Handful());

    private static List<EntityMention> Recognise(NerModel model, Document document)
    {
        new EntityRecognizer(model).Process(document);
        return [.. document.Mentions];
    }

    private static List<EntityMention> Gold(NerExample example)
    {
        var mentions = new List<EntityMention>();
        BilouSpans.Collect(example.Document, 0, example.Tags, mentions);
        return mentions;
    }

    [Fact]
    public void It_overfits_a_handful_of_sentences()
    {
        // Given a model trained on four annotated sentences
        var model = TrainOnHandful();

        // When it reads the same sentences again
        // Then it finds exactly the annotated mentions
        foreach (var example in NerTestData.Handful())
        {
            Assert.Equal(Gold(example), Recognise(model, NerTestData.Copy(example)));
        }
    }

    [Fact]
    public void A_saved_and_reloaded_model_labels_the_same()
    {
        // Given a trained model saved to disk and loaded back
        var model = TrainOnHandful();
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var reloaded = NerModel.Load(path);

            // When both label the same texts
            // Then the mentions and token tags agree
            foreach (var example in NerTestData.Handful())
            {
                var first = NerTestData.Copy(example);
                var second = NerTestData.Copy(example);
                Assert.Equal(Recognise(model, first), Recognise(reloaded, second));
                Assert.Equal(first.Tokens.Select(t => t.EntityTag), second.Tokens.Select(t => t.EntityTag));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_keeps_the_feature_set_it_was_trained_with_through_save_and_reload()
    {
        // Given a model trained with feature set 7 (not the default), saved and loaded back
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 15, MinFeatureCount: 1, PruneBelow: 0f, FeatureSet: 7)).Train(NerTestData.Handful());
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-set7-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var reloaded = NerModel.Load(path);

            // When both label the training sentences
            // Then the set is kept and they still find the annotated mentions
            Assert.Equal(7, reloaded.FeatureSet);
            foreach (var example in NerTestData.Handful())
            {
                Assert.Equal(Gold(example), Recognise(reloaded, NerTestData.Copy(example)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Averaging_runs_of_different_shuffles_still_learns_the_sentences()
    {
        // Given a model whose weights average two training runs with different shuffle seeds
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 15, MinFeatureCount: 1, PruneBelow: 0f, Runs: 2)).Train(NerTestData.Handful());

        // When it reads its training sentences again
        // Then it finds exactly the annotated mentions
        foreach (var example in NerTestData.Handful())
        {
            Assert.Equal(Gold(example), Recognise(model, NerTestData.Copy(example)));
        }
    }

    [Fact]
    public void A_stacked_model_survives_save_and_reload()
    {
        // Given a two-stage model trained on a handful of documents, saved and loaded back
        var examples = Enumerable.Range(0, 3).SelectMany(_ => NerTestData.Handful()).ToList();
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 5, MinFeatureCount: 1, PruneBelow: 0f)).TrainStacked(examples, folds: 2);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-stacked-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var reloaded = NerModel.Load(path);

            // When both label the same texts
            // Then the first stage came back and the mentions agree
            Assert.NotNull(reloaded.FirstStage);
            foreach (var example in NerTestData.Handful())
            {
                Assert.Equal(Recognise(model, NerTestData.Copy(example)), Recognise(reloaded, NerTestData.Copy(example)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_stacked_feature_set_8_model_survives_save_and_reload_and_tags_the_acronym()
    {
        // Given a two-stage feature-set-8 model trained on documents that name an organisation and then use its initials
        var examples = Enumerable.Range(0, 3).SelectMany(_ => NerTestData.Handful().Append(NerTestData.Example(
            "Prices rose after the [Quorn Trading Board|ORG] met. Later the [QTB|ORG] said prices would rise."))).ToList();
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 8, MinFeatureCount: 1, PruneBelow: 0f, FeatureSet: 8)).TrainStacked(examples, folds: 2);
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-set8-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);
            var reloaded = NerModel.Load(path);

            // When both read the acronym document again
            var text = examples[^1];
            var mentions = Recognise(reloaded, NerTestData.Copy(text));

            // Then the reloaded model keeps set 8, agrees with the trained one, and finds the acronym as an organisation
            Assert.Equal(8, reloaded.FeatureSet);
            Assert.Equal(Recognise(model, NerTestData.Copy(text)), mentions);
            Assert.Contains(mentions, m => m.Type == EntityType.ORG && text.Document.Text.Substring(m.Characters.Start, m.Characters.Length) == "QTB");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parallel_labelling_equals_one_at_a_time()
    {
        // Given one model and many documents
        var model = TrainOnHandful();
        var recognizer = new EntityRecognizer(model);
        var examples = Enumerable.Range(0, 64).Select(i => NerTestData.Handful()[i % 4]).ToList();
        var sequential = examples.Select(e => Recognise(model, NerTestData.Copy(e))).ToList();

        // When the same documents are labelled in parallel by the shared recogniser
        var documents = examples.Select(NerTestData.Copy).ToArray();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 4 }, d => recognizer.Process(d));

        // Then every document gets the mentions it got alone
        Assert.Equal(sequential, documents.Select(d => d.Mentions.ToList()));
    }

    [Fact]
    public void A_missing_model_file_is_a_model_load_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir", "ner", "model.bin");

        var error = Assert.Throws<ModelLoadException>(() => NerModel.Load(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_corrupt_model_file_is_a_model_load_error_naming_it()
    {
        // Given a file of garbage where the model should be
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-corrupt-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 500).Select(i => (byte)(i * 37))]);
        try
        {
            // When it is loaded
            var error = Assert.Throws<ModelLoadException>(() => NerModel.Load(path));

            // Then the error names it
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_empty_document_and_a_long_sentence_are_labelled_without_error()
    {
        var model = TrainOnHandful();
        var empty = Support.TestDocuments.Segmented("");
        var longText = string.Join(" ", Enumerable.Repeat("Putin met Xi in Moscow and", 400)) + " left.";
        var longDocument = Support.TestDocuments.Segmented(longText);

        Assert.Empty(Recognise(model, empty));
        Assert.NotEmpty(Recognise(model, longDocument));
        Assert.True(longDocument.Sentences.Max(s => s.Tokens.Length) >= 2000);
    }
}
