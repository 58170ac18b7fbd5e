using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Support;

/// <summary>A temp folder with a small corpus of write-ups (and a database path beside it), deleted on dispose.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "inovasi-cli-" + Guid.NewGuid().ToString("N"));
        Docs = Path.Combine(Root, "docs");
        Directory.CreateDirectory(Docs);
        Database = Path.Combine(Root, "db", "test.db");
    }

    public string Root { get; }

    public string Docs { get; }

    public string Database { get; }

    /// <summary>Writes the three sample write-ups (Seraton, Verolin, Bank Sampah) into <see cref="Docs"/>.</summary>
    public TempCorpus WithSamples()
    {
        foreach (var innovation in Samples)
        {
            WriteupWriter.WriteFile(innovation, Docs);
        }

        return this;
    }

    /// <summary>Writes a file that violates FORMAT.md (a non-numeric <c>tahun</c>) and returns its path.</summary>
    public string WithInvalidFile()
    {
        var path = Path.Combine(Docs, "rusak.md");
        File.WriteAllText(path, "---\nid: rusak\njudul: Rusak\nopd: Dinas X\npemda: Kota Y\ntahun: duaribu\n---\n# Rusak\n");
        return path;
    }

    public static IReadOnlyList<Innovation> Samples { get; } =
    [
        new Innovation
        {
            Id = "seraton-disdukcapil-medan",
            Title = "Seraton",
            Summary = "Pelaporan kematian warga secara daring tanpa datang ke kantor dinas.",
            Agency = "Dinas Kependudukan dan Catatan Sipil",
            Region = "Kota Medan",
            Year = 2019,
            Cluster = "sistem-informasi",
            Affairs = ["administrasi kependudukan dan pencatatan sipil"],
            ServiceElements = [ServiceElement.Prosedur, ServiceElement.Waktu],
            Stage = InnovationStage.UjiCoba,
            Body = "# Seraton\n\n## Latar Belakang\nWarga harus datang ke kantor untuk melaporkan kematian dan mengurus akta kematian.\n\n## Inovasi\nLaporan kematian disampaikan secara online.\n",
        },
        new Innovation
        {
            Id = "verolin-dpmptsp-medan",
            Title = "Verolin",
            Summary = "Verifikasi izin reklame secara daring.",
            Agency = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            Region = "Kota Medan",
            Year = 2019,
            Cluster = "sistem-informasi",
            Body = "# Verolin\n\n## Inovasi\nPemohon izin reklame memeriksa status verifikasi secara online.\n",
        },
        new Innovation
        {
            Id = "bank-sampah-malang",
            Title = "Bank Sampah",
            Summary = "Pengelolaan sampah rumah tangga melalui bank sampah.",
            Agency = "Dinas Kebersihan dan Pertamanan",
            Region = "Kota Malang",
            Year = 2011,
            Cluster = "pemberdayaan-masyarakat",
            Body = "# Bank Sampah\n\n## Inovasi\nWarga menabung sampah yang dipilah dan menerima hasil penjualannya.\n",
        },
    ];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
