using System.Diagnostics.CodeAnalysis;
using Inovasi.Search;

namespace Inovasi.Cli.Commands;

/// <summary>Opens the index for the read-only commands (search, show, stats), which never create one.</summary>
internal static class IndexFiles
{
    /// <summary>
    /// Opens <paramref name="db"/> when it exists; otherwise, or when it cannot be read, writes why to
    /// <paramref name="error"/> (with the command that builds it) and returns <see langword="false"/>.
    /// </summary>
    public static bool TryOpenExisting(FileInfo db, TextWriter error, [NotNullWhen(true)] out InnovationIndex? index)
    {
        index = null;
        if (!db.Exists)
        {
            error.WriteLine($"Indeks {db.FullName} belum ada. Buat dulu dengan: inovasi index DIR --db {db.FullName}");
            return false;
        }

        try
        {
            index = InnovationIndex.Open(db.FullName);
            if (index.OpenNotice is { } notice)
            {
                error.WriteLine(notice);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException
            or Microsoft.Data.Sqlite.SqliteException or IndexVersionException)
        {
            error.WriteLine($"Indeks {db.FullName} tidak dapat dibuka: {ex.Message}");
            return false;
        }
    }
}
