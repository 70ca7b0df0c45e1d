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
        var root = await WriteGumFolderAsync();

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
    public async Task Train_ner_under_the_train_command_trains_the_same_model_and_records_that_command()
    {
        // Given a GUM-like folder with three small documents
        var root = await WriteGumFolderAsync();

        try
        {
            // When the NER is trained once as "train ner" and once as "train-ner", with the same settings
            var viaTrain = Path.Combine(root, "models-train");
            var viaAlias = Path.Combine(root, "models-alias");
            var first = await CliRunner.RunAsync("train", "ner", "--data", Path.Combine(root, "data"), "--out", viaTrain, "--epochs", "2", "--seed", "3");
            var second = await CliRunner.RunAsync("train-ner", "--data", Path.Combine(root, "data"), "--out", viaAlias, "--epochs", "2", "--seed", "3");

            // Then both succeed with byte-identical models, and meta.json names the command that was run
            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(viaAlias, "ner", "model.bin")), await File.ReadAllBytesAsync(Path.Combine(viaTrain, "ner", "model.bin")));
            using var meta = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(viaTrain, "ner", "meta.json")));
            Assert.StartsWith("chronicle train ner --data", meta.RootElement.GetProperty("training_command").GetString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Several_unlabelled_corpora_are_read_together_and_each_is_named_in_the_metadata()
    {
        // Given a GUM-like folder and two small unlabelled news files, one article of which an evaluation file names
        var root = await WriteGumFolderAsync();

        const string text = "Maria Lopez visited Madrid. Maria Lopez visited Lisbon. Maria Lopez visited Madrid.";
        var first = Path.Combine(root, "wikinews-a.jsonl");
        var second = Path.Combine(root, "bbc-b.jsonl");
        var excluded = Path.Combine(root, "gold.jsonl");
        await File.WriteAllTextAsync(first, $$"""{"title": "One", "text": "{{text}}"}""" + "\n" + $$"""{"title": "Held", "text": "{{text}}"}""" + "\n");
        await File.WriteAllTextAsync(second, $$"""{"title": "Two", "text": "{{text}}"}""" + "\n");
        await File.WriteAllTextAsync(excluded, """{"title": "Held"}""" + "\n");

        try
        {
            // When the NER is trained with both files after one --unlabelled
            var output = Path.Combine(root, "models");
            var result = await CliRunner.RunAsync("train-ner", "--data", Path.Combine(root, "data"), "--out", output, "--epochs", "1",
                "--unlabelled", first, second, "--exclude-titles-from", excluded, "--runs", "2");

            // Then both are read (the held-out article left out), the command names both and the runs, and each has its licence line
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("2 articles", result.Error);
            using var meta = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "ner", "meta.json")));
            Assert.Contains($"--unlabelled {first} {second}", meta.RootElement.GetProperty("training_command").GetString());
            Assert.Contains("--runs 2", meta.RootElement.GetProperty("training_command").GetString());
            var licences = meta.RootElement.GetProperty("data_licences").EnumerateArray().Select(l => l.GetString()!).ToList();
            Assert.Contains(licences, l => l.Contains(first, StringComparison.Ordinal) && l.Contains("CC BY 2.5", StringComparison.Ordinal));
            Assert.Contains(licences, l => l.Contains(second, StringComparison.Ordinal) && l.Contains("research use", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_feature_set_this_build_cannot_extract_is_refused()
    {
        var result = await CliRunner.RunAsync("train-ner", "--data", "/nonexistent/ud", "--out", Path.GetTempPath(), "--feature-set", "5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--feature-set", result.Error);
    }

    [Fact]
    public async Task A_data_folder_without_gum_is_a_clear_error()
    {
        var result = await CliRunner.RunAsync("train-ner", "--data", "/nonexistent/ud", "--out", Path.GetTempPath());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/nonexistent/ud/gum", result.Error);
    }

    [Fact]
    public async Task Training_with_chosen_name_lists_records_the_layered_gazetteer_and_the_model_loads_it_back()
    {
        // Given a GUM-like folder with three small documents
        var root = await WriteGumFolderAsync();

        try
        {
            // When the NER is trained with the actor gazetteer and two of the generic name lists
            var output = Path.Combine(root, "models");
            var result = await CliRunner.RunAsync("train-ner", "--data", Path.Combine(root, "data"), "--out", output, "--epochs", "2",
                "--gazetteer", "actors+lists", "--lists", "given-names.tsv", "places.tsv");

            // Then the command that rebuilds it names the lists, and the saved model finds the same gazetteer by itself
            Assert.Equal(0, result.ExitCode);
            using var meta = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "ner", "meta.json")));
            Assert.Contains("--gazetteer actors+lists --lists given-names.tsv places.tsv", meta.RootElement.GetProperty("training_command").GetString());
            var model = Chronicle.Entities.NerModel.Load(Path.Combine(output, "ner", "model.bin"));
            Assert.Equal("actor-kb-v1+name-lists-v1(given-names,places)", model.Gazetteer!.Name);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("actors", "places.tsv")]
    [InlineData("actors+lists", "rivers.tsv")]
    public async Task Name_lists_without_the_layered_gazetteer_or_unknown_lists_are_refused(string gazetteer, string list)
    {
        // Given --lists with the actor gazetteer alone, or a list that does not exist
        // When train-ner is run
        var result = await CliRunner.RunAsync("train-ner", "--data", "/nonexistent/ud", "--out", "/nonexistent/models", "--gazetteer", gazetteer, "--lists", list);

        // Then it stops with a usage error that says what is wrong
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lists", result.Error);
    }

    /// <summary>A temporary folder whose data/gum holds three one-sentence GUM-like documents; the caller deletes it.</summary>
    private static async Task<string> WriteGumFolderAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"chronicle-train-ner-{Guid.NewGuid():N}");
        var gum = Directory.CreateDirectory(Path.Combine(root, "data", "gum")).FullName;
        foreach (var name in new[] { "a", "b", "c" })
        {
            await File.WriteAllTextAsync(Path.Combine(gum, $"GUM_test_{name}.conllu"), string.Format(Document, name).Replace("        ", ""));
        }

        return root;
    }
}
