using System.Globalization;
using System.Text;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Generation.Internal;

/// <summary>The composed text of a write-up: summary, body and its four sections.</summary>
internal sealed record ComposedText(
    string Summary, string Body, string Background, string Solution, string Impact, string ReplicationNotes);

/// <summary>
/// Composes the Indonesian prose of a write-up from its plan: varied sentence templates over the topic, the
/// mechanism, the agency and numbers drawn from the innovation's hidden quality.
/// </summary>
internal static class ProseComposer
{
    /// <summary>The line under the title that marks every generated write-up as illustrative.</summary>
    public const string Disclaimer =
        "_Contoh ilustratif yang dibuat oleh generator Inovasi untuk uji coba dan demo. Nama daerah dipakai sebagai latar; "
        + "isi tulisan ini bukan laporan kegiatan nyata perangkat daerah mana pun._";

    private static readonly string[] s_elementNames =
    [
        "persyaratan", "sistem, mekanisme dan prosedur", "waktu penyelesaian", "biaya/tarif",
        "produk spesifikasi jenis pelayanan", "kompetensi pelaksana", "perilaku pelaksana",
        "penanganan pengaduan, saran dan masukan", "sarana dan prasarana",
    ];

    private static readonly string[] s_complaints =
    [
        "persyaratan yang berbelit-belit", "prosedur yang tidak jelas", "lamanya waktu penyelesaian",
        "biaya yang harus dikeluarkan", "kesalahan data pada dokumen yang diterbitkan",
        "petugas yang kurang menguasai aturan", "sikap petugas yang kurang ramah",
        "aduan yang tidak pernah ditanggapi", "ruang tunggu yang sempit dan panas",
    ];

    private static readonly string[] s_followUps =
    [
        "Keadaan ini menimbulkan biaya tambahan bagi {users}, terutama yang tinggal jauh dari pusat pemerintahan.",
        "Akibatnya, banyak {users} menunda pengurusannya dan pelayanannya dinilai lambat.",
        "Petugas pun kewalahan karena seluruh berkas masih diperiksa dan dicatat secara manual.",
        "Di sisi lain, jumlah petugas terbatas dan anggaran untuk menambah kantor pelayanan tidak tersedia.",
        "Ketidakpastian ini membuat sebagian {users} memilih menggunakan jasa perantara dengan biaya lebih mahal.",
        "Pimpinan juga kesulitan memantau kinerja pelayanannya karena datanya tidak tersaji tepat waktu.",
        "Keadaan ini juga memperlambat layanan lain di kantor yang sama, termasuk perizinan dan penanganan pengaduan.",
    ];

    private static readonly string[] s_partners =
    [
        "Dinas Komunikasi dan Informatika", "perguruan tinggi setempat", "camat dan lurah", "Tim Penggerak PKK",
        "Bappeda", "tokoh masyarakat", "organisasi penyandang disabilitas", "Bagian Organisasi Sekretariat Daerah",
    ];

    private static readonly string[] s_stopReasons =
    [
        "anggaran pemeliharaannya tidak lagi tersedia", "petugas yang menanganinya dimutasi ke unit lain",
        "layanannya digantikan oleh sistem nasional", "prioritas kebijakan pimpinan berubah",
        "server dan perangkatnya rusak dan belum diganti",
    ];

    /// <summary>Composes the write-up text.</summary>
    public static ComposedText Compose(GeneratorRandom rng, InnovationPlan plan)
    {
        var ctx = new Context(plan);
        var summary = Summary(rng, ctx);
        var background = Background(rng, ctx);
        var solution = Solution(rng, ctx);
        var impact = Impact(rng, ctx);
        var replication = ReplicationSection(rng, ctx);

        var body = new StringBuilder(background.Length + solution.Length + impact.Length + replication.Length + 400);
        body.Append("# ").Append(plan.Name.Title).Append("\n\n");
        body.Append(Disclaimer).Append("\n\n");
        body.Append("## Latar Belakang\n\n").Append(background).Append("\n\n");
        body.Append("## Inovasi\n\n").Append(solution).Append("\n\n");
        body.Append("## Manfaat\n\n").Append(impact).Append("\n\n");
        body.Append("## Replikasi\n\n").Append(replication).Append('\n');
        return new ComposedText(summary, body.ToString(), background, solution, impact, replication);
    }

