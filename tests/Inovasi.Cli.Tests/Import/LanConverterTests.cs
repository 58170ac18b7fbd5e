using Inovasi.Cli.Import;
using Inovasi.Cli.Tests.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Import;

public sealed class LanConverterTests
{
    private static readonly LanConverter s_converter = new(LanSamples.Wilayah);

    [Fact]
    public void Convert_RegionalRecord_MapsEveryFrontMatterField()
    {
        var x = s_converter.Convert(LanSamples.Record()).Innovation;

        Assert.Equal("lan-49-pelayanan-ktp-1-jam", x.Id);
        Assert.Equal("PELAYANAN KTP 1 JAM", x.Title);
        Assert.Equal("Prosedur pelayanan pembuatan KTP", x.Summary);
        Assert.Equal("Dinas Kependudukan dan Pencatatan Sipil", x.Agency);
        Assert.Equal(("Kota Surakarta", "Jawa Tengah"), (x.Region, x.Province));
        Assert.Equal(2005, x.Year);
        Assert.Equal("layanan-langsung", x.Cluster);
        Assert.Equal(["administrasi kependudukan dan pencatatan sipil"], x.Affairs);
        Assert.Equal([ServiceElement.Prosedur, ServiceElement.Waktu], x.ServiceElements);
        Assert.Equal(InnovationStage.Penerapan, x.Stage);
        Assert.Null(x.IsDigital);
        Assert.Equal([LanConverter.DirectoryUrl], x.Sources);
        Assert.Equal([LanConverter.SourceTag], x.Tags);
    }

    [Fact]
    public void Convert_Body_HasTheSectionsInOrderAndLeavesEmptyOnesOut()
    {
        var body = s_converter.Convert(LanSamples.Record()).Innovation.Body;

        Assert.Equal(
            """
            # PELAYANAN KTP 1 JAM

            ## Inovasi

            Pelayanan KTP satu jam.

            Dulu 14 hari.

            ### Tahapan Proses

            - Simulasi;

            - Pelaksanaan.

            ## Faktor Pendorong

            - Komitmen pimpinan;

            ## Manfaat

            - Waktu yang singkat;

            - Prosedur yang jelas.

            ## Replikasi

            - Dukungan pemerintah setempat;

            - Perbaikan ruang tunggu.

            ## Sumber

            Direktori Inovasi Lembaga Administrasi Negara (LAN), entri 49, dicatat 2014-12-20.

            Sumber menurut direktori:

            Hasil Observasi langsung ke kota Surakarta

            """.ReplaceLineEndings("\n"),
            body);
    }

    [Fact]
    public void Convert_NoYears_UsesTheEntryYearAndTagsItEstimated()
    {
        var record = LanSamples.Record() with { InitiationYear = null, ImplementationYear = null, EntryDate = "2018-01-17 14:12:49" };

        var x = s_converter.Convert(record).Innovation;

        Assert.Equal(2018, x.Year);
        Assert.Null(x.Stage);
        Assert.Equal([LanConverter.SourceTag, LanConverter.EstimatedYearTag], x.Tags);
    }

    [Fact]
    public void Convert_OnlyImplementationYear_UsesIt()
    {
        var x = s_converter.Convert(LanSamples.Record() with { InitiationYear = null, ImplementationYear = 2009 }).Innovation;

        Assert.Equal((2009, InnovationStage.Penerapan), (x.Year, x.Stage));
    }

