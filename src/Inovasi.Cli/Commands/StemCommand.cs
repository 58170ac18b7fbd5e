using System.CommandLine;
using Inovasi.Search.Analysis;

namespace Inovasi.Cli.Commands;

/// <summary><c>inovasi stem</c>: reads words from standard input, one a line, and prints <c>word&lt;TAB&gt;stem</c>.</summary>
internal static class StemCommand
{
    public static Command Create()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "derivational (default), inflectional, tala (Tala's rules without the root lexicon) or none.",
            DefaultValueFactory = _ => "derivational",
        };
        mode.AcceptOnlyFromAmong("derivational", "inflectional", "tala", "none");
        var command = new Command("stem", "Read words from standard input, one a line, and print word<TAB>stem for each.") { mode };
        command.SetAction(parse =>
        {
            var stemmer = parse.GetValue(mode) switch
            {
                "inflectional" => IndonesianStemmer.Inflectional,
                "tala" => IndonesianStemmer.TalaOnly,
                "none" => IndonesianStemmer.For(StemmingMode.None),
                _ => IndonesianStemmer.Default,
            };
            return Run(Console.In, Console.Out, stemmer);
        });
        return command;
    }

    internal static int Run(TextReader input, TextWriter output, IndonesianStemmer stemmer)
    {
        while (input.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length == 0)
            {
                continue;
            }

            output.Write(word);
            output.Write('\t');
            output.WriteLine(stemmer.Stem(word));
        }

        return 0;
    }
}
