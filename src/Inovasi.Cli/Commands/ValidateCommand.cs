using System.CommandLine;
using System.Globalization;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi validate DIR|FILE</c>: reads write-ups as FORMAT.md specifies and prints every error and warning
/// as <c>file:line: field: message</c> (warnings with <c>warning: </c> before the message), then a summary.
/// Exits 1 when any file has an error (or the path does not exist), 0 otherwise.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Progress goes to standard error every this many files.</summary>
    private const int ProgressEvery = 5000;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A write-up file, or a folder searched recursively for write-ups." };
        var command = new Command("validate", "Check write-ups against FORMAT.md; print every error and warning as file:line: field: message.")
        {
            path,
        };
        command.SetAction(parse => Run(
            parse.GetValue(path) ?? "",
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string path, TextWriter output, TextWriter error)
    {
        IEnumerable<WriteupReadResult> results;
        if (File.Exists(path))
        {
            results = [WriteupReader.ReadFile(path)];
        }
        else if (Directory.Exists(path))
        {
            results = WriteupReader.ReadDirectory(path);
        }
        else
        {
            error.WriteLine($"{path}: no such file or folder");
            return 1;
        }

        int files = 0, invalid = 0, errors = 0, warnings = 0;
        foreach (var result in results)
        {
            files++;
            foreach (var d in result.Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    errors++;
                    output.WriteLine(d.ToString());
                }
                else
                {
                    warnings++;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.FilePath}:{d.Line}: {d.Field}: warning: {d.Message}"));
                }
            }

            if (!result.IsValid)
            {
                invalid++;
            }

            if (files % ProgressEvery == 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"validate: {files} files read"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files} {Plural(files, "file", "files")}, {files - invalid} valid; {errors} {Plural(errors, "error", "errors")}, {warnings} {Plural(warnings, "warning", "warnings")}"));
        return errors > 0 ? 1 : 0;
    }

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;
}
