using System.Text;
using Spectre.Console.Testing;

namespace Chronicle.Cli.Tests;

/// <summary>Runs the <c>chronicle</c> command tree in-process against buffers instead of the console.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args) => await RunWithInputAsync("", args);

    public static async Task<CliResult> RunWithInputAsync(string standardInput, params string[] args) =>
        await RunAsync(standardInput, RepositoryPath("models"), args);

    /// <summary>Runs with another models folder, as <c>CHRONICLE_MODELS</c> would pick it.</summary>
    public static async Task<CliResult> RunWithModelsAsync(string modelDirectory, params string[] args) =>
        await RunAsync("", modelDirectory, args);

    private static async Task<CliResult> RunAsync(string standardInput, string modelDirectory, string[] args)
    {
        var output = new StringWriter();
        var error = new TestConsole();
        error.Profile.Width = 200;
        var context = new CliContext(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), ModelDirectory: modelDirectory);
        var exitCode = await ChronicleCommand.Create(context).Parse(args).InvokeAsync();
        return new CliResult(exitCode, output.ToString(), error.Output);
    }

    public static string RepositoryPath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Chronicle.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory!.FullName, .. parts]);
    }

    /// <summary>The shared folder beside the repository, or null (the test should then skip).</summary>
    public static string? SharedPath(params string[] parts)
    {
        var shared = RepositoryPath("..", "shared");
        return Directory.Exists(shared) ? Path.GetFullPath(Path.Combine([shared, .. parts])) : null;
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
