using Inovasi.Cli.Import;

namespace Inovasi.Cli.Tests.Support;

/// <summary>Sample LAN records and a small BPS table for converter tests.</summary>
internal static class LanSamples
{
    /// <summary>A few real BPS rows (and the quirky SAWAH LUNTO spelling).</summary>
    public static WilayahTable Wilayah { get; } = WilayahTable.Parse(
        "provinces.csv",
        ["id,name", "13,SUMATERA BARAT", "31,DKI JAKARTA", "32,JAWA BARAT", "33,JAWA TENGAH", "34,DI YOGYAKARTA", "35,JAWA TIMUR"],
        "regencies.csv",
        ["id,province_id,name", "1373,13,KOTA SAWAH LUNTO", "3202,32,KABUPATEN SUKABUMI", "3272,32,KOTA SUKABUMI",
         "3319,33,KABUPATEN KUDUS", "3372,33,KOTA SURAKARTA", "3402,34,KABUPATEN BANTUL", "3509,35,KABUPATEN JEMBER",
         "3578,35,KOTA SURABAYA"]);

    /// <summary>A regional record with every field set.</summary>
    public static LanRecord Record(int id = 49, string name = "PELAYANAN KTP 1 JAM", string institution = "KOTA SURAKARTA",
        string? unit = "Dinas Kependudukan dan Pencatatan Sipil") => new()
    {
        Id = id,
        FilePath = "sample.jsonl",
        Line = 7,
        Name = name,
        Product = "Prosedur pelayanan pembuatan KTP",
        Institution = institution,
        Unit = unit,
        RegencyCode = 3372,
        ProvinceName = "JAWA TENGAH",
        InitiationYear = 2005,
        ImplementationYear = 2006,
        EntryDate = "2014-12-20 00:23:55",
        Description = "Pelayanan KTP satu jam.\nDulu 14 hari.",
        Drivers = "- Komitmen pimpinan;",
        Obstacles = "",
        Steps = "- Simulasi;\n- Pelaksanaan.",
        Benefits = "- Waktu yang singkat;\n- Prosedur yang jelas.",
        ReplicationPrerequisites = "- Dukungan pemerintah setempat;\n- Perbaikan ruang tunggu.",
        Source = "Hasil Observasi langsung ke kota Surakarta",
    };
}
