namespace Inovasi.Web.Tests.Support;

/// <summary>A small corpus of write-ups in a temp folder, written fresh for each fixture.</summary>
internal static class TestCorpus
{
    public const string Seraton = """
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
        penghargaan: [Inovasi Terbaik Diklat 2019]
        replikasi:
          - opd: Dinas Kependudukan dan Catatan Sipil
            pemda: Kabupaten Deli Serdang
            tahun: 2021
            nama: Lapor Mati
          - opd: Dinas Kependudukan dan Catatan Sipil
            pemda: Kota Binjai
            tahun: 2022
        ---
        # Seraton

        ## Latar Belakang
        Ahli waris harus datang ke kantor dinas untuk melaporkan kematian dan mengurus akta kematian.
        <script>alert('x')</script>

        ## Inovasi
        Laporan kematian dikirim secara daring; akta kematian dikirim ke alamat pelapor. [Panduan](javascript:alert(1))

        ## Manfaat
        Waktu pengurusan akta kematian turun dari 14 hari menjadi 3 hari.

        ## Replikasi
        Butuh server aplikasi dan dua petugas verifikasi.
        """;

    public const string Sitancap = """
        ---
        id: sitancap-disdukcapil-medan
        judul: Sitancap
        ringkasan: Layanan data kependudukan yang cepat dan terpadu secara digital.
        opd: Dinas Kependudukan dan Catatan Sipil
        pemda: Kota Medan
        provinsi: Sumatera Utara
        tahun: 2019
        klaster: layanan-langsung
        urusan: [administrasi kependudukan dan pencatatan sipil]
        unsur_skm: [waktu, persyaratan]
        tahap: penerapan
        digital: true
        ---
        # Sitancap

        ## Latar Belakang
        Pengurusan KTP-el dan kartu keluarga (KK) memerlukan antrean panjang.

        ## Inovasi
        Permohonan dokumen kependudukan diajukan secara daring dan diproses terpadu.

        ## Manfaat
        Antrean di kantor berkurang setengahnya.
        """;

    public const string Verolin = """
        ---
        id: verolin-dpmptsp-medan
        judul: Verolin
        ringkasan: Verifikasi izin reklame secara daring.
        opd: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu
        pemda: Kota Medan
        provinsi: Sumatera Utara
        tahun: 2019
        klaster: layanan-langsung
        urusan: [penanaman modal]
        unsur_skm: [persyaratan, prosedur, biaya]
        tahap: penerapan
        digital: true
        replikasi:
          - opd: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu
            pemda: Kota Pematangsiantar
            tahun: 2021
        ---
        # Verolin

        ## Latar Belakang
        Pemohon izin reklame harus datang berkali-kali untuk verifikasi berkas.

        ## Inovasi
        Verifikasi berkas perizinan reklame dilakukan secara daring.
        """;

    public const string SiSurat = """
        ---
        id: si-surat-setda-medan
        judul: Si-Surat
        ringkasan: Sistem layanan dan informasi surat masuk dan surat keluar.
        opd: Bagian Umum Sekretariat Daerah
        pemda: Kota Medan
        provinsi: Sumatera Utara
        tahun: 2019
        klaster: kearsipan
        unsur_skm: [waktu, pengaduan]
        tahap: penerapan
        digital: true
        ---
        # Si-Surat

        ## Latar Belakang
        Surat masuk dan keluar dicatat manual sehingga sering hilang dan terlambat didisposisi.

        ## Inovasi
        Pencatatan, disposisi dan pelacakan surat secara elektronik untuk semua OPD.
        """;

    public const string JumatBerkah = """
        ---
        id: jumat-berkah-dpmptsp-medan
        judul: Jumat Berkah
        ringkasan: Pendampingan izin usaha untuk usaha mikro dan kecil setiap hari Jumat.
        opd: Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu
        pemda: Kota Medan
        provinsi: Sumatera Utara
        tahun: 2020
        klaster: pemberdayaan-masyarakat
        urusan: ["koperasi, usaha kecil, dan menengah", penanaman modal]
        unsur_skm: [persyaratan, kompetensi, perilaku]
        tahap: penerapan
        digital: false
        ---
        # Jumat Berkah

        ## Latar Belakang
        Pelaku UMKM kesulitan memahami persyaratan izin usaha.

        ## Inovasi
        Petugas mendampingi pelaku usaha mikro mengurus izin setiap hari Jumat.
        """;

    public const string LaporMati = """
        ---
        id: lapor-mati-disdukcapil-deli-serdang
        judul: Lapor Mati
        ringkasan: Replikasi Seraton di Deli Serdang untuk pelaporan kematian daring.
        opd: Dinas Kependudukan dan Catatan Sipil
        pemda: Kabupaten Deli Serdang
        provinsi: Sumatera Utara
        tahun: 2021
        klaster: sistem-informasi
        urusan: [administrasi kependudukan dan pencatatan sipil]
        unsur_skm: [prosedur, waktu]
        tahap: penerapan
        asal: seraton-disdukcapil-medan
        digital: true
        ---
        # Lapor Mati

        ## Latar Belakang
        Warga desa jauh dari kantor dinas untuk melaporkan kematian.

        ## Inovasi
        Pelaporan kematian secara daring melalui aplikasi, meniru Seraton dari Kota Medan.
        """;

    public static readonly IReadOnlyList<(string Id, string Text)> All =
    [
        ("seraton-disdukcapil-medan", Seraton),
        ("sitancap-disdukcapil-medan", Sitancap),
        ("verolin-dpmptsp-medan", Verolin),
        ("si-surat-setda-medan", SiSurat),
        ("jumat-berkah-dpmptsp-medan", JumatBerkah),
        ("lapor-mati-disdukcapil-deli-serdang", LaporMati),
    ];

    /// <summary>A new write-up, valid, for the submit tests (not in the corpus).</summary>
    public static string NewWriteup(string id, string title) => $"""
        ---
        id: {id}
        judul: {title}
        ringkasan: Juru parkir memakai karcis elektronik sehingga retribusi tercatat.
        opd: Dinas Perhubungan
        pemda: Kota Sibolga
        provinsi: Sumatera Utara
        tahun: 2022
        klaster: sarana-prasarana
        urusan: [perhubungan]
        unsur_skm: [biaya]
        tahap: uji-coba
        digital: true
        ---
        # {title}

        ## Latar Belakang
        Setoran retribusi parkir tepi jalan bocor karena karcis kertas.

        ## Inovasi
        Juru parkir mencetak karcis elektronik dari perangkat genggam.
        """;

    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (id, text) in All)
        {
            File.WriteAllText(Path.Combine(folder, id + ".md"), text.ReplaceLineEndings("\n") + "\n");
        }

        return folder;
    }
}
