namespace Inovasi.Search.Tests.Support;

/// <summary>The shipped corpus <c>data/</c> indexed once into a database in a fresh temp folder, deleted afterwards.</summary>
public sealed class DataIndexFixture : IDisposable
{
    private readonly string _folder;

    public DataIndexFixture()
    {
        _folder = Path.Combine(Path.GetTempPath(), "inovasi-quality-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Index = InnovationIndex.Open(Path.Combine(_folder, "data.db"));
        Summary = Index.UpdateFromDirectory(RepoPaths.Data, null, CancellationToken.None);
    }

    /// <summary>The index of <c>data/</c>.</summary>
    public InnovationIndex Index { get; }

    /// <summary>What indexing <c>data/</c> reported.</summary>
    public IndexUpdateSummary Summary { get; }

    public void Dispose()
    {
        Index.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
