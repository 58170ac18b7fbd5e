using System.Globalization;

namespace Inovasi.Search.Writeups;

/// <summary>Whether a diagnostic stops a write-up from being read.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The write-up is read, but something deserves attention (unknown key, unknown klaster).</summary>
    Warning,

    /// <summary>The write-up violates FORMAT.md and is not read.</summary>
    Error,
}

/// <summary>One problem found in a write-up, located by file, line and field.</summary>
/// <param name="FilePath">The file, as given to the reader.</param>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Field">The front-matter key (e.g. <c>tahun</c>, <c>replikasi[2].opd</c>), or <c>body</c>, or <c>front-matter</c>.</param>
/// <param name="Message">What is wrong, with the bad value.</param>
/// <param name="Severity">Error or warning.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record WriteupDiagnostic(string FilePath, int Line, string Field, string Message, DiagnosticSeverity Severity)
{
    /// <summary>The diagnostic as <c>file:line: field: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FilePath}:{Line}: {Field}: {Message}");
}
