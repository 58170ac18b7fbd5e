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
        var all = new List<WriteupDiagnostic>(diagnostics);
        SortByLine(all);
        var errors = new List<WriteupDiagnostic>(all.Count);
        var warnings = new List<WriteupDiagnostic>();
        foreach (var d in all)
        {
            (d.Severity == DiagnosticSeverity.Error ? errors : warnings).Add(d);
        }

        if (innovation is not null && errors.Count > 0)
        {
            throw new ArgumentException("A result with errors cannot carry an innovation.", nameof(innovation));
        }

        if (innovation is null && errors.Count == 0)
        {
            throw new ArgumentException("A result without errors must carry the innovation.", nameof(innovation));
        }

        FilePath = filePath;
        Innovation = innovation;
        Diagnostics = all.AsReadOnly();
        Errors = errors.AsReadOnly();
        Warnings = warnings.AsReadOnly();
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

    /// <summary>Stable insertion sort by line, errors before warnings on the same line (lists are short).</summary>
    private static void SortByLine(List<WriteupDiagnostic> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            var item = list[i];
            var j = i - 1;
            while (j >= 0 && Compare(list[j], item) > 0)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = item;
        }
    }

    private static int Compare(WriteupDiagnostic a, WriteupDiagnostic b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : b.Severity.CompareTo(a.Severity);
}
