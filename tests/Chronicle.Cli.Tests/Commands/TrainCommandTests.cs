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
    public async Task A_non_positive_epoch_count_is_rejected()
    {
        var result = await CliRunner.RunAsync("train", "parser", "--epochs", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--epochs", result.Error);
    }
}
