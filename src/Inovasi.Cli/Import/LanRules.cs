namespace Inovasi.Cli.Import;

/// <summary>
/// The keyword rules that assign <c>klaster</c>, <c>urusan</c>, <c>unsur_skm</c> and <c>digital</c> to a LAN
/// record. docs/corpus.md lists them; a test keeps that list and this file equal.
/// </summary>
/// <remarks>
/// Which text each rule reads:
/// <list type="bullet">
/// <item><c>klaster</c> and <c>digital</c>: the innovation's name and product (<c>nama_inovasi</c>, <c>produk_inovasi</c>).
/// <c>klaster</c> takes the first rule that matches, in the order below, and <c>layanan-langsung</c> when none does.</item>
/// <item><c>urusan</c>: every affair whose keywords occur in the name and product; when none does, every affair whose
/// keywords occur in the unit's name (<c>unit_instansi</c>). Listed in the order of UU 23/2014 Pasal 12.</item>
/// <item><c>unsur_skm</c>: every element whose keywords occur in the name, product or benefits (<c>manfaat</c>), the
/// text that says what improved. Listed in the order of PermenPAN-RB 14/2017.</item>
/// </list>
/// </remarks>
internal static class LanRules
{
    /// <summary>
    /// Phrases rewritten before any rule is applied, so that a word inside a fixed name does not count on its own:
    /// <c>pendidikan dan pelatihan</c> is staff training (diklat), not the education affair, and the ministry of
    /// <c>pendidikan dan kebudayaan</c> is about education.
    /// </summary>
    public static IReadOnlyList<(string Phrase, string Replacement)> Rewrites { get; } =
    [
        ("pendidikan dan pelatihan", "diklat"),
        ("pendidikan dan kebudayaan", "pendidikan"),
    ];

    /// <summary>Applies <see cref="Rewrites"/> to the words of a text.</summary>
    public static List<string> Rewrite(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var replaced = false;
            foreach (var (phrase, replacement) in Rewrites)
            {
                var parts = phrase.Split(' ');
                if (i + parts.Length <= words.Count && parts.Select((p, k) => string.Equals(p, words[i + k], StringComparison.Ordinal)).All(b => b))
                {
                    result.Add(replacement);
                    i += parts.Length - 1;
                    replaced = true;
                    break;
                }
            }

            if (!replaced)
            {
                result.Add(words[i]);
            }
        }

