using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>Reading valid write-ups: every field of FORMAT.md's example and the body sections.</summary>
public sealed class WriteupReaderTests
{
    internal const string Example = """
        ---
        id: seraton-disdukcapil-medan
        judul: Seraton
        ringkasan: Laporan kematian warga dapat disampaikan secara daring tanpa datang ke kantor.
        opd: Dinas Kependudukan dan Catatan Sipil
        pemda: Kota Medan
        provinsi: Sumatera Utara
        tahun: 2019
        klaster: sistem-informasi
        urusan: [administrasi kependudukan dan pencatatan sipil]
        unsur_skm: [prosedur, waktu]
        tahap: uji-coba
        digital: true
        ---
        # Seraton

        ## Latar Belakang
        Ahli waris harus datang ke kantor dinas untuk melaporkan kematian ...

        ## Inovasi
        ...

        """;

    [Fact]
    public void Parse_FormatExample_ReadsEveryField()
    {
        var result = WriteupReader.Parse(Example, "data/seraton-disdukcapil-medan.md");

        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Warnings);
        var i = result.Innovation!;
        Assert.Equal("seraton-disdukcapil-medan", i.Id);
        Assert.Equal("Seraton", i.Title);
        Assert.Equal("Laporan kematian warga dapat disampaikan secara daring tanpa datang ke kantor.", i.Summary);
        Assert.Equal("Dinas Kependudukan dan Catatan Sipil", i.Agency);
        Assert.Equal("Kota Medan", i.Region);
        Assert.Equal("Sumatera Utara", i.Province);
        Assert.Equal(2019, i.Year);
        Assert.Equal("sistem-informasi", i.Cluster);
        Assert.Equal(["administrasi kependudukan dan pencatatan sipil"], i.Affairs);
        Assert.Equal([ServiceElement.Prosedur, ServiceElement.Waktu], i.ServiceElements);
        Assert.Equal(InnovationStage.UjiCoba, i.Stage);
        Assert.Equal(InnovationStatus.Running, i.Status);
        Assert.True(i.IsDigital);
        Assert.Equal("Ahli waris harus datang ke kantor dinas untuk melaporkan kematian ...", i.Background);
        Assert.Equal("...", i.Solution);
        Assert.Null(i.Impact);
        Assert.Null(i.ReplicationNotes);
        Assert.StartsWith("# Seraton\n\n## Latar Belakang\n", i.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOrThrow_InvalidFile_ThrowsWithEveryError()
    {
        var text = "---\nid: Bad Id\njudul: X\nopd: A\npemda: B\ntahun: 1980\n---\n";

        var e = Assert.Throws<WriteupFormatException>(() => WriteupReader.ParseOrThrow(text, "x.md"));

        Assert.Equal("x.md", e.FilePath);
        Assert.Equal(2, e.Line);
        Assert.Equal("id", e.Field);
        Assert.Equal(2, e.Errors.Count);
        Assert.Equal(
            "x.md:2: id: \"Bad Id\" is not a valid id; use lower-case letters a-z, digits and single hyphens between them, e.g. \"seraton-disdukcapil-medan\"\n"
            + "x.md:6: tahun: 1980 is outside the years 1990 to 2100",
            e.Message);
    }
}
