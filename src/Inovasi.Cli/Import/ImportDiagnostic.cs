using System.Globalization;

namespace Inovasi.Cli.Import;

/// <summary>One problem in an import source, located by file, line and field.</summary>
/// <param name="FilePath">The source file.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Field">The field (JSON key or CSV column), or <c>line</c> for the whole line.</param>
/// <param name="Message">What is wrong, with the bad value.</param>
internal sealed record ImportDiagnostic(string FilePath, int Line, string Field, string Message)
{
    /// <summary>The diagnostic as <c>file:line: field: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FilePath}:{Line}: {Field}: {Message}");
}

/// <summary>Bad import data: every problem found, each with file, line and field.</summary>
internal sealed class ImportDataException : Exception
{
    public ImportDataException(IReadOnlyList<ImportDiagnostic> diagnostics)
        : base(string.Join('\n', diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public ImportDataException()
        : this([])
    {
    }

    public ImportDataException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public ImportDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>The problems, in file order.</summary>
    public IReadOnlyList<ImportDiagnostic> Diagnostics { get; }
}
