using Chronicle.Entities;
using Chronicle.Learning;
using Chronicle.Tests.Support;
using Chronicle.Training.Entities;

namespace Chronicle.Tests.Entities;

public sealed class GazetteerTests
{
    private static NameListGazetteer Leaders() => new("test-leaders-v1",
    [
        (["Xi", "Jinping"], 1),
        (["Xi"], 1),
        (["Moscow"], 2),
    ]);

    [Fact]
    public void The_longest_listed_name_is_marked_with_bilou_positions()
    {
        // Given a sentence with a two-token and a one-token listed name
        var document = TestDocuments.Segmented("Xi Jinping landed in Moscow.");
        var marks = new GazetteerMark[document.Tokens.Length];

        // When the gazetteer marks it
        Leaders().Mark(document, document.Sentences[0].Tokens, marks);

        // Then "Xi Jinping" is one match (not "Xi" alone) and "Moscow" a unit
        Assert.Equal(new GazetteerMark(1, BilouPosition.Begin), marks[0]);
        Assert.Equal(new GazetteerMark(1, BilouPosition.Last), marks[1]);
        Assert.True(marks[2].IsEmpty);
        Assert.Equal(new GazetteerMark(2, BilouPosition.Unit), marks[4]);
    }

    [Fact]
    public void A_model_trained_with_a_gazetteer_uses_it_on_unseen_names()
    {
        // Given a model trained on sentences whose persons are all listed (category 1), and a gazetteer that
        // also lists a name the training never saw
        var examples = new[]
        {
            NerTestData.Example("[Anna Berg|PERSON] spoke to reporters."),
            NerTestData.Example("Later [Tom Hale|PERSON] spoke to reporters."),
            NerTestData.Example("Reporters heard [Ole Lund|PERSON] speak."),
            NerTestData.Example("Yesterday reporters were told nothing."),
        };
        var gazetteer = new NameListGazetteer("test-people-v1",
            [(["Anna", "Berg"], 1), (["Tom", "Hale"], 1), (["Ole", "Lund"], 1), (["Zed", "Quorn"], 1)]);
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 10, MinFeatureCount: 1, PruneBelow: 0f), gazetteer: gazetteer).Train(examples);

        // When it reads a sentence with the unseen listed name
        var document = TestDocuments.Segmented("Yesterday Zed Quorn spoke to reporters.");
        new EntityRecognizer(model).Process(document);

        // Then the name is found
        Assert.Contains(document.Mentions, m => document.TextOf(m.Characters).SequenceEqual("Zed Quorn") && m.Type == EntityType.PERSON);
    }

    [Fact]
    public void A_model_loaded_with_another_gazetteer_than_it_was_trained_with_is_refused()
    {
        // Given a model trained with one gazetteer and saved
        var model = new NerTrainer(new NerTrainingOptions(Epochs: 2, MinFeatureCount: 1), gazetteer: Leaders()).Train(NerTestData.Handful());
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-ner-gaz-{Guid.NewGuid():N}.bin");
        try
        {
            model.Save(path);

            // When it is loaded without that gazetteer
            var error = Assert.Throws<ModelLoadException>(() => NerModel.Load(path));

            // Then the error says which gazetteer it needs
            Assert.Contains("test-leaders-v1", error.Message);
            Assert.NotNull(NerModel.Load(path, Leaders()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
