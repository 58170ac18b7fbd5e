namespace Inovasi.Recommend.Surveys;

/// <summary>A raw satisfaction survey (CSV) or a set of element values that does not follow the rules.</summary>
/// <remarks>
/// The message is built from the structured properties: the source, the 1-based row and column (0 when the
/// fault is not tied to one), the column's element code when known, and what is wrong.
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed class SurveyFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The source name (a file name, or a label such as <c>--unsur</c>).</param>
    /// <param name="row">The 1-based row (line) at fault, or 0.</param>
    /// <param name="column">The 1-based column at fault, or 0.</param>
    /// <param name="field">The element code or header of that column, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong, in plain words.</param>
    public SurveyFormatException(string source, int row, int column, string? field, string problem)
        : base(Format(source, row, column, field, problem))
    {
        Source = source;
        Row = row;
        Column = column;
        Field = field;
        Problem = problem;
    }

    /// <summary>The source name given to the parser.</summary>
    public new string Source { get; }

    /// <summary>The 1-based row (line) at fault, or 0 when the fault is not tied to a row.</summary>
    public int Row { get; }

    /// <summary>The 1-based column at fault, or 0 when the fault is not tied to a column.</summary>
    public int Column { get; }

    /// <summary>The element code or header of the column at fault, or <see langword="null"/>.</summary>
    public string? Field { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    private static string Format(string source, int row, int column, string? field, string problem)
    {
        var where = source;
        if (row > 0)
        {
            where += $":{row}";
        }

        if (column > 0)
        {
            where += $": kolom {column}";
        }

        if (field is not null)
        {
            where += $" ({field})";
        }

        return $"{where}: {problem}";
    }
}
