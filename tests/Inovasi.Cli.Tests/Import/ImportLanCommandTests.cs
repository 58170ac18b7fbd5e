using Inovasi.Cli.Commands;

namespace Inovasi.Cli.Tests.Import;

public sealed class ImportLanCommandTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("inovasi-import-lan-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Run_RealDirectory_WritesOneFilePerRecordAndNotesTheSukabumiCode()
    {
        var output = new DirectoryInfo(Path.Combine(_temp.FullName, "out"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = ImportLanCommand.Run(new FileInfo(RepoPaths.LanJsonl), output, new DirectoryInfo(RepoPaths.Wilayah), stdout, stderr);

        Assert.Equal(0, code);
        Assert.Equal(140, output.GetFiles("*.md").Length);
        Assert.Contains("note: kabkota_id 3202 (Kabupaten Sukabumi)", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadRecord_WritesNothingAndExitsOne()
    {
        var file = Path.Combine(_temp.FullName, "bad.jsonl");
        File.WriteAllLines(file,
        [
            """{"id": 1, "nama_inovasi": "A", "nama_instansi": "Kota Surabaya", "deskripsi": "C", "tahun_inisiasi": 2010}""",
            """{"id": 2, "nama_inovasi": "B", "nama_instansi": "Yayasan", "deskripsi": "C", "tahun_inisiasi": 2010}""",
        ]);
        var output = new DirectoryInfo(Path.Combine(_temp.FullName, "out"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = ImportLanCommand.Run(new FileInfo(file), output, null, stdout, stderr);

        Assert.Equal(1, code);
        Assert.False(output.Exists);
        Assert.Equal($"{file}:2: nama_instansi: \"Yayasan\": no rule resolves the owner to a government", stderr.ToString().Trim());
    }
}
