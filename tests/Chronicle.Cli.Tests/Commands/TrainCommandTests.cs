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
    public async Task A_non_positive_epoch_count_is_rejected()
    {
        var result = await CliRunner.RunAsync("train", "parser", "--epochs", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--epochs", result.Error);
    }
}
