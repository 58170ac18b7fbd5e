using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Generation.Internal;

/// <summary>A regency or city of the BPS list.</summary>
internal sealed record RegionEntry(string Code, string ProvinceCode, string Name, bool IsCity);

/// <summary>One OPD type of the catalogue (Resources/generator-agencies.txt).</summary>
internal sealed record AgencyTemplate(AgencyKind Kind, string Level, string Name, string Abbreviation, string[] Affairs);

/// <summary>One service topic (Resources/generator-topics.txt).</summary>
internal sealed record Topic(
    int Index, string[] Keys, string[] Affairs, string? Cluster, char Type, string Service, string Name, string Users,
    string Problem)
{
    /// <summary>Whether every agency may own and replicate it.</summary>
    public bool IsGeneric => Keys.Length == 1 && Keys[0] == "*";
}

/// <summary>How an innovation works: the lever it pulls, with its cluster and the hidden theme it mostly serves.</summary>
internal sealed record Mechanism(
    string Code, string Cluster, bool Digital, int Theme, string Fits, int Weight, string[] Prefixes, string Description,
    string[] Steps, string Tag, string Short);

/// <summary>The generator's fixed data: regions, OPD catalogue, topics, mechanisms, urusan and hidden themes.</summary>
/// <remarks><threadsafety>Loaded once; immutable.</threadsafety></remarks>
internal static class GeneratorCatalog
{
    /// <summary>The 32 concurrent government affairs of UU 23/2014 (Lampiran), in the law's order.</summary>
    public static readonly string[] Affairs =
    [
        "pendidikan", "kesehatan", "pekerjaan umum dan penataan ruang", "perumahan rakyat dan kawasan permukiman",
        "ketenteraman, ketertiban umum, dan pelindungan masyarakat", "sosial",
        "tenaga kerja", "pemberdayaan perempuan dan pelindungan anak", "pangan", "pertanahan", "lingkungan hidup",
        "administrasi kependudukan dan pencatatan sipil", "pemberdayaan masyarakat dan desa",
        "pengendalian penduduk dan keluarga berencana", "perhubungan", "komunikasi dan informatika",
        "koperasi, usaha kecil, dan menengah", "penanaman modal", "kepemudaan dan olahraga", "statistik",
        "persandian", "kebudayaan", "perpustakaan", "kearsipan",
        "kelautan dan perikanan", "pariwisata", "pertanian", "kehutanan", "energi dan sumber daya mineral",
        "perdagangan", "perindustrian", "transmigrasi",
    ];

    /// <summary>Number of hidden need themes.</summary>
    public const int ThemeCount = 6;

    /// <summary>
    /// The survey elements each hidden theme shows up in: 0 access and distance, 1 slowness, 2 cost, 3 unclear
    /// information and procedure, 4 staff and complaints, 5 data and documents.
    /// </summary>
    public static readonly ServiceElement[][] ThemeElements =
    [
        [ServiceElement.Sarana, ServiceElement.Waktu, ServiceElement.Biaya],
        [ServiceElement.Waktu, ServiceElement.Prosedur],
        [ServiceElement.Biaya, ServiceElement.Persyaratan],
        [ServiceElement.Persyaratan, ServiceElement.Prosedur, ServiceElement.Produk],
        [ServiceElement.Kompetensi, ServiceElement.Perilaku, ServiceElement.Pengaduan],
        [ServiceElement.Produk, ServiceElement.Persyaratan, ServiceElement.Prosedur],
    ];

    private static readonly Lazy<CatalogData> s_data = new(Load);

    public static IReadOnlyList<RegionEntry> Regions => s_data.Value.Regions;

    public static FrozenDictionary<string, string> ProvinceNames => s_data.Value.ProvinceNames;

    public static FrozenDictionary<string, string[]> DistrictsByRegion => s_data.Value.Districts;

    public static IReadOnlyList<AgencyTemplate> AgencyTemplates => s_data.Value.Agencies;

    public static IReadOnlyList<Topic> Topics => s_data.Value.Topics;