    private static string Summary(GeneratorRandom rng, Context c)
    {
        var description = c.Fill(c.Plan.Mechanism.Description);
        return rng.Next(3) switch
        {
            0 => $"{c.Title} adalah {description}.",
            1 => $"{Cap(description)}, dikembangkan oleh {c.Plan.Agency.Name} {c.Plan.Agency.Region}.",
            _ => $"{c.Title} mempercepat dan mempermudah {c.Plan.Topic.Service} bagi {c.Plan.Topic.Users} melalui {c.Plan.Mechanism.Short}.",
        };
    }

    private static string Background(GeneratorRandom rng, Context c)
    {
        var p = c.Plan;
        var sb = new StringBuilder(600);
        switch (rng.Next(4))
        {
            case 0:
                sb.Append("Selama ini, ").Append(p.Topic.Problem).Append('.');
                break;
            case 1:
                sb.Append("Sebelum ").Append(c.Title).Append(" diterapkan, ").Append(p.Topic.Problem).Append('.');
                break;
            case 2:
                sb.Append(p.Agency.Name).Append(' ').Append(p.Agency.Region).Append(" setiap tahun melayani sekitar ")
                    .Append(Thousands(rng.Between(3, 400) * 50)).Append(' ').Append(p.Topic.Users).Append(" dalam ")
                    .Append(p.Topic.Service).Append(". Namun, ").Append(p.Topic.Problem).Append('.');
                break;
            default:
                sb.Append("Permasalahan utama dalam ").Append(p.Topic.Service).Append(" di ").Append(p.Agency.Region)
                    .Append(" adalah ").Append(p.Topic.Problem).Append('.');
                break;
        }

        sb.Append(' ').Append(c.Fill(rng.Pick(s_followUps)));
        var weakest = p.Elements[rng.Next(p.Elements.Count)];
        if (rng.Chance(0.6))
        {
            var nrr = 2.1 + (rng.NextDouble() * 0.7);
            sb.Append("\n\nHasil survei kepuasan masyarakat (SKM) tahun ").Append(Year(p.Year - 1))
                .Append(" menunjukkan nilai unsur ").Append(s_elementNames[(int)weakest]).Append(" hanya ")
                .Append(Decimal(nrr, 2)).Append(" dari skala 4, terendah di antara sembilan unsur pelayanan.");
        }
        else
        {
            sb.Append("\n\nKeluhan yang masuk melalui kotak saran dan media sosial sebagian besar menyangkut ")
                .Append(s_complaints[(int)weakest]).Append('.');
        }

        sb.Append(rng.Next(3) switch
        {
            0 => " Kondisi tersebut mendorong " + c.Short + " merancang cara baru yang lebih sederhana, cepat dan terjangkau.",
            1 => " Karena itu, " + c.Short + " memandang perlu adanya terobosan yang tidak sekadar perbaikan bertahap.",
            _ => " Pimpinan kemudian menugaskan tim inovasi untuk mencari pemecahan yang dapat segera dijalankan.",
        });
        return sb.ToString();
    }

    private static string Solution(GeneratorRandom rng, Context c)
    {
        var p = c.Plan;
        var sb = new StringBuilder(900);
        sb.Append("**").Append(c.Title).Append("**");
        if (p.Name.LongForm is { } longForm)
        {
            sb.Append(" (").Append(longForm).Append(')');
        }

        sb.Append(" adalah ").Append(c.Fill(p.Mechanism.Description)).Append(". Inovasi ini ")
            .Append(p.Origin is null ? "dikembangkan oleh " : "dijalankan oleh ")
            .Append(p.Agency.Name).Append(' ').Append(p.Agency.Region).Append(" sejak ").Append(Year(p.Year)).Append('.');
        sb.Append(p.Stage switch
        {
            InnovationStage.Inisiatif => " Saat ini inovasinya masih berada pada tahap inisiatif dan sedang dipersiapkan uji cobanya.",
            InnovationStage.UjiCoba => " Saat ini inovasinya sedang diujicobakan di beberapa lokasi sebelum diterapkan menyeluruh.",
            InnovationStage.Penerapan => " Inovasinya telah diterapkan secara menyeluruh di wilayah kerja "
                + (p.Agency.Kind is AgencyKind.Kecamatan or AgencyKind.Puskesmas ? p.Agency.Name : p.Agency.Region) + ".",
            _ => "",
        });
        sb.Append("\n\nTahapan pelaksanaannya:\n\n");
        var steps = p.Mechanism.Steps;
        var count = 3 + rng.Next(2);
        for (var i = 0; i < count && i < steps.Length; i++)
        {
            sb.Append(i + 1).Append(". ").Append(c.Fill(steps[i])).Append('\n');
        }

        sb.Append('\n');
        if (p.Mechanism.Digital && p.Agency.Abbreviation != "Diskominfo")
        {
            sb.Append(rng.Chance(0.5)
                ? "Aplikasinya dibangun oleh pranata komputer " + c.Short + " bersama Dinas Komunikasi dan Informatika, sehingga tidak memerlukan biaya lisensi."
                : "Sistemnya terintegrasi dengan basis data kependudukan sehingga data pemohon tidak perlu dimasukkan berulang kali.");
        }
        else
        {
            var a = rng.Next(s_partners.Length);
            var b = (a + 1 + rng.Next(s_partners.Length - 1)) % s_partners.Length;
            sb.Append("Pelaksanaannya melibatkan ").Append(s_partners[a]).Append(" serta ").Append(s_partners[b]).Append('.');
        }

        return sb.ToString();
    }

