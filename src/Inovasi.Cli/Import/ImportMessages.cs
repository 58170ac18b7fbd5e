using System.Globalization;

namespace Inovasi.Cli.Import;

/// <summary>Every message of the importers, in one place; each shows the bad value.</summary>
internal static class ImportMessages
{
    public static string NotJson(string detail) => "not valid JSON: " + detail;

    public static string NotAnObject(string kind) => "expected a JSON object, found " + kind;

    public const string Missing = "missing (required)";

    public const string Empty = "empty (required)";

    public static string NotAString(string raw) => "expected a string, found " + raw;

    public static string NotAnInteger(string raw) => "expected an integer, found " + raw;

    public static string YearOutOfRange(int? year) =>
        string.Create(CultureInfo.InvariantCulture, $"year {year} is outside 1900..2100");

    public static string NotADate(string text) => $"expected yyyy-MM-dd HH:mm:ss, found \"{text}\"";

    public static string DuplicateId(int id, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"duplicate id {id} (first on line {firstLine})");

    public static string DuplicateOutputId(string id) => $"two records convert to the id {id}";

    public static string TooLong(int length, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{length} characters, more than the {max} the write-up allows");

    public const string NoYear = "no tahun_inisiasi, tahun_implementasi or tanggal_inovasi: the write-up needs a year";

    public static string Unresolved(string institution, string why) => $"\"{institution}\": {why}";

    public const string NoOwnerRule = "no rule resolves the owner to a government";

    public const string ProvinceNotInBps = "province not in the BPS list";

    public static string AliasNotInBps(string name) => $"alias target {name} is not in the BPS list";

    public static string CodeDisagrees(int code, string codeRegion, string institution, string region) =>
        string.Create(CultureInfo.InvariantCulture,
            $"kabkota_id {code} ({codeRegion}) disagrees with nama_instansi \"{institution}\"; the name wins: {region}");

    public static string UnknownProvince(string code) => $"unknown province {code}";

    public static string NotKotaOrKabupaten(string name) => $"expected KOTA or KABUPATEN, found \"{name}\"";

    public static string ColumnCount(int expected, int found, string line) =>
        string.Create(CultureInfo.InvariantCulture, $"expected {expected} columns, found {found}: \"{line}\"");

    public static string NotANumber(string text) => $"expected a number, found \"{text}\"";
}
