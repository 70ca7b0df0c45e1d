using Chronicle.Cli;

var context = CliContext.FromConsole();
return await ChronicleCommand.Create(context).Parse(args).InvokeAsync();
