using Inovasi.Search.Tests.Fakes;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>
/// One test per kind of bad front matter: the exact <c>file:line: field: message</c> of every diagnostic.
/// The messages are the catalogue in docs/writeups.md; a change here is a change there.
/// </summary>
public sealed class FrontMatterDiagnosticsTests
{
    /// <summary>Lines 2 to 6 of a valid file; tests replace or add lines after them.</summary>
    private const string Valid = "id: x\njudul: Seraton\nopd: Dinas Kependudukan dan Catatan Sipil\npemda: Kota Medan\ntahun: 2019\n";

    private const string Clusters = "kearsipan, layanan-langsung, sarana-prasarana, sistem-informasi, pemberdayaan-masyarakat, pelayanan-kepegawaian, tata-kelola";

    private const string Codes = "persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana";

    private const string SlugHelp = "use lower-case letters a-z, digits and single hyphens between them, e.g. \"seraton-disdukcapil-medan\"";

    private static WriteupReadResult Read(string frontMatter, string file = "x.md") =>
        WriteupReader.Parse("---\n" + frontMatter + "---\n# Judul\n", file, FixedTimeProvider.Mid2026);

    private static string[] Errors(string frontMatter, string file = "x.md")
    {
        var result = Read(frontMatter, file);
        Assert.Null(result.Innovation);
        return result.Errors.Select(d => d.ToString()).ToArray();
    }

