using System.Globalization;

namespace Inovasi.Search.Writeups;

/// <summary>
/// Every diagnostic message of the write-up reader, in one place (NodaTime <c>TextErrorMessages</c>).
/// docs/writeups.md lists them; the tests assert them word for word, so change both together.
/// </summary>
internal static class WriteupMessages
{
    /// <summary>Field name for problems of the file as a whole (encoding, I/O).</summary>
    public const string FileField = "file";

    /// <summary>Field name for problems of the front-matter block itself.</summary>
    public const string FrontMatterField = "front-matter";

    /// <summary>The deepest nesting of YAML lists and maps the reader accepts.</summary>
    public const int MaxNestingDepth = 32;

    public static string CannotRead(string reason) => $"cannot read the file: {reason.ReplaceLineEndings(" ")}";

    public static string NotUtf8(long byteOffset) =>
        Invariant($"the file is not valid UTF-8 (first bad byte at offset {byteOffset}); save it as UTF-8");

    public const string NoOpening =
        "the file must start with a \"---\" line that opens the YAML front matter";

    public const string NoClosing =
        "the front matter opened on line 1 is never closed; add a \"---\" line after the last key";

    public static string InvalidYaml(string detail) => $"invalid YAML: {detail}";

    public static string TooDeep() => Invariant($"lists and maps are nested deeper than {MaxNestingDepth} levels");

    public static string NotAMap(string found) => $"expected \"key: value\" lines, found {found}";

    public static string KeyNotScalar(string found) => $"a key must be a plain word, found {found}";

    public const string AliasNotSupported = "YAML aliases (*name) are not supported; write the value out";

    public static string DuplicateKey(int firstLine) =>
        Invariant($"duplicate key; it was first given on line {firstLine}");

    public static string UnknownKey(string key, string? suggestion) => suggestion is null
        ? $"unknown key \"{Show(key)}\" is kept but not used; see FORMAT.md for the keys"
        : string.Equals(key, suggestion, StringComparison.OrdinalIgnoreCase)
            ? $"unknown key \"{Show(key)}\" is kept but not used; keys are case-sensitive: did you mean \"{suggestion}\"?"
            : $"unknown key \"{Show(key)}\" is kept but not used; did you mean \"{suggestion}\"?";

    public static string MissingKey(string expected) => $"required key is missing; expected {expected}";

    public static string NoValue(string expected) => $"required key has no value; expected {expected}";

    public const string EmptyString = "expected a non-empty string, found an empty value";

    public static string ExpectedString(string found) => $"expected a string, found {found}";

    public static string TooLong(int length, int max) =>
        Invariant($"the value is {length} characters long; the maximum is {max}");

    public static string InvalidSlug(string value) =>
        $"\"{Show(value)}\" is not a valid id; use lower-case letters a-z, digits and single hyphens between them, e.g. \"seraton-disdukcapil-medan\"";

    public static string IdFileMismatch(string id, string fileName) =>
        $"\"{Show(id)}\" does not match the file name \"{Show(fileName)}\"; the id must equal the file name without .md";

    public static string DuplicateId(string id, string otherFile) =>
        $"\"{id}\" is also the id of {otherFile}; ids must be unique";

    public static string ExpectedYear(string found) =>
        $"expected a year (an integer from {MinYearText} to {MaxYearText}), found {found}";

    public static string YearOutOfRange(int year) =>
        Invariant($"{year} is outside the years {MinYearText} to {MaxYearText}");

    public static string YearInFuture(int year, int currentYear) =>
        Invariant($"{year} is in the future (the current year is {currentYear})");

    public static string UnknownCluster(string value) =>
        $"unknown klaster \"{Show(value)}\"; known values: {string.Join(", ", WriteupVocabulary.ClusterOrder)}";

    public static string UnknownElement(string value) =>
        $"unknown unsur_skm code \"{Show(value)}\"; expected one of: persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana";

    public static string UnknownStage(string value) =>
        $"unknown tahap \"{Show(value)}\"; expected inisiatif, uji-coba or penerapan";

    public static string UnknownStatus(string value) =>
        $"unknown status \"{Show(value)}\"; expected berjalan or berhenti";

    public static string ExpectedBoolean(string found) => $"expected true or false, found {found}";

    public static string ExpectedList(string found) => $"expected a list, found {found}";

    public static string ExpectedListForScalar(string value) =>
        $"expected a list, found the single value \"{Show(value)}\"; write it as [{Show(value)}]";

    public const string EmptyItem = "expected a non-empty string, found an empty list item";

    public static string ExpectedReplication(string found) =>
        $"expected a map with opd, pemda and tahun (and optionally nama and status), found {found}";

    public static string UnknownReplicationKey(string key) =>
        $"unknown key \"{Show(key)}\" in a replikasi entry; an entry has opd, pemda, tahun, nama and status";

    public static string InvalidUrl(string value) =>
        $"\"{Show(value)}\" is not an absolute http or https URL";

    public const string SelfOrigin = "asal names this write-up's own id; asal is the id of the write-up this one copies";

    public const int MinYear = 1990;

    public const int MaxYear = 2100;

    private const string MinYearText = "1990";

    private const string MaxYearText = "2100";

    /// <summary>The longest value a message quotes in full; longer values are cut and end in "...".</summary>
    public const int MaxShownLength = 80;

    /// <summary>
    /// A value as a message shows it: on one line (line breaks, tabs and other control characters as escapes such
    /// as <c>\n</c> and <c>\u0007</c>, quotes and backslashes escaped) and at most <see cref="MaxShownLength"/>
    /// characters, so every diagnostic stays one line of output.
    /// </summary>
    public static string Show(string value)
    {
        var sb = new System.Text.StringBuilder(Math.Min(value.Length, MaxShownLength) + 8);
        foreach (var c in value)
        {
            if (sb.Length >= MaxShownLength)
            {
                sb.Append("...");
                break;
            }

            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
