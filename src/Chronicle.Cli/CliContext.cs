using Spectre.Console;

namespace Chronicle.Cli;

/// <summary>Where a command reads and writes: the real console in production, buffers in tests.</summary>
/// <param name="Out">Machine-readable output (JSON, JSONL, CSV).</param>
/// <param name="Error">Progress, tables and messages for a person, on stderr.</param>
/// <param name="In">Standard input, for <c>-</c> arguments.</param>
/// <param name="ModelDirectory">Folder of trained models; null to look beside the executable and in the repository.</param>
internal sealed record CliContext(TextWriter Out, IAnsiConsole Error, Func<Stream> OpenStandardInput, string? ModelDirectory = null)
{
    public static CliContext FromConsole() => new(
        Console.Out,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
        Console.OpenStandardInput);
}
