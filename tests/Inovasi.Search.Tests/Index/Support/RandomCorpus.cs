using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Index.Support;

/// <summary>Random write-ups over a small vocabulary, so that words repeat and rankings have ties and depth.</summary>
internal static class RandomCorpus
{
    /// <summary>Words of the domain; some share stems, so the analyzer may fold them together.</summary>
    public static readonly string[] Vocabulary =
    [
        "akta", "kematian", "kelahiran", "surat", "izin", "reklame", "apotek", "daring", "layanan", "pengaduan",
        "arsip", "pegawai", "sekolah", "pasien", "pajak", "retribusi", "posyandu", "stunting", "sampah", "banjir",
        "jalan", "pasar", "umkm", "koperasi", "nelayan", "petani", "wisata", "perpustakaan", "antrean", "aplikasi",
    ];

    private static readonly string[] s_agencies =
    [
        "Dinas Kependudukan dan Catatan Sipil", "Dinas Penanaman Modal dan PTSP", "Dinas Kesehatan", "Bagian Umum",
    ];

    private static readonly string[] s_regions = ["Kota Medan", "Kabupaten Deli Serdang", "Kota Binjai"];

    private static readonly string[] s_clusters = ["sistem-informasi", "layanan-langsung", "kearsipan"];

    public static List<Innovation> Make(int seed, int count)
    {
        var random = new Random(seed);
        var docs = new List<Innovation>(count);
        for (var i = 0; i < count; i++)
        {
            docs.Add(Docs.Make(
                id: $"doc-{i:D4}",
                title: Words(random, 1 + random.Next(3)),
                body: "# Judul\n\n## Latar Belakang\n" + Words(random, random.Next(40)) + "\n\n## Inovasi\n" + Words(random, random.Next(30)) + "\n",
                summary: random.Next(3) == 0 ? null : Words(random, 3 + random.Next(12)),
                agency: s_agencies[random.Next(s_agencies.Length)],
                region: s_regions[random.Next(s_regions.Length)],
                year: 2015 + random.Next(9),
                cluster: random.Next(4) == 0 ? null : s_clusters[random.Next(s_clusters.Length)],
                affairs: random.Next(2) == 0 ? [] : ["kesehatan"],
                elements: random.Next(2) == 0 ? [ServiceElement.Waktu] : [ServiceElement.Biaya, ServiceElement.Prosedur],
                stage: random.Next(3) == 0 ? null : (InnovationStage)random.Next(3),
                digital: random.Next(3) == 0 ? null : random.Next(2) == 0,
                tags: random.Next(3) == 0 ? [Vocabulary[random.Next(Vocabulary.Length)]] : []));
        }

        return docs;
    }

    public static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
}
