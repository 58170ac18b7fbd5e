using System.CommandLine;

namespace Inovasi.Cli.Commands;

/// <summary>
/// The <c>--db FILE</c> option every index command takes, defined once: the SQLite file of the index,
/// by default <c>.inovasi/inovasi.db</c> under the current directory.
/// </summary>
internal static class DatabaseOption
{
    /// <summary>The default database, relative to the current directory.</summary>
    public const string DefaultRelativePath = ".inovasi/inovasi.db";

    /// <summary>A new <c>--db</c> option (one instance per command).</summary>
    public static Option<FileInfo> Create() => new("--db")
    {
        Description = $"Berkas basis data indeks (SQLite); bawaan: {DefaultRelativePath} di folder kerja.",
        HelpName = "FILE",
        DefaultValueFactory = _ => new FileInfo(Path.Combine(Environment.CurrentDirectory, DefaultRelativePath)),
    };
}