    [Fact]
    public void Convert_NoYearAtAll_IsAnError()
    {
        var record = LanSamples.Record() with { InitiationYear = null, ImplementationYear = null, EntryDate = null };

        var ex = Assert.Throws<ImportDataException>(() => s_converter.Convert(record));

        Assert.StartsWith("sample.jsonl:7: tahun_inisiasi: ", Assert.Single(ex.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kementerian Sosial RI", "Pusat Data dan Informasi", "Pusat Data dan Informasi, Kementerian Sosial RI")]
    [InlineData("PT. Pegadaian (Persero)", "Kantor Pusat PT Pegadaian (Persero)", "Kantor Pusat PT Pegadaian (Persero)")]
    [InlineData("PT. Bank Negara Indonesia (Persero), Tbk.", "PT. Bank Negara Indonesia (Persero)", "PT. Bank Negara Indonesia (Persero)")]
    [InlineData("KOTA SURAKARTA", "Dinas Kesehatan", "Dinas Kesehatan")]
    [InlineData("PDAM Kudus", "", "PDAM Kudus")]
    public void Convert_Agency_AddsTheCentralOwnerOnlyWhenTheUnitLacksIt(string institution, string unit, string agency)
    {
        var x = s_converter.Convert(LanSamples.Record(institution: institution, unit: unit)).Innovation;

        Assert.Equal(agency, x.Agency);
    }

    [Theory]
    [InlineData("SISTEM APLIKASI ARSIP ELEKTRONIK KEPEGAWAIAN", "kearsipan")]
    [InlineData("SISPEDAP: SISTEM PENGELOLAAN DATA PEGAWAI BERBASIS WEB", "pelayanan-kepegawaian")]
    [InlineData("SISTEM PENYUSUNAN ANGGARAN SECARA ELEKTRONIK (E-BUDGETING)", "tata-kelola")]
    [InlineData("PENERIMAAN PESERTA DIDIK BARU (PPDB) ONLINE", "sistem-informasi")]
    [InlineData("E-POSLOCKER", "sistem-informasi")]
    [InlineData("PEMBERDAYAAN PENGRAJIN TENUN TRADISIONAL", "pemberdayaan-masyarakat")]
    [InlineData("SISTEM POLDER DAN DRAINASE", "sarana-prasarana")]
    [InlineData("PELAYANAN KTP DI DESA/KELURAHAN", "layanan-langsung")]
    public void Cluster_FirstMatchingRuleWins(string name, string cluster)
    {
        Assert.Equal(cluster, LanConverter.Cluster(LanRules.Words(name)));
    }

    [Fact]
    public void Affairs_NameFirstThenUnit()
    {
        Assert.Equal(["kesehatan", "pemberdayaan perempuan dan pelindungan anak"],
            LanConverter.Affairs(LanRules.Words("PUSKEMAS RAMAH ANAK"), LanRules.Words("Dinas Pendidikan")));
        Assert.Equal(["pendidikan"],
            LanConverter.Affairs(LanRules.Words("Program Baru"), LanRules.Words("Dinas Pendidikan")));
        Assert.Empty(LanConverter.Affairs(LanRules.Words("Program Baru"), LanRules.Words("Bank Jatim")));
    }

    [Fact]
    public void Affairs_DiklatIsNotTheEducationAffair()
    {
        Assert.Empty(LanConverter.Affairs(LanRules.Words("Badan Pendidikan dan Pelatihan"), []));
        Assert.Equal(["pendidikan"], LanConverter.Affairs(LanRules.Words("Kementerian Pendidikan dan Kebudayaan"), []));
    }

    [Fact]
    public void Elements_ReadTheBenefitsInPermenpanOrder()
    {
        var words = LanRules.Words("Keluhan berkurang; gratis; lebih cepat; ruang tunggu nyaman; persyaratan jelas");

        Assert.Equal(
            [ServiceElement.Persyaratan, ServiceElement.Waktu, ServiceElement.Biaya, ServiceElement.Pengaduan, ServiceElement.Sarana],
            LanConverter.Elements(words));
    }

    [Theory]
    [InlineData("Sistem Pembayaran Online Pajak Daerah", true)]
    [InlineData("E-Toll Pass", true)]
    [InlineData("Penataan PKL", null)]
    public void Convert_Digital_TrueOnKeywordElseUnknown(string name, bool? digital)
    {
        var x = s_converter.Convert(LanSamples.Record(name: name) with { Product = "" }).Innovation;

        Assert.Equal(digital, x.IsDigital);
    }

    [Fact]
    public void Convert_Sources_DirectoryFirstThenTheUrlsOfTheSourceNote()
    {
        var record = LanSamples.Record() with { Source = "- Annual Report 2015 - http://www.pertamina.com - www.pnm.go.id. - http://www.pertamina.com" };

        var x = s_converter.Convert(record).Innovation;

        Assert.Equal([LanConverter.DirectoryUrl, "http://www.pertamina.com", "http://www.pnm.go.id"], x.Sources);
        Assert.Contains("- Annual Report 2015 - http://www.pertamina.com - www.pnm.go.id. - http://www.pertamina.com", x.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_TruncatedImage_IsDroppedAndTheTextKept()
    {
        var record = LanSamples.Record() with { Steps = "Bagi hasil.\n<img alt=\"\" src=\"data:image/png;base64,iVBORw0KGgo" };

        var body = s_converter.Convert(record).Innovation.Body;

        Assert.Contains("### Tahapan Proses\n\nBagi hasil.\n\n## ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("img", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_LongName_IdIsASlugOfAtMost80Characters()
    {
        var name = "Penyelarasan Arsitektur Informasi Kinerja dan Pengintegrasian Sistem Aplikasi Pelaporan Kinerja “Instansi” Pemerintah";

        var id = s_converter.Convert(LanSamples.Record(id: 167, name: name)).Innovation.Id;

        Assert.True(id.Length <= 80, id);
        Assert.Matches("^lan-167-[a-z0-9]+(-[a-z0-9]+)*$", id);
        Assert.StartsWith("lan-167-penyelarasan-arsitektur-informasi-kinerja", id, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertAll_ReportsEveryBadRecord()
    {
        var bad1 = LanSamples.Record(id: 1, institution: "Yayasan A") with { RegencyCode = null, Line = 1 };
        var bad2 = LanSamples.Record(id: 2, institution: "Yayasan B") with { RegencyCode = null, Line = 2 };

        var ex = Assert.Throws<ImportDataException>(() => s_converter.ConvertAll([bad1, LanSamples.Record(), bad2]));

        Assert.Equal([1, 2], ex.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Convert_TitleOver200Characters_IsAnError()
    {
        var ex = Assert.Throws<ImportDataException>(() => s_converter.Convert(LanSamples.Record(name: new string('A', 201))));

        Assert.Equal("sample.jsonl:7: nama_inovasi: 201 characters, more than the 200 the write-up allows", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void Convert_ProductThatIsNotASummary_IsKeptInTheBody()
    {
        var x = s_converter.Convert(LanSamples.Record() with { Product = "Baris satu\nbaris dua" }).Innovation;

        Assert.Null(x.Summary);
        Assert.StartsWith("# PELAYANAN KTP 1 JAM\n\n## Produk Inovasi\n\nBaris satu\n\nbaris dua\n\n## Inovasi\n", x.Body, StringComparison.Ordinal);
    }
}
