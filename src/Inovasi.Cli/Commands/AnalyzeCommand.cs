using System.CommandLine;
using Inovasi.Search.Analysis;

namespace Inovasi.Cli.Commands;

/// <summary><c>inovasi analyze "text"</c>: shows tokens, terms and offsets.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to analyze." };
        var command = new Command("analyze", "Show the tokens, stems and offsets of a text.") { text };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text) ?? "";
            foreach (var token in IndonesianAnalyzer.Default.Analyze(input))
            {
                Console.WriteLine($"{token.Position,4}  {token.Start,5}..{token.End,-5}  {input[token.Start..token.End],-24} {token.Term}");
            }

            return 0;
        });
        return command;
    }
}