    private static string Impact(GeneratorRandom rng, Context c)
    {
        var p = c.Plan;
        var q = p.Quality;
        var sb = new StringBuilder(700);
        sb.Append(rng.Next(3) switch
        {
            0 => "Sejak diterapkan, " + c.Title + " memberikan manfaat berikut:\n\n",
            1 => c.Title + " mempercepat dan menyederhanakan " + p.Topic.Service + ". Hasil yang dicapai:\n\n",
            _ => "Hasil yang dicapai setelah inovasi ini berjalan:\n\n",
        });
        foreach (var element in p.Elements)
        {
            sb.Append("- ").Append(ElementBenefit(rng, c, element, q)).Append('\n');
        }

        var before = 66 + (rng.NextDouble() * 12);
        var after = Math.Min(97.5, before + 2 + (q * 14) + (rng.NextDouble() * 3));
        sb.Append("- Indeks kepuasan masyarakat (IKM) naik dari ").Append(Decimal(before, 2)).Append(" menjadi ")
            .Append(Decimal(after, 2)).Append(".\n");
        if (rng.Chance(0.5))
        {
            sb.Append("- Sebanyak ").Append(Thousands((int)((200 + (rng.NextDouble() * 9800)) * (0.3 + q)))).Append(' ')
                .Append(p.Topic.Users).Append(" telah memanfaatkan layanan ini.\n");
        }

        if (p.Awards.Count > 0)
        {
            sb.Append("\nInovasi ini meraih penghargaan ").Append(string.Join(" dan ", p.Awards)).Append('.');
        }

        if (p.Status == InnovationStatus.Stopped)
        {
            sb.Append(p.Awards.Count > 0 ? " " : "\n").Append("Inovasi ini dihentikan pada ").Append(Year(p.StopYear)).Append(" karena ")
                .Append(rng.Pick(s_stopReasons)).Append('.');
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string ElementBenefit(GeneratorRandom rng, Context c, ServiceElement element, double q)
    {
        var users = c.Plan.Topic.Users;
        switch (element)
        {
            case ServiceElement.Waktu:
                var from = rng.Between(5, 21);
                var to = Math.Max(1, (int)(from * (0.75 - (0.6 * q))));
                return $"Waktu penyelesaian berkurang dari {from} hari menjadi {to} hari kerja.";
            case ServiceElement.Biaya:
                return $"{Cap(users)} menghemat biaya transportasi dan fotokopi rata-rata Rp{Thousands(rng.Between(3, 30) * 5000)} per pengurusan.";
            case ServiceElement.Persyaratan:
                var docs = rng.Between(6, 12);
                return $"Jumlah persyaratan dipangkas dari {docs} menjadi {Math.Max(2, docs - 2 - (int)(q * 5))} dokumen.";
            case ServiceElement.Prosedur:
                var stepsBefore = rng.Between(7, 14);
                return $"Alur pelayanan disederhanakan dari {stepsBefore} menjadi {Math.Max(3, stepsBefore - 3 - (int)(q * 6))} langkah.";
            case ServiceElement.Produk:
                return $"Kesalahan data pada dokumen yang diterbitkan turun dari {rng.Between(8, 20)}% menjadi {Math.Max(1, (int)(6 * (1 - q)))}%.";
            case ServiceElement.Kompetensi:
                return $"Petugas yang lulus uji kompetensi pelayanan bertambah menjadi {60 + (int)(q * 38)}%.";
            case ServiceElement.Perilaku:
                return $"Keluhan terhadap sikap petugas menurun {20 + (int)(q * 70)}% dibandingkan tahun sebelumnya.";
            case ServiceElement.Pengaduan:
                return $"Sebanyak {70 + (int)(q * 29)}% aduan ditindaklanjuti paling lambat tiga hari kerja.";
            default:
                return $"Jumlah {users} yang dapat dilayani setiap bulan meningkat menjadi {Thousands(rng.Between(4, 200) * 25)} orang.";
        }
    }

    private static string ReplicationSection(GeneratorRandom rng, Context c)
    {
        var p = c.Plan;
        var sb = new StringBuilder(800);
        if (p.Origin is { } origin)
        {
            sb.Append(c.Title).Append(" merupakan replikasi dari ").Append(origin.Title).Append(" yang dikembangkan oleh ")
                .Append(origin.Agency.Name).Append(' ').Append(origin.Agency.Region).Append(" pada ").Append(Year(origin.Year))
                .Append(". Penyesuaian yang dilakukan meliputi nama layanan, alur sesuai struktur organisasi setempat dan ")
                .Append(rng.Chance(0.5) ? "jadwal pelayanan." : "penambahan petugas pendamping.").Append("\n\n");
        }

        sb.Append(rng.Chance(0.5)
            ? "Perangkat daerah yang ingin mereplikasi " + c.Title + " memerlukan:\n\n"
            : "Prasyarat replikasi:\n\n");
        var regulation = p.Agency.Region.StartsWith("Kota ", StringComparison.Ordinal) ? "Peraturan Wali Kota"
            : p.Agency.Region.StartsWith("Provinsi ", StringComparison.Ordinal) ? "Peraturan Gubernur" : "Peraturan Bupati";
        sb.Append("- dasar hukum berupa ").Append(regulation)
            .Append(" atau keputusan kepala perangkat daerah tentang standar pelayanannya;\n");
        var budget = p.Mechanism.Digital ? "pengembangan aplikasi, server dan jaringan internet"
            : p.Mechanism.Code == "jemput-bola" ? "kendaraan operasional dan perangkat perekaman"
            : p.Mechanism.Code == "kader" ? "pelatihan dan insentif kader"
            : "penataan ruang, sosialisasi dan bahan cetak";
        sb.Append("- anggaran sekitar Rp").Append(Thousands(rng.Between(2, 60) * 5)).Append(" juta untuk ").Append(budget)
            .Append(" pada tahun pertama;\n");
        sb.Append("- ").Append(rng.Between(2, 8)).Append(" orang ")
            .Append(p.Mechanism.Digital ? "operator dan admin sistem yang menguasai pengelolaan basis data" : "petugas pelayanan yang telah dilatih")
            .Append(";\n");
        sb.Append("- dukungan ").Append(rng.Pick(s_partners)).Append(" dan komitmen pimpinan untuk menindaklanjuti hasil evaluasinya.\n");
        if (p.Replications.Count > 0)
        {
            var first = p.Replications[0];
            sb.Append("\nHingga ").Append(Year(p.Replications[^1].Year)).Append(", inovasi ini telah direplikasi oleh ");
            if (p.Replications.Count > 1)
            {
                sb.Append(p.Replications.Count).Append(" perangkat daerah, yang pertama ");
            }

            sb.Append(first.Agency).Append(' ').Append(first.Region).Append(" pada ").Append(Year(first.Year)).Append('.');
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static string Cap(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Indonesian thousands separator: 12.500.</summary>
    private static string Thousands(int value) =>
        value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>Indonesian decimal comma: 84,25.</summary>
    private static string Decimal(double value, int digits) =>
        value.ToString(digits == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private sealed class Context(InnovationPlan plan)
    {
        public InnovationPlan Plan { get; } = plan;

        public string Title => Plan.Name.Title;

        /// <summary>The agency as staff say it: its abbreviation, or its full name when it has none.</summary>
        public string Short => Plan.Agency.Abbreviation.Length <= 14 ? Plan.Agency.Abbreviation : Plan.Agency.Name;

        public string Fill(string template) => template
            .Replace("{Users}", Cap(Plan.Topic.Users), StringComparison.Ordinal)
            .Replace("{users}", Plan.Topic.Users, StringComparison.Ordinal)
            .Replace("{service}", Plan.Topic.Service, StringComparison.Ordinal);
    }
}
