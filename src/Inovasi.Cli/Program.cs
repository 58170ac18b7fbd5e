using System.CommandLine;
using Inovasi.Cli.Commands;

var root = new RootCommand("inovasi: Indonesian public-service innovation knowledge base")
{
    AnalyzeCommand.Create(),
    ValidateCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
