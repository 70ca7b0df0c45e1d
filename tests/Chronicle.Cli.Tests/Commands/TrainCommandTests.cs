namespace Chronicle.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task Training_from_a_folder_without_the_UD_corpora_is_a_clear_error()
    {
        // Given a data folder that does not hold ewt/ and gum/
        var missing = Path.Combine(Path.GetTempPath(), $"chronicle-no-ud-{Guid.NewGuid():N}");

        // When the tagger is trained from it
        var result = await CliRunner.RunAsync("train", "tagger", "--data", missing, "--out", Path.GetTempPath());

        // Then the command fails with a message naming the folder
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error);
    }

    [Fact]
    public async Task A_seed_list_and_a_snapshot_folder_are_accepted_by_train_tagger()
    {
        // Given a data folder that does not hold the UD corpora
        var missing = Path.Combine(Path.GetTempPath(), $"chronicle-no-ud-{Guid.NewGuid():N}");

        // When the tagger is trained from it with a seed list and a snapshot folder
        var result = await CliRunner.RunAsync("train", "tagger", "--data", missing, "--out", Path.GetTempPath(), "--seeds", "1", "2", "3",
            "--snapshots", Path.Combine(Path.GetTempPath(), "chronicle-snapshots"));

        // Then the options parse (no usage error) and the run fails only on the missing folder
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error);
    }

    [Fact]
    public async Task Adding_a_relabeller_to_a_models_folder_without_a_parser_is_a_clear_error_naming_the_file()
    {
        // Given UD folders (empty) and a models folder without parser/model.bin
        var data = EmptyUdFolders();
        var output = Path.Combine(Path.GetTempPath(), $"chronicle-no-models-{Guid.NewGuid():N}");

        // When the relabeller is trained for the parser in that folder
        var result = await CliRunner.RunAsync("train", "parser", "--relabel-only", "--data", data, "--out", output, "--relabel-folds", "4", "--seeds", "1", "2", "3");

        // Then the command fails with a message naming the missing parser file
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(output, "parser", "model.bin"), result.Error);
    }

    [Theory]
    [InlineData("--relabel-margin-below", "0")]
    [InlineData("--relabel-margin-below", "8")]
    [InlineData("--relabel-epochs", "0")]
    public async Task An_out_of_range_relabeller_setting_is_rejected_naming_the_option(string option, string value)
    {
        // Given UD folders (empty)
        var data = EmptyUdFolders();

        // When the relabeller is trained with the setting out of range
        var result = await CliRunner.RunAsync("train", "parser", "--relabel-only", "--data", data, "--out", Path.GetTempPath(), option, value);

        // Then the command fails before reading anything, naming the option
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(option, result.Error);
    }

    [Fact]
    public async Task A_non_positive_epoch_count_is_rejected()
    {
        var result = await CliRunner.RunAsync("train", "parser", "--epochs", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--epochs", result.Error);
    }

    private static string EmptyUdFolders()
    {
        var data = Path.Combine(Path.GetTempPath(), $"chronicle-empty-ud-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(data, "ewt"));
        Directory.CreateDirectory(Path.Combine(data, "gum"));
        return data;
    }
}
