using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Tests.Support;

/// <summary>Small deterministic corpora for tests: themes with their own vocabulary, agencies, replications.</summary>
internal static class TestCorpus
{
    private static readonly (string Affair, string Agency, string[] Words, ServiceElement[] Elements, string? Cluster)[] Themes =
    [
        ("administrasi kependudukan dan pencatatan sipil", "Dinas Kependudukan dan Catatan Sipil",
            ["akta", "kelahiran", "kematian", "ktp", "kartu", "keluarga", "dokumen", "kependudukan", "antrean", "daring"],
            [ServiceElement.Waktu, ServiceElement.Prosedur], "sistem-informasi"),
        ("penanaman modal", "Dinas Penanaman Modal dan PTSP",
            ["izin", "usaha", "reklame", "apotek", "perizinan", "investor", "berkas", "verifikasi", "daring", "rekomendasi"],
            [ServiceElement.Persyaratan, ServiceElement.Biaya], "layanan-langsung"),
        ("kesehatan", "Dinas Kesehatan",
            ["puskesmas", "pasien", "obat", "imunisasi", "balita", "rujukan", "gizi", "antrean", "dokter", "posyandu"],
            [ServiceElement.Perilaku, ServiceElement.Sarana], "layanan-langsung"),
        ("kearsipan", "Bagian Umum Sekretariat Daerah",
            ["surat", "arsip", "disposisi", "naskah", "dinas", "persuratan", "digital", "tanda", "tangan", "elektronik"],
            [ServiceElement.Waktu, ServiceElement.Pengaduan], "kearsipan"),
    ];

    private static readonly string[] Regions =
        ["Kota Medan", "Kabupaten Deli Serdang", "Kota Binjai", "Kabupaten Langkat", "Kota Tebing Tinggi", "Kabupaten Karo"];

    /// <summary>Builds <paramref name="perTheme"/> write-ups per theme; with replications when asked.</summary>
    public static List<Innovation> Build(int perTheme = 8, bool replications = true, int seed = 1)
    {
        var random = new Random(seed);
        var list = new List<Innovation>();
        for (var t = 0; t < Themes.Length; t++)
        {
            var theme = Themes[t];
            for (var k = 0; k < perTheme; k++)
            {
                var region = Regions[k % Regions.Length];
                var words = Enumerable.Range(0, 12).Select(_ => theme.Words[random.Next(theme.Words.Length)]).ToList();
                var reps = new List<Replication>();
                if (replications)
                {
                    foreach (var other in Regions)
                    {
                        if (other != region && random.NextDouble() < (k < 3 ? 0.6 : 0.15))
                        {
                            reps.Add(new Replication(theme.Agency, other, 2019 + random.Next(5)));
                        }
                    }
                }

                list.Add(new Innovation
                {
                    Id = $"t{t}-inovasi-{k}",
                    Title = $"Inovasi {theme.Words[k % theme.Words.Length]} {k}",
                    Summary = string.Join(' ', words),
                    Agency = theme.Agency,
                    Region = region,
                    Year = 2015 + (k % 4),
                    Cluster = theme.Cluster,
                    Affairs = [theme.Affair],
                    ServiceElements = theme.Elements,
                    Stage = k % 2 == 0 ? InnovationStage.Penerapan : InnovationStage.UjiCoba,
                    Awards = k == 0 ? ["Top 45 KIPP 2019"] : [],
                    Replications = reps,
                    Background = string.Join(' ', words.Take(6)) + " masih lambat dan warga harus datang ke kantor.",
                    Solution = string.Join(' ', words.Skip(6)),
                    ReplicationNotes = k % 3 == 0 ? "Butuh server, dua operator dan peraturan kepala daerah." : null,
                });
            }
        }

        return list;
    }
}
