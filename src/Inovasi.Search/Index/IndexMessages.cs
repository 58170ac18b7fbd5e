using System.Globalization;

namespace Inovasi.Search;

/// <summary>
/// Every message of the index in one place. Query messages are shown to OPD staff, so they are Indonesian and
/// name the position (1-based character) in the query; exceptions are for developers and are English.
/// </summary>
internal static class IndexMessages
{
    public static string QueryTooLong(int max) => F($"Kueri terlalu panjang: hanya {max} karakter pertama yang dipakai.");

    public static string UnclosedParenthesis() => "Kurung buka '(' tidak ditutup; kueri dibaca seolah-olah ditutup di akhir.";

    public static string StrayParenthesis(int at) => F($"Kurung tutup ')' tanpa pasangan di posisi {at + 1} diabaikan.");

    public static string DanglingOr(int at) => F($"OR di posisi {at + 1} tidak berada di antara dua kata; diabaikan.");

    public static string TooManyClauses(int max) => F($"Kueri berisi lebih dari {max} bagian; sisanya diabaikan.");

    public static string TooDeep(int max) => F($"Kurung bersarang lebih dari {max} tingkat; kurung yang lebih dalam diabaikan.");

    public static string EmptyField(string field, int at) => F($"Kolom '{field}:' di posisi {at + 1} tidak berisi nilai; diabaikan.");

    public static string UnknownField(string field, int at) =>
        F($"Kolom '{field}:' di posisi {at + 1} tidak dikenal (yang dikenal: judul, ringkasan, opd, pemda, provinsi, urusan, tag, klaster, unsur, tahap, digital, tahun); dicari sebagai kata biasa.");

    public static string BadYear(string value, int at) =>
        F($"Tahun '{value}' di posisi {at + 1} tidak dapat dibaca; tulis tahun:2019 atau tahun:2017..2020. Filter ini diabaikan.");

    public static string ReversedYears(string value, int at) => F($"Rentang tahun '{value}' di posisi {at + 1} terbalik; dibaca dari tahun terkecil.");

    public static string BadValue(string field, string value, int at, string allowed) =>
        F($"Nilai '{value}' untuk '{field}:' di posisi {at + 1} tidak dikenal (pilihan: {allowed}); filter ini diabaikan.");

    public static string UnclosedQuote(int at) => F($"Tanda kutip di posisi {at + 1} tidak ditutup; frasa dibaca sampai akhir kueri.");

    public static string NothingSearchable() => "Kueri tidak berisi kata yang dapat dicari.";

    public static string OnlyExclusions() => "Kueri hanya berisi pengecualian (-kata); ditampilkan semua inovasi kecuali yang dikecualikan.";

    public static string NegationIgnored() => "Pengecualian (-kata) di dalam OR diabaikan.";

    public static string VersionMismatch(string path, int storedSchema, int expectedSchema, string storedAnalyzer, string expectedAnalyzer) =>
        storedSchema != expectedSchema
            ? F($"The index file {path} has schema version {storedSchema}; this library reads version {expectedSchema}. Delete the file and index the write-ups again, or open it with VersionPolicy = Rebuild.")
            : F($"The index file {path} was analyzed with analyzer version {storedAnalyzer}; this library uses {expectedAnalyzer}. Open it with VersionPolicy = Rebuild to re-analyze the stored write-ups.");

    public static string RebuiltAnalyzer(string storedAnalyzer, string expectedAnalyzer, int documents) =>
        F($"The index was made with analyzer version {storedAnalyzer}; its {documents} write-ups were re-analyzed with version {expectedAnalyzer}.");

    public static string RebuiltSchema(int storedSchema, int expectedSchema) =>
        F($"The index file had schema version {storedSchema}, this library uses {expectedSchema}; it was emptied. Index the write-ups again.");

    public static string NotAnIndex(string path) =>
        F($"The file {path} is an SQLite database but not an Inovasi index (it has no 'meta' table); refusing to change it.");

    public static string DuplicateId(string id, string otherPath) => F($"id '{id}' is also used by {otherPath}; this file is skipped.");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
