namespace Inovasi.Search.Tests.Index.Support;

/// <summary>A fresh temporary folder per test (its own SQLite file and corpus), deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "inovasi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Corpus = System.IO.Path.Combine(Path, "corpus");
        Directory.CreateDirectory(Corpus);
    }

    public string Path { get; }

    /// <summary>A folder for write-up files.</summary>
    public string Corpus { get; }

    /// <summary>The database file of this test.</summary>
    public string Database => System.IO.Path.Combine(Path, "index.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failing test; the OS temp cleaner takes it.
        }
    }
}
