using Inovasi.Cli.Import;
using Inovasi.Cli.Tests.Support;

namespace Inovasi.Cli.Tests.Import;

public sealed class RegionResolverTests
{
    private static ResolvedRegion Resolve(LanRecord record, WilayahTable? table, List<string>? notes = null) =>
        new RegionResolver(table).Resolve(record, notes ?? []);

    [Theory]
    [InlineData("KOTA SURAKARTA", "Kota Surakarta", "Jawa Tengah", "kota/kabupaten")]
    [InlineData("Kota Surabaya", "Kota Surabaya", "Jawa Timur", "kota/kabupaten")]
    [InlineData("KOTA SAWAHLUNTO", "Kota Sawah Lunto", "Sumatera Barat", "kota/kabupaten")]
    [InlineData("Pemda Jember", "Kabupaten Jember", "Jawa Timur", "kota/kabupaten")]
    [InlineData("PD Kota Bandung Raya", "Kota Surakarta", "Jawa Tengah", "kode")]
    [InlineData("Provinsi Daerah Istimewa Yogyakarta", "Provinsi Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta", "provinsi")]
    [InlineData("Prov. Jawa Barat", "Provinsi Jawa Barat", "Jawa Barat", "provinsi")]
    [InlineData("PDAM Kudus", "Kabupaten Kudus", "Jawa Tengah", "alias")]
    [InlineData("PT Transjakarta", "Provinsi DKI Jakarta", "DKI Jakarta", "alias")]
    [InlineData("PT Madubaru PG – PS Madukismo", "Kabupaten Bantul", "Daerah Istimewa Yogyakarta", "alias")]
    public void Resolve_WithBpsTable_AppliesTheRuleInOrder(string institution, string region, string province, string rule)
    {
        var resolved = Resolve(LanSamples.Record(institution: institution, unit: "Dinas X"), LanSamples.Wilayah);

        Assert.Equal((region, province, false, rule), (resolved.Region, resolved.Province, resolved.IsCentral, resolved.Rule));
    }

    [Theory]
    [InlineData("Kementerian Sosial RI")]
    [InlineData("Kemendikbud")]
    [InlineData("BADAN PERTANAHAN NASIONAL RI")]
    [InlineData("POLDA METRO JAYA")]
    [InlineData("– Lembaga Administrasi Negara")]
    [InlineData("PT. Pegadaian (Persero)")]
    [InlineData("Perusahaan Umum Badan Urusan Logistik (Perum BULOG)")]
    [InlineData("Bank Mandiri (Persero)")]
    public void Resolve_CentralOwner_IsPemerintahPusatWithoutProvince(string institution)
    {
        var resolved = Resolve(LanSamples.Record(institution: institution), LanSamples.Wilayah);

        Assert.Equal((RegionResolver.Central, (string?)null, true), (resolved.Region, resolved.Province, resolved.IsCentral));
    }

    [Fact]
    public void Resolve_UnitNamesAProvince_ThatProvinceWinsOverTheName()
    {
        var record = LanSamples.Record(institution: "Pemda Jember",
            unit: "UPT Pengujian Sertifikasi Mutu Barang Lembaga Tembakau Jember Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur");

        var resolved = Resolve(record, LanSamples.Wilayah);

        Assert.Equal(("Provinsi Jawa Timur", "unit-provinsi"), (resolved.Region, resolved.Rule));
    }

    [Fact]
    public void Resolve_CodeContradictsName_NameWinsAndANoteSaysSo()
    {
        var notes = new List<string>();
        var record = LanSamples.Record(institution: "Kota Sukabumi") with { RegencyCode = 3202 };

        var resolved = Resolve(record, LanSamples.Wilayah, notes);

        Assert.Equal("Kota Sukabumi", resolved.Region);
        var note = Assert.Single(notes);
        Assert.Contains("kabkota_id 3202 (Kabupaten Sukabumi)", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithoutBpsTable_TitleCasesTheNameAndUsesTheRecordsProvince()
    {
        var resolved = Resolve(LanSamples.Record(institution: "KOTA SURAKARTA"), null);

        Assert.Equal(("Kota Surakarta", "Jawa Tengah"), (resolved.Region, resolved.Province));
    }

    [Fact]
    public void Resolve_NoRuleApplies_ErrorNamesFileLineAndField()
    {
        var record = LanSamples.Record(institution: "Yayasan Sejahtera") with { RegencyCode = null };

        var ex = Assert.Throws<ImportDataException>(() => Resolve(record, LanSamples.Wilayah));

        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("sample.jsonl:7: nama_instansi: \"Yayasan Sejahtera\": no rule resolves the owner to a government", d.ToString());
    }
}