    public static readonly Mechanism[] Mechanisms =
    [
        new("aplikasi", "sistem-informasi", true, 1, "dpa", 3, ["Sistem Informasi", "Aplikasi", "Sistem Layanan", "Layanan Daring"],
            "aplikasi daring berbasis web dan Android yang memungkinkan {users} mengurus {service} tanpa harus datang ke kantor",
            ["{Users} membuka laman atau aplikasi layanan dan mendaftar menggunakan NIK.",
             "Persyaratannya diunggah dalam bentuk pindaian lalu diverifikasi petugas secara daring.",
             "Permohonan yang lengkap diproses dan statusnya dapat dipantau pemohon setiap saat.",
             "Hasil layanan dikirimkan melalui surel atau dapat diunduh langsung dari aplikasi."], "daring", "aplikasi daring"),
        new("jemput-bola", "layanan-langsung", false, 0, "dp", 2, ["Layanan Jemput Bola", "Pelayanan Keliling", "Gerakan Jemput Bola", "Mobil Layanan"],
            "layanan jemput bola: petugas mendatangi {users} di desa, kelurahan, sekolah dan pasar dengan mobil layanan keliling",
            ["Jadwal kunjungan diumumkan melalui kecamatan, kelurahan dan media sosial resmi.",
             "Petugas membawa perangkat dan formulir sehingga {service} dilayani di tempat.",
             "Berkas yang belum lengkap dicatat dan ditindaklanjuti pada kunjungan berikutnya.",
             "Warga lansia, penyandang disabilitas dan yang sakit dikunjungi langsung ke rumahnya."], "jemput-bola", "layanan jemput bola"),
        new("gerai", "layanan-langsung", false, 3, "d", 2, ["Gerai", "Loket Terpadu", "Pelayanan Satu Pintu", "Pojok Layanan"],
            "gerai pelayanan terpadu yang menyatukan seluruh tahapan {service} dalam satu loket",
            ["Pemohon cukup mendatangi satu loket dengan membawa persyaratan yang tercantum pada standar pelayanan.",
             "Petugas front office memeriksa kelengkapan berkas dan memberikan tanda terima beserta jadwal penyelesaian.",
             "Berkas diteruskan ke bidang teknis tanpa perlu diantar oleh pemohon.",
             "Hasil layanan diserahkan di loket yang sama."], "satu-pintu", "gerai pelayanan terpadu"),
        new("pesan", "sistem-informasi", true, 4, "dp", 2, ["Layanan Pesan", "Sahabat", "Sapa", "Halo"],
            "kanal pesan WhatsApp dan media sosial resmi untuk konsultasi dan pengaduan {users} yang dijawab petugas setiap hari kerja",
            ["{Users} mengirim pertanyaan atau aduan ke nomor WhatsApp resmi yang diumumkan di kantor dan media sosial.",
             "Petugas piket mencatat setiap pesan dan menjawabnya paling lambat satu hari kerja.",
             "Aduan yang memerlukan penanganan teknis diteruskan ke bidang terkait dan ditindaklanjuti.",
             "Rekapitulasi pertanyaan dan aduan dilaporkan kepada pimpinan setiap bulan."], "pengaduan", "kanal pesan WhatsApp dan media sosial resmi"),
        new("anjungan", "sarana-prasarana", true, 1, "d", 2, ["Anjungan Mandiri", "Kios Layanan", "Anjungan", "Mesin Layanan"],
            "anjungan layanan mandiri yang ditempatkan di ruang publik sehingga {users} dapat mengurus {service} sendiri",
            ["Anjungan dipasang di kantor kecamatan, mal pelayanan publik dan pusat keramaian.",
             "Pemohon memindai KTP-el atau memasukkan NIK, lalu memilih jenis layanan.",
             "Dokumen dicetak langsung oleh mesin setelah data diverifikasi secara otomatis.",
             "Petugas pendamping membantu warga yang belum terbiasa menggunakan anjungan."], "anjungan", "anjungan layanan mandiri"),
        new("antrean", "sistem-informasi", true, 1, "d", 2, ["Antrean Daring", "Sistem Antrean", "Antre", "Nomor Antrean"],
            "sistem antrean daring yang memberikan nomor dan perkiraan jam layanan sebelum {users} berangkat",
            ["{Users} mengambil nomor antrean melalui aplikasi, laman atau pesan WhatsApp.",
             "Sistem menghitung perkiraan jam layanan dan mengirimkan pengingat.",
             "Papan informasi di ruang tunggu menampilkan nomor yang sedang dilayani.",
             "Data antrean dipakai untuk menyesuaikan jumlah loket pada jam sibuk."], "antrean", "antrean daring"),
        new("kader", "pemberdayaan-masyarakat", false, 0, "dp", 2, ["Gerakan", "Kader", "Relawan", "Sahabat"],
            "gerakan kader dan relawan di tingkat RT/RW yang mendampingi {users} dalam {service}",
            ["Kader dipilih dari tokoh masyarakat, PKK dan karang taruna di setiap kelurahan.",
             "Kader mendapat pelatihan dan buku panduan dari perangkat daerah.",
             "Kader mendata, mengumpulkan berkas dan mendampingi {users} hingga layanan selesai.",
             "Capaian kader dievaluasi setiap triwulan dan kader terbaik mendapat penghargaan."], "pemberdayaan", "pendampingan oleh kader dan relawan"),
        new("tanpa-biaya", "layanan-langsung", false, 2, "d", 1, ["Layanan Gratis", "Bebas Biaya", "Sekali Datang", "Layanan Hemat"],
            "pembebasan biaya dan pemangkasan persyaratan sehingga {users} cukup datang sekali untuk {service}",
            ["Persyaratan yang tumpang tindih dihapus melalui keputusan kepala perangkat daerah.",
             "Biaya layanan dibebaskan dan tarif diumumkan secara terbuka di ruang pelayanan.",
             "Pemohon yang berkasnya lengkap diproses dan dilayani pada hari yang sama.",
             "Kepatuhan petugas terhadap standar pelayanan diawasi melalui survei kepuasan masyarakat."], "tanpa-biaya", "pembebasan biaya dan pemangkasan persyaratan"),
        new("ramah", "sarana-prasarana", false, 0, "d", 2, ["Ruang Layanan", "Pojok", "Layanan Ramah", "Ruang Nyaman"],
            "penataan ruang pelayanan yang ramah lansia, penyandang disabilitas dan ibu menyusui untuk {service}",
            ["Ruang tunggu diperluas dan dilengkapi kursi, pendingin ruangan serta pojok baca.",
             "Jalur kursi roda, loket prioritas dan ruang laktasi disediakan.",
             "Papan informasi alur layanan dipasang dengan huruf besar dan gambar yang mudah dipahami.",
             "Petugas penerima tamu mengarahkan setiap pengunjung ke loket yang tepat."], "ramah-disabilitas", "ruang pelayanan yang ramah bagi semua"),
        new("pelatihan", "pelayanan-kepegawaian", false, 4, "dpa", 1, ["Kelas", "Sekolah", "Klinik", "Akademi"],
            "program peningkatan kompetensi dan budaya pelayanan prima bagi petugas yang menangani {service}",
            ["Kebutuhan kompetensi petugas dipetakan berdasarkan hasil survei kepuasan dan aduan masyarakat.",
             "Petugas mengikuti kelas singkat setiap bulan dengan narasumber dari perangkat daerah dan perguruan tinggi.",
             "Penerapan materi dipantau oleh atasan langsung melalui penilaian kinerja.",
             "Petugas teladan ditetapkan setiap triwulan sebagai contoh bagi rekan kerjanya."], "kompetensi", "peningkatan kompetensi petugas"),
        new("dasbor", "tata-kelola", true, 5, "dp", 1, ["Dasbor", "Pantau", "Sistem Monitoring", "Layar Kendali"],
            "dasbor pemantauan kinerja yang menampilkan capaian {service} secara waktu nyata bagi pimpinan",
            ["Setiap bidang memasukkan data capaian harian ke dalam sistem.",
             "Dasbor menampilkan capaian, tunggakan dan peringatan dini dalam bentuk grafik.",
             "Pimpinan membahas hasil pemantauan dalam rapat evaluasi mingguan.",
             "Data yang sama dipakai untuk laporan kinerja sehingga tidak perlu disusun ulang."], "monitoring", "dasbor pemantauan kinerja"),
        new("arsip-digital", "kearsipan", true, 5, "da", 1, ["Arsip Digital", "Arsip Elektronik", "Sistem Kearsipan", "Gudang Data"],
            "digitalisasi dokumen dan arsip {service} sehingga dapat dicari dan ditemukan kembali dalam hitungan detik",
            ["Dokumen lama dipilah, dipindai dan diberi metadata sesuai klasifikasi arsip.",
             "Dokumen baru langsung disimpan dalam sistem sejak diterima.",
             "Hak akses diatur sesuai jabatan sehingga kerahasiaan arsip terjaga.",
             "Arsip fisik disimpan di depo arsip dengan penataan yang memudahkan penemuan kembali."], "arsip-digital", "digitalisasi arsip"),
        new("maklumat", "tata-kelola", false, 4, "d", 1, ["Maklumat", "Standar Layanan", "Janji Layanan", "Komitmen"],
            "standar pelayanan dan maklumat layanan yang memuat persyaratan, waktu, biaya dan mekanisme pengaduan {service}",
            ["Standar pelayanan disusun bersama perwakilan pengguna layanan dalam forum konsultasi publik.",
             "Maklumat pelayanan ditandatangani pimpinan dan dipasang di ruang pelayanan.",
             "Kepatuhan terhadap standar dipantau melalui survei kepuasan masyarakat setiap semester.",
             "Hasil survei dan tindak lanjutnya diumumkan kepada masyarakat."], "standar-pelayanan", "standar pelayanan dan maklumat layanan"),
        new("integrasi", "sistem-informasi", true, 5, "dpa", 2, ["Satu Data", "Integrasi", "Sistem Terpadu", "Data Bersama"],
            "integrasi data antarperangkat daerah sehingga {users} tidak lagi menyerahkan berkas yang sama berulang kali",
            ["Perangkat daerah yang terlibat menandatangani perjanjian kerja sama pemanfaatan data.",
             "Data kependudukan dan data layanan dihubungkan melalui antarmuka pemrograman aplikasi.",
             "Petugas memeriksa data pemohon langsung dari sistem tanpa meminta fotokopi berkas.",
             "Pemutakhiran data dilakukan secara berkala dan dipantau oleh dinas komunikasi dan informatika."], "integrasi-data", "integrasi data antarperangkat daerah"),
        new("tte", "sistem-informasi", true, 1, "d", 1, ["Tanda Tangan Elektronik", "Dokumen Elektronik", "Layanan Tanpa Kertas", "Sertifikat Elektronik"],
            "penerbitan dokumen {service} dengan tanda tangan elektronik dan kode QR yang dapat diverifikasi keasliannya",
            ["Pejabat penandatangan memperoleh sertifikat elektronik dari Balai Sertifikasi Elektronik.",
             "Dokumen yang telah disetujui ditandatangani secara elektronik tanpa dicetak.",
             "Pemohon menerima dokumen elektronik melalui surel atau aplikasi dan dapat mencetaknya sendiri.",
             "Keaslian dokumen diperiksa dengan memindai kode QR."], "tte", "tanda tangan elektronik"),
    ];

