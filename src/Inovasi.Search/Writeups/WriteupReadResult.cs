namespace Inovasi.Search.Writeups;

/// <summary>The outcome of reading one write-up: the innovation when the file is valid, and every problem found.</summary>
/// <remarks>
/// <para><see cref="Innovation"/> is <see langword="null"/> exactly when <see cref="Errors"/> is not empty.
/// Warnings never stop a write-up from being read.</para>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// </remarks>
public sealed class WriteupReadResult
{
    /// <summary>Creates a result from the innovation (or <see langword="null"/>) and the diagnostics of one file.</summary>
    /// <param name="filePath">The file, as given to the reader.</param>
    /// <param name="innovation">The innovation; must be <see langword="null"/> when any diagnostic is an error.</param>
    /// <param name="diagnostics">Every error and warning of the file, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="filePath"/> or <paramref name="diagnostics"/> is null.</exception>
    /// <exception cref="ArgumentException">An innovation is given together with errors, or neither is given.</exception>
    public WriteupReadResult(string filePath, Innovation? innovation, IEnumerable<WriteupDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var all = diagnostics.OrderBy(d => d.Line).ThenByDescending(d => d.Severity).ToArray();
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (innovation is not null && errors.Length > 0)
        {
            throw new ArgumentException("A result with errors cannot carry an innovation.", nameof(innovation));
        }

        if (innovation is null && errors.Length == 0)
        {
            throw new ArgumentException("A result without errors must carry the innovation.", nameof(innovation));
        }

        FilePath = filePath;
        Innovation = innovation;
        Diagnostics = Array.AsReadOnly(all);
        Errors = Array.AsReadOnly(errors);
        Warnings = Array.AsReadOnly(all.Where(d => d.Severity == DiagnosticSeverity.Warning).ToArray());
    }

    /// <summary>The file, as given to the reader.</summary>
    public string FilePath { get; }

    /// <summary>The innovation, or <see langword="null"/> when the file has errors.</summary>
    public Innovation? Innovation { get; }

    /// <summary>Every violation of FORMAT.md, ordered by line.</summary>
    public IReadOnlyList<WriteupDiagnostic> Errors { get; }

    /// <summary>Things worth attention that do not stop the file from being read (unknown key, unknown klaster), ordered by line.</summary>
    public IReadOnlyList<WriteupDiagnostic> Warnings { get; }

    /// <summary>Errors and warnings together, ordered by line (errors first on the same line).</summary>
    public IReadOnlyList<WriteupDiagnostic> Diagnostics { get; }

    /// <summary>Whether the file has no errors (it may have warnings).</summary>
    public bool IsValid => Errors.Count == 0;
}