        return result;
    }

    /// <summary>The words the rules read: <see cref="WilayahTable.Words"/>, then <see cref="Rewrite"/>.</summary>
    public static List<string> Words(string text) => Rewrite(WilayahTable.Words(text));

    /// <summary>The klaster of a record: the first rule that matches; <see cref="DefaultCluster"/> otherwise.</summary>
    public static IReadOnlyList<KeywordRule> Clusters { get; } =
    [
        new("kearsipan", ["arsip*", "kearsipan", "jra", "persuratan", "surat masuk", "surat keluar", "e surat", "tata naskah"]),
        new("pelayanan-kepegawaian", ["kepegawaian", "pegawai", "asn", "pns", "aparatur", "aparat", "sdm", "sumber daya manusia", "diklat", "pendidikan dan pelatihan", "budaya kerja"]),
        new("tata-kelola", ["anggaran", "penganggaran", "budgeting", "keuangan daerah", "perencanaan", "kinerja", "pengadaan", "pengendalian", "pengawasan", "controlling", "monitoring", "evaluasi", "gratifikasi", "kelembagaan", "rightsizing", "tata kelola", "reformasi birokrasi", "transformasi"]),
        new("sistem-informasi", ["sistem informasi", "aplikasi", "online", "daring", "elektronik", "digital", "web", "website", "portal", "komputer*", "internet", "sms", "teknologi informasi", "e learning", "e government", "cbt", "data", "pendataan", "e", "host to host", "bridging system"]),
        new("pemberdayaan-masyarakat", ["pemberdayaan", "kampung", "gampong", "community", "umkm", "ukm", "pkl", "pedagang", "pengrajin", "kemiskinan", "berbasis masyarakat", "gerakan", "komunitas", "perempuan", "kredit mikro", "petani"]),
        new("sarana-prasarana", ["sarana", "prasarana", "terminal", "gedung", "drainase", "polder", "infrastruktur", "mobil", "taman", "pasar", "kawasan", "rumah kumuh"]),
    ];

    /// <summary>The klaster when no rule matches: a service delivered to the citizen.</summary>
    public const string DefaultCluster = "layanan-langsung";

    /// <summary>
    /// Government affairs (urusan) of UU 23/2014 Pasal 12, with their keywords; names as the law writes them.
    /// </summary>
    public static IReadOnlyList<KeywordRule> Affairs { get; } =
    [
        new("pendidikan", ["pendidikan", "sekolah", "siswa", "guru", "belajar", "kurikulum", "ujian nasional", "peserta didik", "ppdb", "mengajar"]),
        new("kesehatan", ["kesehatan", "puskesmas", "puskemas", "rumah sakit", "rs", "rsud", "rsj", "gizi", "sanitasi", "sehat", "apotek", "obat", "rokok", "ibu dan anak", "hospital", "paru"]),
        new("pekerjaan umum dan penataan ruang", ["pekerjaan umum", "drainase", "polder", "tata ruang", "pengawasan pembangunan", "jalan tol", "tol"]),
        new("perumahan rakyat dan kawasan permukiman", ["perumahan", "permukiman", "rumah kumuh", "kawasan kumuh"]),
        new("ketenteraman, ketertiban umum, dan pelindungan masyarakat", ["satuan polisi pamong praja", "satpol pp", "ketertiban", "kewaspadaan dini", "penertiban"]),
        new("sosial", ["dinas sosial", "kemiskinan", "pengemis", "pengamen", "kesejahteraan sosial", "liposos", "pondok sosial", "jaminan sosial"]),
        new("tenaga kerja", ["tenaga kerja", "ketenagakerjaan"]),
        new("pemberdayaan perempuan dan pelindungan anak", ["perempuan", "layak anak", "ramah anak", "perlindungan anak", "pelindungan anak"]),
        new("pangan", ["pangan", "beras", "logistik"]),
        new("pertanahan", ["pertanahan", "sertifikat tanah"]),
        new("lingkungan hidup", ["lingkungan hidup", "sampah", "limbah", "kebersihan", "pembersih", "perubahan iklim", "green", "jelantah", "ampas", "konservasi"]),
        new("administrasi kependudukan dan pencatatan sipil", ["kependudukan", "catatan sipil", "pencatatan sipil", "dukcapil", "ktp", "akta", "kartu keluarga", "kartu insentif anak"]),
        new("pemberdayaan masyarakat dan desa", ["pemberdayaan masyarakat", "desa", "kampung", "gampong", "community development", "bapermas", "bapemas"]),
        new("pengendalian penduduk dan keluarga berencana", ["keluarga berencana", "kb"]),
        new("perhubungan", ["perhubungan", "angkot", "angkutan", "transportasi", "pelabuhan", "petikemas", "terminal penumpang", "kereta api", "commuter", "bus", "transjakarta", "sim"]),
        new("komunikasi dan informatika", ["komunikasi dan informatika", "komunikasi dan informasi", "kominfo", "diskominfo", "e government", "media center", "broadband", "informasi publik", "informasi geospasial"]),
        new("koperasi, usaha kecil, dan menengah", ["koperasi", "umkm", "ukm", "usaha mikro", "usaha kecil", "kredit mikro", "pkl", "pedagang kaki lima", "angkringan"]),
        new("penanaman modal", ["penanaman modal", "penanam modal", "perizinan", "perijinan", "izin", "ijin", "pelayanan terpadu satu pintu", "ptsp"]),
        new("kepemudaan dan olah raga", ["kepemudaan", "pemuda", "olahraga", "olah raga"]),
        new("statistik", ["statistik"]),
        new("persandian", ["persandian", "sandi"]),
        new("kebudayaan", ["kebudayaan", "cagar budaya", "kota lama", "permuseuman", "museum", "peninggalan bersejarah", "tenun tradisional"]),
        new("perpustakaan", ["perpustakaan"]),
        new("kearsipan", ["kearsipan", "arsip*", "jra", "persuratan", "e surat"]),
        new("kelautan dan perikanan", ["kelautan", "perikanan", "nelayan"]),
        new("pariwisata", ["pariwisata", "wisata", "night market"]),
        new("pertanian", ["pertanian", "petani", "perkebunan", "tanaman pangan", "hortikultura", "belimbing", "uji tanah", "tembakau", "penyuluhan pertanian"]),
        new("kehutanan", ["kehutanan", "hutan", "konservasi sumber daya alam"]),
        new("energi dan sumber daya mineral", ["energi", "biodiesel", "spbu", "bright gas", "elpiji", "lpg"]),
        new("perdagangan", ["perdagangan", "pasar", "pedagang", "pemasaran"]),
        new("perindustrian", ["perindustrian", "industri", "pengrajin"]),
        new("transmigrasi", ["transmigrasi"]),
    ];

    /// <summary>The nine SKM elements (PermenPAN-RB 14/2017) with the keywords that say an innovation improves them.</summary>
    public static IReadOnlyList<KeywordRule> ServiceElements { get; } =
    [
        new("persyaratan", ["persyaratan", "syarat", "dokumen persyaratan"]),
        new("prosedur", ["prosedur", "mekanisme", "alur", "birokrasi", "satu pintu", "one stop", "penyederhanaan", "disederhanakan", "sederhana", "sop", "terpadu"]),
        new("waktu", ["waktu", "cepat*", "percepatan", "mempercepat", "singkat", "one day", "1 jam", "satu jam", "satu hari", "tepat waktu"]),
        new("biaya", ["biaya*", "gratis", "murah*", "tarif", "pungutan", "pungli", "tanpa dipungut"]),
        new("produk", ["standar pelayanan", "jenis layanan", "jenis pelayanan", "spesifikasi", "kualitas layanan", "kualitas pelayanan", "mutu pelayanan", "mutu layanan"]),
        new("kompetensi", ["kompetensi", "keahlian", "profesional*", "keterampilan petugas", "kapasitas petugas", "kapasitas aparatur"]),
        new("perilaku", ["keramahan", "ramah tamah", "sopan*", "santun", "perilaku petugas", "perilaku pelaksana", "perilaku aparatur", "sikap petugas", "budaya melayani"]),
        new("pengaduan", ["pengaduan", "keluhan", "komplain", "aduan", "saran", "masukan masyarakat"]),
        new("sarana", ["sarana", "prasarana", "fasilitas", "ruang tunggu", "gedung", "peralatan"]),
    ];

    /// <summary>Keywords that make a record <c>digital: true</c>; without one, <c>digital</c> is left out (unknown).</summary>
    public static KeywordRule Digital { get; } = new("digital",
        ["online", "daring", "elektronik", "digital", "aplikasi", "sistem informasi", "web", "website", "portal", "komputer*", "internet", "sms", "e", "e learning", "cbt", "broadband", "teknologi informasi", "host to host", "bridging system", "atm", "vending machine", "hybrid machine", "ponsel", "poslocker"]);
}
