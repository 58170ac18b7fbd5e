using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Index.Support;

/// <summary>Builds write-ups for index tests.</summary>
internal static class Docs
{
    public static Innovation Make(
        string id,
        string title,
        string body = "",
        string? summary = null,
        string agency = "Dinas Komunikasi dan Informatika",
        string region = "Kota Medan",
        int year = 2019,
        string? cluster = null,
        IReadOnlyList<string>? affairs = null,
        IReadOnlyList<ServiceElement>? elements = null,
        InnovationStage? stage = null,
        bool? digital = null,
        IReadOnlyList<string>? tags = null) => new()
        {
            Id = id,
            Title = title,
            Summary = summary,
            Agency = agency,
            Region = region,
            Year = year,
            Cluster = cluster,
            Affairs = affairs ?? [],
            ServiceElements = elements ?? [],
            Stage = stage,
            IsDigital = digital,
            Tags = tags ?? [],
            Body = body,
        };

    /// <summary>A few realistic write-ups (after DOMAIN.md's best innovations of 2019).</summary>
    public static IReadOnlyList<Innovation> Medan() =>
    [
        Make("seraton", "Seraton", "# Seraton\n\n## Latar Belakang\nAhli waris harus datang ke kantor dinas untuk melaporkan kematian.\n\n## Inovasi\nLaporan kematian dan penerbitan akta kematian secara daring.\n",
            summary: "Laporan kematian warga dapat disampaikan secara daring tanpa datang ke kantor.",
            agency: "Dinas Kependudukan dan Catatan Sipil", cluster: "sistem-informasi",
            affairs: ["administrasi kependudukan dan pencatatan sipil"], elements: [ServiceElement.Prosedur, ServiceElement.Waktu],
            stage: InnovationStage.UjiCoba, digital: true),
        Make("verolin", "Verolin", "# Verolin\n\n## Inovasi\nVerifikasi izin reklame secara online.\n",
            summary: "Verifikasi online izin reklame.", agency: "Dinas Penanaman Modal dan PTSP", cluster: "layanan-langsung",
            affairs: ["penanaman modal"], elements: [ServiceElement.Waktu], stage: InnovationStage.Penerapan, digital: true, year: 2018),
        Make("aladin", "Aladin", "# Aladin\n\n## Inovasi\nPenilaian mandiri daring untuk perizinan toko obat dan apotek.\n",
            agency: "Dinas Penanaman Modal dan PTSP", cluster: "layanan-langsung", affairs: ["penanaman modal", "kesehatan"],
            elements: [ServiceElement.Persyaratan], digital: true, year: 2019),
        Make("si-surat", "Si-Surat", "# Si-Surat\n\n## Latar Belakang\nSurat masuk dan surat keluar dicatat manual.\n\n## Manfaat\nSurat dapat dilacak.\n",
            agency: "Bagian Umum Sekretariat Daerah", cluster: "kearsipan", elements: [ServiceElement.Sarana], year: 2017, digital: false,
            tags: ["persuratan"]),
    ];
}
