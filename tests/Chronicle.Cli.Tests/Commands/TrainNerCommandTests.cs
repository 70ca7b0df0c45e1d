using System.Text.Json;

namespace Chronicle.Cli.Tests.Commands;

public sealed class TrainNerCommandTests
{
    private const string Document = """
        # newdoc id = GUM_test_{0}
        # sent_id = GUM_test_{0}-1
        # text = Maria Lopez visited Madrid.
        1	Maria	Maria	PROPN	NNP	Number=Sing	3	nsubj	_	Entity=(1-person-new-sssss-cf1-1-coref-Maria_Lopez
        2	Lopez	Lopez	PROPN	NNP	Number=Sing	1	flat	_	Entity=1)
        3	visited	visit	VERB	VBD	_	0	root	_	_
        4	Madrid	Madrid	PROPN	NNP	Number=Sing	3	obj	_	Entity=(2-place-new-sssss-cf2-1-coref-Madrid)|SpaceAfter=No
        5	.	.	PUNCT	.	_	3	punct	_	_

        """;

    [Fact]
    public async Task Training_on_a_tiny_corpus_writes_the_model_and_its_metadata()
    {
        // Given a GUM-like folder with three small documents
        var root = Path.Combine(Path.GetTempPath(), $"chronicle-train-ner-{Guid.NewGuid():N}");
        var gum = Directory.CreateDirectory(Path.Combine(root, "data", "gum")).FullName;
        foreach (var name in new[] { "a", "b", "c" })
        {
            await File.WriteAllTextAsync(Path.Combine(gum, $"GUM_test_{name}.conllu"), string.Format(Document, name).Replace("        ", ""));
        }

        try
        {
            // When the NER is trained on it for two epochs
            var output = Path.Combine(root, "models");
            var result = await CliRunner.RunAsync("train-ner", "--data", Path.Combine(root, "data"), "--out", output, "--epochs", "2", "--seed", "3");

            // Then the model and meta.json are written, with the command and seed that rebuild them
            Assert.Equal(0, result.ExitCode);
            Assert.True(File.Exists(Path.Combine(output, "ner", "model.bin")));
            using var meta = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "ner", "meta.json")));
            Assert.Equal(3, meta.RootElement.GetProperty("seed").GetInt32());
            Assert.Contains("--epochs 2 --seed 3", meta.RootElement.GetProperty("training_command").GetString());
            Assert.Contains("epoch 2/2", result.Error);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_data_folder_without_gum_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync("train-ner", "--data", "/nonexistent/ud", "--out", Path.GetTempPath());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/ud/gum", result.Error);
    }
}
