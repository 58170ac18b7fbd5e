using System.CommandLine;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi show ID [--db FILE]</c>: prints one indexed write-up as FORMAT.md Markdown (front matter and body).
/// Exit code 1 when the id is not in the index.
/// </summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Id tulisan inovasi, mis. seraton-disdukcapil-medan." };
        var db = DatabaseOption.Create();
        var command = new Command("show", "Tampilkan satu tulisan inovasi dari indeks.") { id, db };
        command.SetAction((parse, _) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return Task.FromResult(Run(parse.GetRequiredValue(id), parse.GetRequiredValue(db), output, error));
        });
        return command;
    }

    private static int Run(string id, FileInfo db, TextWriter output, TextWriter error)
    {
        if (!IndexFiles.TryOpenExisting(db, error, out var index))
        {
            return ExitCodes.Failure;
        }

        using (index)
        {
            if (index.Get(id) is not { } innovation)
            {
                error.WriteLine($"Tidak ada inovasi dengan id \"{id}\" di indeks {db.FullName}. Cari id-nya dengan: inovasi search \"kata kunci\"");
                return ExitCodes.Failure;
            }

            output.Write(WriteupWriter.Write(innovation));
        }

        return ExitCodes.Success;
    }
}
