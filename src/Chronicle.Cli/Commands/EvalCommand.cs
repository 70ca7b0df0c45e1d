using System.CommandLine;

namespace Chronicle.Cli.Commands;

/// <summary><c>chronicle eval</c>: scores the pipeline against gold article records, or the segmenter against UD.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Score Chronicle against gold annotations.");
        command.Subcommands.Add(EvalSegmentationCommand.Create(context));
        return command;
    }
}
