using Inovasi.Search.Writeups;

namespace Inovasi.Search;

/// <summary>What <see cref="InnovationIndex.UpdateFromDirectory"/> did.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record IndexUpdateSummary
{
    /// <summary>Write-ups new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Write-ups whose content changed.</summary>
    public int Updated { get; init; }

    /// <summary>Write-ups removed because their file is gone.</summary>
    public int Removed { get; init; }

    /// <summary>Write-ups whose content hash was unchanged.</summary>
    public int Unchanged { get; init; }

    /// <summary>Files that were not indexed, each with its diagnostics (file, line, field).</summary>
    /// <remarks>An invalid file whose id was indexed before keeps its previous version in the index.</remarks>
    public IReadOnlyList<InvalidWriteup> Invalid { get; init; } = [];

    /// <summary>Warnings of the files that were read (unknown keys, unknown klaster values).</summary>
    public IReadOnlyList<WriteupDiagnostic> Warnings { get; init; } = [];

    /// <summary>Whether anything was written to the database.</summary>
    public bool Changed => Added + Updated + Removed > 0;

    /// <summary>Time the update took.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>A file that could not be indexed.</summary>
/// <param name="FilePath">The file.</param>
/// <param name="Errors">Why, each naming file, line and field.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record InvalidWriteup(string FilePath, IReadOnlyList<WriteupDiagnostic> Errors);

/// <summary>The stage an update is in.</summary>
public enum IndexStage
{
    /// <summary>Reading and hashing files.</summary>
    Reading,

    /// <summary>Analyzing changed write-ups.</summary>
    Analyzing,

    /// <summary>Writing the database transaction.</summary>
    Writing,

    /// <summary>Building the in-memory snapshot.</summary>
    Building,
}

/// <summary>Progress of an update, reported to an <see cref="IProgress{T}"/>.</summary>
/// <param name="Stage">What is being done.</param>
/// <param name="Done">Items done in this stage.</param>
/// <param name="Total">Items in this stage (0 when unknown).</param>
/// <remarks><threadsafety>Immutable value.</threadsafety></remarks>
public readonly record struct IndexProgress(IndexStage Stage, int Done, int Total);

/// <summary>Counts, sizes and versions of an index.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record IndexStatistics
{
    /// <summary>Write-ups in the index.</summary>
    public required int Documents { get; init; }

    /// <summary>Distinct indexed terms.</summary>
    public required int Terms { get; init; }

    /// <summary>Postings (term, document) pairs.</summary>
    public required long Postings { get; init; }

    /// <summary>Indexed token positions.</summary>
    public required long Positions { get; init; }

    /// <summary>Size of the database file in bytes (with its write-ahead log).</summary>
    public required long FileBytes { get; init; }

    /// <summary>Total length in UTF-8 bytes of the write-ups' source files when they were indexed.</summary>
    public required long SourceBytes { get; init; }

    /// <summary>The database schema version.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>The analyzer version the terms were made with (see <see cref="Analysis.IndonesianAnalyzer.Version"/>).</summary>
    public required string AnalyzerVersion { get; init; }

    /// <summary>When the index content last changed (UTC), or <see langword="null"/> when never.</summary>
    public DateTimeOffset? LastUpdated { get; init; }
}

/// <summary>The database was written with another schema or analyzer version and the policy is <see cref="IndexVersionPolicy.Refuse"/>.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed class IndexVersionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IndexVersionException()
        : this("", 0, 0, "", "")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public IndexVersionException(string message)
        : base(message)
    {
        DatabasePath = "";
        StoredAnalyzerVersion = "";
        ExpectedAnalyzerVersion = "";
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public IndexVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
        DatabasePath = "";
        StoredAnalyzerVersion = "";
        ExpectedAnalyzerVersion = "";
    }

    /// <summary>Creates the exception from the versions found and expected.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <param name="storedSchemaVersion">Schema version in the file.</param>
    /// <param name="expectedSchemaVersion">Schema version of this library.</param>
    /// <param name="storedAnalyzerVersion">Analyzer version in the file.</param>
    /// <param name="expectedAnalyzerVersion">Analyzer version of this library.</param>
    public IndexVersionException(string databasePath, int storedSchemaVersion, int expectedSchemaVersion, string storedAnalyzerVersion, string expectedAnalyzerVersion)
        : base(IndexMessages.VersionMismatch(databasePath, storedSchemaVersion, expectedSchemaVersion, storedAnalyzerVersion, expectedAnalyzerVersion))
    {
        DatabasePath = databasePath;
        StoredSchemaVersion = storedSchemaVersion;
        ExpectedSchemaVersion = expectedSchemaVersion;
        StoredAnalyzerVersion = storedAnalyzerVersion;
        ExpectedAnalyzerVersion = expectedAnalyzerVersion;
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Schema version in the file.</summary>
    public int StoredSchemaVersion { get; }

    /// <summary>Schema version of this library.</summary>
    public int ExpectedSchemaVersion { get; }

    /// <summary>Analyzer version in the file.</summary>
    public string StoredAnalyzerVersion { get; }

    /// <summary>Analyzer version of this library.</summary>
    public string ExpectedAnalyzerVersion { get; }
}
