using System.CommandLine;
using System.Globalization;
using Inovasi.Search.Analysis;

namespace Inovasi.Cli.Commands;

/// <summary><c>inovasi analyze "text"</c>: shows each token's position, offsets, source text, folded word and stem.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to analyze." };
        var noStopwords = new Option<bool>("--keep-stopwords") { Description = "Keep stopwords instead of removing them." };
        var command = new Command("analyze", "Show the tokens, stems and offsets of a text.") { text, noStopwords };
        command.SetAction(parse =>
        {
            var keep = parse.GetValue(noStopwords);
            Run(parse.GetValue(text) ?? "", Console.Out, keep);
            return 0;
        });
        return command;
    }

    internal static void Run(string input, TextWriter output, bool keepStopwords)
    {
        var stemmed = new IndonesianAnalyzerBuilder().WithStopwords(!keepStopwords).Build();
        var folded = new IndonesianAnalyzerBuilder().WithStopwords(!keepStopwords).WithStemming(StemmingMode.None).Build();
        var words = folded.Analyze(input);
        var stems = stemmed.Analyze(input);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"pos",4}  {"offsets",-13} {"text",-24} {"token",-20} stem"));
        for (var i = 0; i < stems.Count; i++)
        {
            var token = stems[i];
            var source = input[token.Start..token.End];
            var offsets = string.Create(CultureInfo.InvariantCulture, $"{token.Start}..{token.End}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{token.Position,4}  {offsets,-13} {source,-24} {words[i].Term,-20} {token.Term}"));
        }
    }
}
