using System.CommandLine;
using Inovasi.Cli.Commands;

var root = new RootCommand("inovasi: Indonesian public-service innovation knowledge base")
{
    AnalyzeCommand.Create(),
    ImportLanCommand.Create(),
    ValidateCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    ShowCommand.Create(),
    StatsCommand.Create(),
    GenerateCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
