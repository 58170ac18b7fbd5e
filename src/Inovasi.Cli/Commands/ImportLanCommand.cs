using System.CommandLine;
using Inovasi.Cli.Import;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi import-lan FILE.jsonl --out DIR [--wilayah DIR]</c>: converts the LAN innovation directory into
/// FORMAT.md write-ups (rules in docs/corpus.md).
/// </summary>
internal static class ImportLanCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The directory's records, one JSON object a line (inovasi_lan.jsonl)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write <id>.md files into (created when missing).", Required = true };
        var wilayah = new Option<DirectoryInfo?>("--wilayah") { Description = "BPS region tables (provinces.csv, regencies.csv) to check names and find provinces." };
        var command = new Command("import-lan", "Convert the LAN innovation directory (JSON lines) into write-ups.") { file, output, wilayah };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(output)!, parse.GetValue(wilayah), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(FileInfo file, DirectoryInfo output, DirectoryInfo? wilayah, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var table = wilayah is null ? null : WilayahTable.Load(wilayah.FullName);
            var records = LanJsonlReader.ReadFile(file.FullName);
            var conversions = new LanConverter(table).ConvertAll(records);
            var duplicate = conversions.GroupBy(c => c.Innovation.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                stderr.WriteLine($"{file.FullName}: id: {ImportMessages.DuplicateOutputId(duplicate.Key)}");
                return 1;
            }

            foreach (var c in conversions)
            {
                foreach (var note in c.Notes)
                {
                    stderr.WriteLine($"{file.FullName}:{c.Record.Line}: note: {note}");
                }

                WriteupWriter.WriteFile(c.Innovation, output.FullName);
            }

            stdout.WriteLine($"{conversions.Count} write-ups written to {output.FullName}");
            return 0;
        }
        catch (ImportDataException ex)
        {
            foreach (var d in ex.Diagnostics)
            {
                stderr.WriteLine(d);
            }

            return 1;
        }
        catch (IOException ex)
        {
            stderr.WriteLine(ex.Message);
            return 1;
        }
    }
}
