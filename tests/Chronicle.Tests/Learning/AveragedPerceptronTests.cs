using Chronicle.Learning;
using Chronicle.Training.Learning;

namespace Chronicle.Tests.Learning;

public sealed class AveragedPerceptronTests
{
    private static readonly (string Word, int Label)[] s_examples =
    [
        ("the", 2), ("a", 2), ("an", 2), ("dog", 0), ("cat", 0), ("house", 0), ("runs", 1), ("eats", 1), ("sleeps", 1),
    ];

    [Fact]
    public void It_learns_a_separable_problem_and_the_averaged_model_predicts_it()
    {
        var model = Train();
        Span<float> scores = stackalloc float[3];

        foreach (var (word, label) in s_examples)
        {
            Assert.Equal(label, model.Predict(Features(word), scores));
        }
    }

    [Fact]
    public void A_saved_and_reloaded_model_predicts_the_same()
    {
        var model = Train();
        var archive = new ModelArchive("test", 7, new Dictionary<string, LinearModel> { ["main"] = model }, new Dictionary<string, IReadOnlyList<string>> { ["labels"] = ["NOUN", "VERB", "DET"] });
        using var stream = new MemoryStream();
        archive.Save(stream);
        stream.Position = 0;

        var reloaded = ModelArchive.Load(stream, "memory");

        Assert.Equal(["NOUN", "VERB", "DET"], reloaded.Strings("labels", "memory"));
        Span<float> scores = stackalloc float[3];
        foreach (var (word, label) in s_examples)
        {
            Assert.Equal(label, reloaded.Linear("main", "memory").Predict(Features(word), scores));
        }
    }

    [Fact]
    public void A_corrupt_or_missing_model_file_is_a_clear_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-corrupt-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        try
        {
            var corrupt = Assert.Throws<ModelLoadException>(() => ModelArchive.Load(path, "tagger", 1));
            Assert.Contains(path, corrupt.Message);
            var missing = Assert.Throws<ModelLoadException>(() => ModelArchive.Load(path + ".missing", "tagger", 1));
            Assert.Contains("does not exist", missing.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static LinearModel Train()
    {
        var trainer = new AveragedPerceptronTrainer(3, 16);
        Span<float> scores = stackalloc float[3];
        for (var epoch = 0; epoch < 10; epoch++)
        {
            foreach (var (word, label) in s_examples)
            {
                var features = Features(word);
                trainer.Tick();
                trainer.Score(features, scores);
                var guess = 0;
                for (var c = 1; c < 3; c++)
                {
                    if (scores[c] > scores[guess])
                    {
                        guess = c;
                    }
                }

                trainer.Update(features, label, guess);
            }
        }

        return trainer.ToModel();
    }

    private static ulong[] Features(string word) =>
        [FeatureHash.Of(1, word), FeatureHash.Of(2, word.AsSpan(Math.Max(0, word.Length - 1)))];
}
