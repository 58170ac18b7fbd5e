using System.CommandLine;
using System.Globalization;
using Inovasi.Search;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi index DIR [--db FILE]</c>: brings the index up to date with a folder of write-ups (adds new
/// files, updates changed ones, removes the ones that are gone), with a progress bar on standard error and a
/// summary on standard output.
/// </summary>
/// <remarks>
/// Invalid files are skipped and listed with their diagnostics (file:line: field: message); they do not make
/// the command fail. The exit code is non-zero only when the folder is missing (2) or the index could not be
/// written (1); the update is one transaction, so a failed run leaves the previous index whole.
/// </remarks>
internal static class IndexCommand
{
    private const int MaxWarningsShown = 20;

    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "Folder berisi tulisan inovasi (*.md), dibaca beserta subfoldernya." };
        var db = DatabaseOption.Create();
        var command = new Command("index", "Perbarui indeks dari folder tulisan inovasi: tambah, ubah, hapus.") { directory, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return Task.FromResult(Run(parse.GetRequiredValue(directory), parse.GetRequiredValue(db), output, error, cancellationToken));
        });
        return command;
    }

    private static int Run(DirectoryInfo directory, FileInfo db, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!directory.Exists)
        {
            error.WriteLine($"Folder {directory.FullName} tidak ada.");
            return ExitCodes.Usage;
        }

        IndexUpdateSummary summary;
        try
        {
            using var index = InnovationIndex.Open(db.FullName);
            if (index.OpenNotice is { } notice)
            {
                error.WriteLine(notice);
            }

            using var bar = new ProgressBar(error, Terminal.IsErrorTerminal(error));
            summary = index.UpdateFromDirectory(directory.FullName, bar, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Dibatalkan; indeks tetap seperti sebelumnya.");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException
            or Microsoft.Data.Sqlite.SqliteException or IndexVersionException)
        {
            error.WriteLine($"Indeks {db.FullName} tidak dapat ditulis: {ex.Message}");
            return ExitCodes.Failure;
        }

        WriteSummary(summary, db, output);
        return ExitCodes.Success;
    }

    private static void WriteSummary(IndexUpdateSummary summary, FileInfo db, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c,
            $"Indeks {db.FullName}: {summary.Added} ditambah, {summary.Updated} diubah, {summary.Removed} dihapus, {summary.Unchanged} tetap, {summary.Invalid.Count} tidak valid ({summary.Elapsed.TotalSeconds:0.0} s)."));
        foreach (var invalid in summary.Invalid)
        {
            output.WriteLine($"Tidak valid, dilewati: {invalid.FilePath}");
            foreach (var diagnostic in invalid.Errors)
            {
                output.WriteLine($"  {diagnostic}");
            }
        }

        if (summary.Warnings.Count > 0)
        {
            output.WriteLine(string.Create(c, $"Peringatan ({summary.Warnings.Count}):"));
            foreach (var warning in summary.Warnings.Take(MaxWarningsShown))
            {
                output.WriteLine($"  {warning}");
            }

            if (summary.Warnings.Count > MaxWarningsShown)
            {
                output.WriteLine(string.Create(c, $"  ... {summary.Warnings.Count - MaxWarningsShown} peringatan lainnya"));
            }
        }
    }
}
