using System.CommandLine;
using Inovasi.Cli.Commands;

var root = new RootCommand("inovasi: Indonesian public-service innovation knowledge base")
{
    AnalyzeCommand.Create(),
    ValidateCommand.Create(),
    ImportLanCommand.Create(),
    RecommendCommand.Create(),
    SimilarCommand.Create(),
    TrainCommand.Create(),
    EvaluateCommand.Create(),
    GenerateCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
