using System.CommandLine;
using Chronicle.Cli.Commands;

namespace Chronicle.Cli;

/// <summary>Builds the <c>chronicle</c> command tree. Each subcommand lives in its own file under Commands/.</summary>
internal static class ChronicleCommand
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Chronicle: who did what to whom, who said what, when and where — read from the news, with evidence.");
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(TrainNerCommand.Create(context, "train-ner"));
        return root;
    }
}
