using Inovasi.Cli.Import;

namespace Inovasi.Cli.Tests.Import;

public sealed class LanJsonlReaderTests
{
    private const string Good =
        """{"id": 49, "nama_inovasi": "PELAYANAN KTP 1 JAM", "nama_instansi": "KOTA SURAKARTA", "deskripsi": "Teks.", "kabkota_id": 3372, "tahun_inisiasi": 2005, "tahun_implementasi": null, "tanggal_inovasi": "2014-12-20 00:23:55", "jumlah_dilihat": 1185}""";

    [Fact]
    public void Read_GoodLine_ReadsTheFieldsAndItsPlace()
    {
        var r = Assert.Single(LanJsonlReader.Read("x.jsonl", [Good]));

        Assert.Equal((49, "PELAYANAN KTP 1 JAM", 3372, 2005, (int?)null, 1, "x.jsonl"),
            (r.Id, r.Name, r.RegencyCode, r.InitiationYear, r.ImplementationYear, r.Line, r.FilePath));
    }

    [Fact]
    public void Read_BadLines_ReportsEveryProblemWithFileLineAndField()
    {
        string[] lines =
        [
            Good,
            "{not json",
            """{"id": "x", "nama_inovasi": "A", "nama_instansi": "B", "deskripsi": "C"}""",
            """{"id": 50, "nama_inovasi": 7, "nama_instansi": "B", "deskripsi": "", "tahun_inisiasi": 3000, "tanggal_inovasi": "kemarin"}""",
            "",
            Good,
        ];

        var ex = Assert.Throws<ImportDataException>(() => LanJsonlReader.Read("x.jsonl", lines));

        Assert.Equal(
            [
                "x.jsonl:2: line",
                "x.jsonl:3: id: expected an integer, found \"x\"",
                "x.jsonl:4: nama_inovasi: expected a string, found 7",
                "x.jsonl:4: deskripsi: empty (required)",
                "x.jsonl:4: tahun_inisiasi: year 3000 is outside 1900..2100",
                "x.jsonl:4: tanggal_inovasi: expected yyyy-MM-dd HH:mm:ss, found \"kemarin\"",
                "x.jsonl:6: id: duplicate id 49 (first on line 1)",
            ],
            ex.Diagnostics.Select(d => d.Line == 2 ? $"{d.FilePath}:{d.Line}: {d.Field}" : d.ToString()));
    }
}
