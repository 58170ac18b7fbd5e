namespace Inovasi.Search.Writeups;

/// <summary>A write-up violates FORMAT.md; thrown by <see cref="WriteupReader.ParseOrThrow(string, string)"/>.</summary>
/// <remarks>
/// The message lists every error as <c>file:line: field: message</c>, one per line. <see cref="FilePath"/>,
/// <see cref="Line"/> and <see cref="Field"/> locate the first error; <see cref="Errors"/> holds them all.
/// </remarks>
public sealed class WriteupFormatException : Exception
{
    /// <summary>Creates the exception from the errors of one file.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public WriteupFormatException(IReadOnlyList<WriteupDiagnostic> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
        FilePath = errors[0].FilePath;
        Line = errors[0].Line;
        Field = errors[0].Field;
    }

    /// <summary>The file of the first error.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the first error.</summary>
    public int Line { get; }

    /// <summary>The field of the first error, e.g. <c>tahun</c>.</summary>
    public string Field { get; }

    /// <summary>Every error of the file, ordered by line.</summary>
    public IReadOnlyList<WriteupDiagnostic> Errors { get; }

    private static string BuildMessage(IReadOnlyList<WriteupDiagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is needed.", nameof(errors));
        }

        return string.Join('\n', errors);
    }
}