    /// <summary>Title-cases a BPS name: <c>KABUPATEN TOJO UNA-UNA</c> → <c>Kabupaten Tojo Una-Una</c>.</summary>
    /// <remarks>Roman numerals and the prefixes DKI and DI stay upper case; runs of spaces collapse.</remarks>
    public static string TitleCase(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word is "DKI" or "DI" || IsRoman(word))
            {
                continue;
            }

            var chars = word.ToLowerInvariant().ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (i == 0 || chars[i - 1] is '-' or '/' or '(')
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }
            }

            words[w] = new string(chars);
        }

        return string.Join(' ', words);
    }

    private static bool IsRoman(string word)
    {
        foreach (var part in word.Split('-'))
        {
            if (part.Length == 0 || part.Length > 4)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c is not ('I' or 'V' or 'X' or 'L'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static CatalogData Load()
    {
        var affairs = Affairs.ToFrozenSet(StringComparer.Ordinal);
        var provinces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Csv("wilayah-bps-provinces.csv"))
        {
            provinces[row[0]] = TitleCase(row[1]);
        }

        var regions = new List<RegionEntry>();
        foreach (var row in Csv("wilayah-bps-regencies.csv"))
        {
            var name = TitleCase(row[2]);
            regions.Add(new RegionEntry(row[0], row[1], name, name.StartsWith("Kota ", StringComparison.Ordinal)));
        }

        var districts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Csv("wilayah-bps-districts.csv"))
        {
            if (!districts.TryGetValue(row[1], out var list))
            {
                districts[row[1]] = list = [];
            }

            list.Add(TitleCase(row[2]));
        }

        var agencies = new List<AgencyTemplate>();
        foreach (var f in Lines("generator-agencies.txt", 5))
        {
            var kind = Enum.Parse<AgencyKind>(f[0]);
            agencies.Add(new AgencyTemplate(kind, f[1], f[2], f[3], CheckAffairs(Split(f[4]), affairs, f[2])));
        }

        var topics = new List<Topic>();
        foreach (var f in Lines("generator-topics.txt", 8))
        {
            var topicAffairs = CheckAffairs(Split(f[1]), affairs, f[4]);
            var keys = f[0].Length == 0 ? topicAffairs : Split(f[0]);
            var cluster = f[2].Length == 0 ? null : f[2];
            if (keys.Length == 0 || (cluster is not null && !WriteupVocabulary.KnownClusters.Contains(cluster)) || f[3] is not ("d" or "p"))
            {
                throw new InvalidOperationException($"generator-topics.txt: bad keys, klaster or type for '{f[4]}'.");
            }

            var type = cluster == "kearsipan" ? 'a' : f[3][0];
            topics.Add(new Topic(topics.Count, keys, topicAffairs, cluster, type, f[4], f[5], f[6], f[7]));
        }

        return new CatalogData(
            regions,
            provinces.ToFrozenDictionary(StringComparer.Ordinal),
            districts.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            agencies,
            topics);
    }

    private static string[] CheckAffairs(string[] values, FrozenSet<string> known, string where)
    {
        foreach (var v in values)
        {
            if (!known.Contains(v))
            {
                throw new InvalidOperationException($"Generator data: unknown urusan '{v}' at '{where}'.");
            }
        }

        return values;
    }

    private static string[] Split(string field) =>
        field.Length == 0 ? [] : field.Split(';', StringSplitOptions.TrimEntries);

    private static IEnumerable<string[]> Lines(string resource, int fields)
    {
        foreach (var line in Read(resource))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('|');
            if (f.Length != fields)
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"{resource}: expected {fields} fields in '{line}'."));
            }

            yield return f;
        }
    }

    private static IEnumerable<string[]> Csv(string resource)
    {
        var first = true;
        foreach (var line in Read(resource))
        {
            if (first || line.Length == 0)
            {
                first = false;
                continue;
            }

            // Names hold no commas in this file; the id columns come first.
            var a = line.IndexOf(',', StringComparison.Ordinal);
            var b = line.IndexOf(',', a + 1);
            yield return b < 0 ? [line[..a], line[(a + 1)..]] : [line[..a], line[(a + 1)..b], line[(b + 1)..]];
        }
    }

    private static IEnumerable<string> Read(string resource)
    {
        var name = "Inovasi.Search.Resources." + resource;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private sealed record CatalogData(
        IReadOnlyList<RegionEntry> Regions,
        FrozenDictionary<string, string> ProvinceNames,
        FrozenDictionary<string, string[]> Districts,
        IReadOnlyList<AgencyTemplate> Agencies,
        IReadOnlyList<Topic> Topics);
}
