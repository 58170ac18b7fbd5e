using System.Globalization;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Surveys;

/// <summary>
/// Computes satisfaction-survey values (SKM, PermenPAN-RB 14/2017) from element values or from a raw survey.
/// </summary>
/// <remarks><threadsafety>Stateless; safe from any thread.</threadsafety></remarks>
public static class Survey
{
    /// <summary>The number of survey elements (unsur), nine.</summary>
    public const int ElementCount = 9;

    /// <summary>The lowest score a respondent can give an element.</summary>
    public const int MinScore = 1;

    /// <summary>The highest score a respondent can give an element.</summary>
    public const int MaxScore = 4;

    /// <summary>Builds a result from known element values; elements left out are unknown.</summary>
    /// <param name="values">Element values, each from 1 to 4.</param>
    /// <param name="sourceName">Names the input in error messages, e.g. <c>--unsur</c>.</param>
    /// <returns>The result; complete (index, score, grade) only when all nine are given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="SurveyFormatException">A value lies outside 1 to 4.</exception>
    public static SurveyResult FromElementValues(IReadOnlyDictionary<ServiceElement, decimal> values, string sourceName = "unsur")
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(sourceName);
        var array = new decimal?[ElementCount];
        foreach (var (element, value) in values)
        {
            if ((uint)element >= ElementCount)
            {
                throw new SurveyFormatException(sourceName, 0, 0, element.ToString(), "unsur tidak dikenal");
            }

            if (value < MinScore || value > MaxScore)
            {
                throw new SurveyFormatException(sourceName, 0, 0, CodeOf(element),
                    string.Create(CultureInfo.InvariantCulture, $"nilai {value} di luar rentang 1 sampai 4"));
            }

            array[(int)element] = value;
        }

