using System.CommandLine;
using Inovasi.Cli.Commands;

var root = new RootCommand("inovasi: Indonesian public-service innovation knowledge base")
{
    AnalyzeCommand.Create(),
    EvaluateCommand.Create(),
    GenerateCommand.Create(),
    ImportLanCommand.Create(),
    IndexCommand.Create(),
    RecommendCommand.Create(),
    SearchCommand.Create(),
    ShowCommand.Create(),
    SimilarCommand.Create(),
    StatsCommand.Create(),
    StemCommand.Create(),
    TrainCommand.Create(),
    ValidateCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