    private static string[] Warnings(string frontMatter)
    {
        var result = Read(frontMatter);
        Assert.True(result.IsValid, string.Join('\n', result.Errors));
        Assert.NotNull(result.Innovation);
        return result.Warnings.Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void NoOpeningFence()
    {
        var result = WriteupReader.Parse("id: x\n---\n", "x.md");
        Assert.Equal(["x.md:1: front-matter: the file must start with a \"---\" line that opens the YAML front matter"],
            result.Errors.Select(d => d.ToString()));
    }

    [Fact]
    public void NoClosingFence()
    {
        var result = WriteupReader.Parse("---\n" + Valid + "# Judul\n", "x.md");
        Assert.Equal(["x.md:1: front-matter: the front matter opened on line 1 is never closed; add a \"---\" line after the last key"],
            result.Errors.Select(d => d.ToString()));
    }

    [Fact]
    public void InvalidYaml_ColonInPlainValue_NamesTheKeyAndSuggestsQuotes()
    {
        Assert.Equal(
            ["x.md:3: judul: invalid YAML: While scanning a plain scalar value, found invalid mapping (column 15); put a value that contains \": \" in double quotes, e.g. judul: \"Seraton: lapor kematian\""],
            Errors("id: x\njudul: Seraton: lapor\nopd: A\npemda: B\ntahun: 2019\n"));
    }

    [Fact]
    public void InvalidYaml_UnclosedQuote()
    {
        var errors = Errors(Valid + "ringkasan: \"tanpa tutup\n");
        Assert.Single(errors);
        Assert.StartsWith("x.md:7: ringkasan: invalid YAML: ", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void NotAMap()
    {
        Assert.Equal(["x.md:2: front-matter: expected \"key: value\" lines, found a list"], Errors("- id\n- judul\n"));
    }

    [Fact]
    public void EmptyFrontMatter_ReportsEveryRequiredKey()
    {
        Assert.Equal(
            [
                "x.md:1: id: required key is missing; expected a slug such as \"seraton-disdukcapil-medan\", equal to the file name without .md",
                "x.md:1: judul: required key is missing; expected the innovation's name, e.g. \"Seraton\"",
                "x.md:1: opd: required key is missing; expected the agency that owns it, full name, e.g. \"Dinas Kependudukan dan Catatan Sipil\"",
                "x.md:1: pemda: required key is missing; expected the regional government, e.g. \"Kota Medan\", or \"Pemerintah Pusat\"",
                "x.md:1: tahun: required key is missing; expected the year it started, e.g. 2019",
            ],
            Errors(""));
    }

    [Fact]
    public void RequiredKeyWithoutValue()
    {
        Assert.Equal(
            ["x.md:3: judul: required key has no value; expected the innovation's name, e.g. \"Seraton\""],
            Errors("id: x\njudul:\nopd: A\npemda: B\ntahun: 2019\n"));
    }

    [Fact]
    public void EmptyQuotedString()
    {
        Assert.Equal(["x.md:7: provinsi: expected a non-empty string, found an empty value"], Errors(Valid + "provinsi: \"  \"\n"));
    }

    [Fact]
    public void StringExpected_FoundList()
    {
        Assert.Equal(["x.md:7: ringkasan: expected a string, found a list"], Errors(Valid + "ringkasan: [a, b]\n"));
    }

    [Fact]
    public void DuplicateKey()
    {
        Assert.Equal(["x.md:7: judul: duplicate key; it was first given on line 3"], Errors(Valid + "judul: Lagi\n"));
    }

    [Fact]
    public void NonScalarKey()
    {
        Assert.Equal(["x.md:7: front-matter: a key must be a plain word, found a list"], Errors(Valid + "? [a, b]\n: c\n"));
    }

    [Fact]
    public void UnknownKey_IsAWarningAndKept()
    {
        var result = Read(Valid + "catatan: dari arsip\n");
        Assert.Equal(["x.md:7: catatan: unknown key \"catatan\" is kept but not used; see FORMAT.md for the keys"],
            result.Warnings.Select(d => d.ToString()));
        Assert.Equal([new KeyValuePair<string, string>("catatan", "dari arsip")], result.Innovation!.UnknownFields);
    }

    [Fact]
    public void UnknownKey_WrongCase_SuggestsTheKey()
    {
        Assert.Equal(
            ["x.md:7: Klaster: unknown key \"Klaster\" is kept but not used; keys are case-sensitive: did you mean \"klaster\"?"],
            Warnings(Valid + "Klaster: kearsipan\n"));
    }

    [Fact]
    public void UnknownKey_EnglishOrMisspelt_SuggestsTheKey()
    {
        Assert.Equal(
            [
                "x.md:7: tags: unknown key \"tags\" is kept but not used; did you mean \"tag\"?",
                "x.md:8: penghargan: unknown key \"penghargan\" is kept but not used; did you mean \"penghargaan\"?",
            ],
            Warnings(Valid + "tags: [a]\npenghargan: [b]\n"));
    }

    [Fact]
    public void Id_NotASlug()
    {
        Assert.Equal([$"x.md:2: id: \"Seraton_Medan\" is not a valid id; {SlugHelp}"],
            Errors(Valid.Replace("id: x", "id: Seraton_Medan", StringComparison.Ordinal)));
    }

    [Fact]
    public void Id_DoubleHyphen()
    {
        Assert.Equal([$"a--b.md:2: id: \"a--b\" is not a valid id; {SlugHelp}"],
            Errors(Valid.Replace("id: x", "id: a--b", StringComparison.Ordinal), "a--b.md"));
    }

    [Fact]
    public void Id_TooLong()
    {
        var id = new string('a', 81);
        Assert.Equal([$"{id}.md:2: id: the value is 81 characters long; the maximum is 80"],
            Errors(Valid.Replace("id: x", "id: " + id, StringComparison.Ordinal), id + ".md"));
    }

    [Fact]
    public void Id_DiffersFromFileName()
    {
        Assert.Equal(
            ["data/seraton.md:2: id: \"x\" does not match the file name \"seraton.md\"; the id must equal the file name without .md"],
            Errors(Valid, "data/seraton.md"));
    }

    [Fact]
    public void Judul_TooLong()
    {
        Assert.Equal(["x.md:3: judul: the value is 201 characters long; the maximum is 200"],
            Errors(Valid.Replace("judul: Seraton", "judul: " + new string('j', 201), StringComparison.Ordinal)));
    }

    [Fact]
    public void Ringkasan_TooLong_CountsCharactersNotUtf16Units()
    {
        Assert.Empty(Warnings(Valid + "ringkasan: " + string.Concat(Enumerable.Repeat("😀", 600)) + "\n"));
        Assert.Equal(["x.md:7: ringkasan: the value is 601 characters long; the maximum is 600"],
            Errors(Valid + "ringkasan: " + new string('r', 601) + "\n"));
    }

    [Fact]
    public void Tahun_NotAnInteger()
    {
        Assert.Equal(["x.md:6: tahun: expected a year (an integer from 1990 to 2100), found \"dua ribu\""],
            Errors(Valid.Replace("2019", "dua ribu", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tahun_Quoted()
    {
        Assert.Equal(["x.md:6: tahun: expected a year (an integer from 1990 to 2100), found the quoted string \"2019\""],
            Errors(Valid.Replace("2019", "\"2019\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tahun_TaggedOrBlock()
    {
        Assert.Equal(["x.md:6: tahun: expected a year (an integer from 1990 to 2100), found the tagged value \"2019\""],
            Errors(Valid.Replace("2019", "!!str 2019", StringComparison.Ordinal)));
        Assert.Equal(["x.md:6: tahun: expected a year (an integer from 1990 to 2100), found the block text \"2019\\n\""],
            Errors(Valid.Replace("2019", "|\n  2019", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tahun_OutOfRange()
    {
        Assert.Equal(["x.md:6: tahun: 1989 is outside the years 1990 to 2100"], Errors(Valid.Replace("2019", "1989", StringComparison.Ordinal)));
        Assert.Equal(["x.md:6: tahun: 2101 is outside the years 1990 to 2100"], Errors(Valid.Replace("2019", "2101", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tahun_InTheFuture()
    {
        Assert.Equal(["x.md:6: tahun: 2027 is in the future (the current year is 2026)"], Errors(Valid.Replace("2019", "2027", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tahun_CurrentYearIsTheYearInUtcPlus14()
    {
        // 31 December 2026, 11:00 UTC is already 1 January 2027 in Kiribati (UTC+14): 2027 has begun somewhere.
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 12, 31, 11, 0, 0, TimeSpan.Zero));
        var text = "---\n" + Valid.Replace("2019", "2027", StringComparison.Ordinal) + "---\n";
        Assert.True(WriteupReader.Parse(text, "x.md", clock).IsValid);
        var earlier = new FixedTimeProvider(new DateTimeOffset(2026, 12, 31, 9, 0, 0, TimeSpan.Zero));
        Assert.False(WriteupReader.Parse(text, "x.md", earlier).IsValid);
    }

    [Fact]
    public void Klaster_Unknown_IsAWarning()
    {
        Assert.Equal([$"x.md:7: klaster: unknown klaster \"kesehatan\"; known values: {Clusters}"], Warnings(Valid + "klaster: kesehatan\n"));
    }

    [Fact]
    public void BadValues_AreShownOnOneLine_Escaped_AndCut()
    {
        var result = Read(Valid + "klaster: \"a\\nb\\t\\u0007\\\"\"\n\"x\\ny\": 1\ntahap: " + new string('t', 100) + "\n");
        Assert.Equal(
            [
                $"x.md:7: klaster: unknown klaster \"a\\nb\\t\\u0007\\\"\"; known values: {Clusters}",
                "x.md:8: x\\ny: unknown key \"x\\ny\" is kept but not used; see FORMAT.md for the keys",
            ],
            result.Warnings.Select(d => d.ToString()));
        Assert.Equal($"x.md:9: tahap: unknown tahap \"{new string('t', 80)}...\"; expected inisiatif, uji-coba or penerapan", Assert.Single(result.Errors).ToString());
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain('\n', d.ToString()));
    }

    [Fact]
    public void Urusan_SingleValueInsteadOfList()
    {
        Assert.Equal(["x.md:7: urusan: expected a list, found the single value \"kesehatan\"; write it as [kesehatan]"],
            Errors(Valid + "urusan: kesehatan\n"));
    }

    [Fact]
    public void Urusan_MapInsteadOfList()
    {
        Assert.Equal(["x.md:8: urusan: expected a list, found a map"], Errors(Valid + "urusan:\n  kesehatan: ya\n"));
    }

    [Fact]
    public void ListItem_Empty()
    {
        Assert.Equal(
            ["x.md:9: tag[1]: expected a non-empty string, found an empty list item", "x.md:10: tag[2]: expected a non-empty string, found an empty list item"],
            Errors(Valid + "tag:\n  - a\n  -\n  - \"\"\n"));
    }

    [Fact]
    public void ListItem_NotAString()
    {
        Assert.Equal(["x.md:7: penghargaan[0]: expected a string, found a list"], Errors(Valid + "penghargaan: [[Top 45, KIPP]]\n"));
    }

    [Fact]
    public void UnsurSkm_UnknownCode_EachItemReported()
    {
        Assert.Equal(
            [$"x.md:7: unsur_skm[1]: unknown unsur_skm code \"Waktu\"; expected one of: {Codes}", $"x.md:7: unsur_skm[2]: unknown unsur_skm code \"cepat\"; expected one of: {Codes}"],
            Errors(Valid + "unsur_skm: [prosedur, Waktu, cepat]\n"));
    }

    [Fact]
    public void Tahap_Unknown()
    {
        Assert.Equal(["x.md:7: tahap: unknown tahap \"uji coba\"; expected inisiatif, uji-coba or penerapan"], Errors(Valid + "tahap: uji coba\n"));
    }

    [Fact]
    public void Status_Unknown()
    {
        Assert.Equal(["x.md:7: status: unknown status \"aktif\"; expected berjalan or berhenti"], Errors(Valid + "status: aktif\n"));
    }

    [Fact]
    public void Asal_NotASlug()
    {
        Assert.Equal([$"x.md:7: asal: \"Seraton Medan\" is not a valid id; {SlugHelp}"], Errors(Valid + "asal: Seraton Medan\n"));
    }

    [Fact]
    public void Asal_Self()
    {
        Assert.Equal(["x.md:7: asal: asal names this write-up's own id; asal is the id of the write-up this one copies"], Errors(Valid + "asal: x\n"));
    }

    [Fact]
    public void Digital_NotABoolean()
    {
        Assert.Equal(["x.md:7: digital: expected true or false, found \"ya\""], Errors(Valid + "digital: ya\n"));
        Assert.Equal(["x.md:7: digital: expected true or false, found the quoted string \"true\""], Errors(Valid + "digital: \"true\"\n"));
    }

    [Fact]
    public void Replikasi_EntryNotAMap()
    {
        Assert.Equal(["x.md:8: replikasi[0]: expected a map with opd, pemda and tahun (and optionally nama and status), found \"Kota Binjai\""],
            Errors(Valid + "replikasi:\n  - Kota Binjai\n"));
    }

    [Fact]
    public void Replikasi_MissingAndBadKeys()
    {
        Assert.Equal(
            [
                "x.md:8: replikasi[0].pemda: required key is missing; expected its regional government, e.g. \"Kota Binjai\"",
                "x.md:9: replikasi[0].tahun: 2030 is in the future (the current year is 2026)",
                "x.md:10: replikasi[0].status: unknown status \"jalan\"; expected berjalan or berhenti",
                "x.md:11: replikasi[0].kota: unknown key \"kota\" in a replikasi entry; an entry has opd, pemda, tahun, nama and status",
                "x.md:12: replikasi[0].opd: duplicate key; it was first given on line 8",
            ],
            Errors(Valid + "replikasi:\n  - opd: Disdukcapil\n    tahun: 2030\n    status: jalan\n    kota: Binjai\n    opd: Lagi\n"));
    }

    [Fact]
    public void Sumber_NotAnHttpUrl()
    {
        Assert.Equal(
            ["x.md:8: sumber[0]: \"www.pemkomedan.go.id\" is not an absolute http or https URL", "x.md:9: sumber[1]: \"ftp://arsip.go.id/a\" is not an absolute http or https URL"],
            Errors(Valid + "sumber:\n  - www.pemkomedan.go.id\n  - ftp://arsip.go.id/a\n  - https://pemkomedan.go.id/berita\n"));
    }

    [Fact]
    public void Alias_NotSupported()
    {
        Assert.Equal(["x.md:8: provinsi: YAML aliases (*name) are not supported; write the value out"],
            Errors(Valid + "ringkasan: &r Sumatera Utara\nprovinsi: *r\n"));
    }

    [Fact]
    public void TooDeep()
    {
        Assert.Equal(["x.md:7: front-matter: lists and maps are nested deeper than 32 levels"],
            Errors(Valid + "tag: " + new string('[', 40) + new string(']', 40) + "\n"));
    }

    [Fact]
    public void EveryProblemOfAFileIsReported_InLineOrder()
    {
        var result = Read("id: X\njudul: \"\"\ntahun: 1900\nklaster: lain\ndigital: 1\nfoo: bar\n");
        Assert.Equal(
            [
                "x.md:1: opd: required key is missing; expected the agency that owns it, full name, e.g. \"Dinas Kependudukan dan Catatan Sipil\"",
                "x.md:1: pemda: required key is missing; expected the regional government, e.g. \"Kota Medan\", or \"Pemerintah Pusat\"",
                $"x.md:2: id: \"X\" is not a valid id; {SlugHelp}",
                "x.md:3: judul: expected a non-empty string, found an empty value",
                "x.md:4: tahun: 1900 is outside the years 1990 to 2100",
                $"x.md:5: klaster: unknown klaster \"lain\"; known values: {Clusters}",
                "x.md:6: digital: expected true or false, found \"1\"",
                "x.md:7: foo: unknown key \"foo\" is kept but not used; see FORMAT.md for the keys",
            ],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(6, result.Errors.Count);
        Assert.Equal(2, result.Warnings.Count);
        Assert.All(result.Warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
    }

    [Fact]
    public void CrLfAndBom_AreAcceptedWithTheSameLines()
    {
        var text = "\uFEFF---\r\n" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal) + "tahap: awal\r\n---\r\n## Manfaat\r\nLebih cepat.\r\n";
        var result = WriteupReader.Parse(text, "x.md", FixedTimeProvider.Mid2026);
        Assert.Equal(["x.md:7: tahap: unknown tahap \"awal\"; expected inisiatif, uji-coba or penerapan"], result.Errors.Select(d => d.ToString()));
        var fixedText = text.Replace("tahap: awal\r\n", "", StringComparison.Ordinal);
        Assert.Equal("Lebih cepat.", WriteupReader.ParseOrThrow(fixedText, "x.md", FixedTimeProvider.Mid2026).Impact);
    }
}