        return new SurveyResult(array, 0);
    }

    /// <summary>
    /// Parses element values written as <c>code=value</c> pairs separated by commas, e.g.
    /// <c>waktu=2.1,prosedur=2.4</c> (codes of FORMAT.md, case-insensitive; decimal point <c>.</c>).
    /// </summary>
    /// <param name="text">The pairs.</param>
    /// <param name="sourceName">Names the input in error messages.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SurveyFormatException">A pair is malformed, a code unknown or repeated, or a value outside 1 to 4;
    /// <see cref="SurveyFormatException.Column"/> is the 1-based position of the pair.</exception>
    public static SurveyResult ParseElementValues(string text, string sourceName = "--unsur")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var values = new Dictionary<ServiceElement, decimal>();
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0 && parts.Length == 1)
            {
                break;
            }

            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new SurveyFormatException(sourceName, 0, i + 1, null, $"'{part}' bukan pasangan unsur=nilai");
            }

            var code = part[..eq].Trim();
            if (!TryParseElement(code, out var element))
            {
                throw new SurveyFormatException(sourceName, 0, i + 1, code, $"unsur '{code}' tidak dikenal (pakai {string.Join(", ", Codes)})");
            }

            var raw = part[(eq + 1)..].Trim();
            if (!decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new SurveyFormatException(sourceName, 0, i + 1, code, $"'{raw}' bukan angka");
            }

            if (value < MinScore || value > MaxScore)
            {
                throw new SurveyFormatException(sourceName, 0, i + 1, code, $"nilai {raw} di luar rentang 1 sampai 4");
            }

            if (!values.TryAdd(element, value))
            {
                throw new SurveyFormatException(sourceName, 0, i + 1, code, "unsur disebut dua kali");
            }
        }

        return FromElementValues(values, sourceName);
    }

    /// <summary>
    /// Parses a raw survey: one row per respondent, nine columns scored 1 to 4, separated by commas or
    /// semicolons (whichever the first row uses).
    /// </summary>
    /// <remarks>
    /// The first row may be a header. A header names each column: an element code of FORMAT.md, or <c>U1</c>
    /// to <c>U9</c> (the element order of PermenPAN-RB 14/2017, which is the order of FORMAT.md), case-insensitive;
    /// a column with any other name (e.g. <c>no</c>, <c>responden</c>) is ignored; all nine elements must be
    /// named once. Without a header the row must have exactly nine columns in that order. Blank lines are skipped.
    /// Every score must be a whole number from 1 to 4.
    /// </remarks>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The file name, used in error messages.</param>
    /// <returns>The complete result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SurveyFormatException">The survey is malformed; the exception names the row (line) and column.</exception>
    public static SurveyResult ParseCsv(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var sums = new long[ElementCount];
        var respondents = 0;
        int[]? map = null; // column index -> element index, or -1 for ignored
        string?[]? headers = null;
        var separator = ',';
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (map is null)
            {
                separator = line.Contains(';', StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal) ? ';' : ',';
                var cells = line.Split(separator, StringSplitOptions.TrimEntries);
                if (LooksLikeHeader(cells))
                {
                    (map, headers) = ReadHeader(cells, sourceName, lineNumber);
                    continue;
                }

                if (cells.Length != ElementCount)
                {
                    throw new SurveyFormatException(sourceName, lineNumber, Math.Min(cells.Length, ElementCount) + 1, null,
                        $"baris tanpa judul kolom harus punya tepat {ElementCount} kolom, ditemukan {cells.Length}");
                }

                map = [.. Enumerable.Range(0, ElementCount)];
                headers = [.. Codes];
            }

            var row = line.Split(separator, StringSplitOptions.TrimEntries);
            if (row.Length != map.Length)
            {
                var column = Math.Min(row.Length, map.Length) + 1;
                throw new SurveyFormatException(sourceName, lineNumber, column, column <= headers!.Length ? headers[column - 1] : null,
                    $"diharapkan {map.Length} kolom, ditemukan {row.Length}");
            }

            for (var c = 0; c < row.Length; c++)
            {
                var element = map[c];
                if (element < 0)
                {
                    continue;
                }

                var cell = row[c];
                if (cell.Length == 0)
                {
                    throw new SurveyFormatException(sourceName, lineNumber, c + 1, headers![c], "nilai kosong");
                }

                if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score < MinScore || score > MaxScore)
                {
                    throw new SurveyFormatException(sourceName, lineNumber, c + 1, headers![c], $"'{cell}' bukan skor bulat 1 sampai 4");
                }

                sums[element] += score;
            }

            respondents++;
        }

        if (respondents == 0)
        {
            throw new SurveyFormatException(sourceName, lineNumber, 0, null, "survei tidak berisi satu pun responden");
        }

        var values = new decimal?[ElementCount];
        var total = 0L;
        for (var e = 0; e < ElementCount; e++)
        {
            values[e] = (decimal)sums[e] / respondents;
            total += sums[e];
        }

        return new SurveyResult(values, respondents, (decimal)total / ((long)ElementCount * respondents));
    }

    /// <summary>The grade of a converted score (two decimals), PermenPAN-RB 14/2017.</summary>
    /// <param name="convertedScore">The converted score, 25 to 100.</param>
    /// <returns>A for 88.31 and above, B for 76.61 and above, C for 65.00 and above, D below.</returns>
    public static SurveyGrade GradeOf(decimal convertedScore) => convertedScore switch
    {
        >= 88.31m => SurveyGrade.A,
        >= 76.61m => SurveyGrade.B,
        >= 65.00m => SurveyGrade.C,
        _ => SurveyGrade.D,
    };

    /// <summary>The Indonesian label of a grade: <c>sangat baik</c>, <c>baik</c>, <c>kurang baik</c>, <c>tidak baik</c>.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The label.</returns>
    public static string LabelOf(SurveyGrade grade) => grade switch
    {
        SurveyGrade.A => "sangat baik",
        SurveyGrade.B => "baik",
        SurveyGrade.C => "kurang baik",
        _ => "tidak baik",
    };

    /// <summary>The FORMAT.md code of an element, e.g. <c>waktu</c>.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The code.</returns>
    public static string CodeOf(ServiceElement element) =>
        (uint)element < ElementCount ? Codes[(int)element] : element.ToString();

    /// <summary>The Indonesian name of an element, e.g. <c>Waktu penyelesaian</c>.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The name.</returns>
    public static string NameOf(ServiceElement element) =>
        (uint)element < ElementCount ? Names[(int)element] : element.ToString();

    /// <summary>Reads an element code of FORMAT.md (or <c>U1</c> to <c>U9</c>), case-insensitive.</summary>
    /// <param name="code">The code.</param>
    /// <param name="element">The element when found.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseElement(string? code, out ServiceElement element)
    {
        element = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        code = code.Trim();
        for (var i = 0; i < ElementCount; i++)
        {
            if (string.Equals(code, Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                element = (ServiceElement)i;
                return true;
            }
        }

        if (code.Length == 2 && (code[0] == 'U' || code[0] == 'u') && code[1] is >= '1' and <= '9')
        {
            element = (ServiceElement)(code[1] - '1');
            return true;
        }

        return false;
    }

    private static readonly string[] Codes =
        ["persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana"];

    private static readonly string[] Names =
    [
        "Persyaratan", "Sistem, mekanisme dan prosedur", "Waktu penyelesaian", "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan", "Sarana dan prasarana",
    ];

    private static bool LooksLikeHeader(string[] cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Length > 0 && !int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                && !decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static (int[] Map, string?[] Headers) ReadHeader(string[] cells, string sourceName, int lineNumber)
    {
        var map = new int[cells.Length];
        var seen = new int[ElementCount];
        for (var c = 0; c < cells.Length; c++)
        {
            if (TryParseElement(cells[c], out var element))
            {
                if (seen[(int)element] != 0)
                {
                    throw new SurveyFormatException(sourceName, lineNumber, c + 1, cells[c],
                        $"unsur {CodeOf(element)} sudah ada di kolom {seen[(int)element]}");
                }

                seen[(int)element] = c + 1;
                map[c] = (int)element;
            }
            else
            {
                map[c] = -1;
            }
        }

        for (var e = 0; e < ElementCount; e++)
        {
            if (seen[e] == 0)
            {
                throw new SurveyFormatException(sourceName, lineNumber, 0, Codes[e],
                    $"judul kolom tidak memuat unsur {Codes[e]}");
            }
        }

        return (map, cells);
    }
}
