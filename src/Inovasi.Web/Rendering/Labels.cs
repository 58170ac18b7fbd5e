using Inovasi.Search.Writeups;

namespace Inovasi.Web.Rendering;

/// <summary>Indonesian labels for facet names and coded values (the codes stay in URLs and JSON).</summary>
internal static class Labels
{
    public static string Facet(string name) => name switch
    {
        "klaster" => "Klaster",
        "urusan" => "Urusan",
        "pemda" => "Pemerintah daerah",
        "opd" => "OPD",
        "tahun" => "Tahun",
        "unsur" => "Unsur SKM",
        "digital" => "Digital",
        "tahap" => "Tahap",
        "dari" => "Dari tahun",
        "sampai" => "Sampai tahun",
        _ => name,
    };

    public static string Value(string facet, string value) => facet switch
    {
        "unsur" when WriteupVocabulary.TryParseElement(value, out var e) => Element(e),
        "tahap" when WriteupVocabulary.TryParseStage(value, out var s) => Stage(s),
        "digital" => value == "true" ? "Digital" : "Non-digital",
        "klaster" => Cluster(value),
        _ => value,
    };

    public static string Cluster(string? code) => code switch
    {
        null => "(tanpa klaster)",
        "kearsipan" => "Kearsipan",
        "layanan-langsung" => "Layanan langsung",
        "sarana-prasarana" => "Sarana prasarana",
        "sistem-informasi" => "Sistem informasi",
        "pemberdayaan-masyarakat" => "Pemberdayaan masyarakat",
        "pelayanan-kepegawaian" => "Pelayanan kepegawaian",
        "tata-kelola" => "Tata kelola",
        _ => code,
    };

    public static string Element(ServiceElement element) => element switch
    {
        ServiceElement.Persyaratan => "Persyaratan",
        ServiceElement.Prosedur => "Sistem, mekanisme dan prosedur",
        ServiceElement.Waktu => "Waktu penyelesaian",
        ServiceElement.Biaya => "Biaya/tarif",
        ServiceElement.Produk => "Produk spesifikasi jenis pelayanan",
        ServiceElement.Kompetensi => "Kompetensi pelaksana",
        ServiceElement.Perilaku => "Perilaku pelaksana",
        ServiceElement.Pengaduan => "Penanganan pengaduan, saran dan masukan",
        _ => "Sarana dan prasarana",
    };

    /// <summary>The one-word name of an element, for charts.</summary>
    public static string ElementShort(ServiceElement element) => element switch
    {
        ServiceElement.Persyaratan => "Persyaratan",
        ServiceElement.Prosedur => "Prosedur",
        ServiceElement.Waktu => "Waktu",
        ServiceElement.Biaya => "Biaya",
        ServiceElement.Produk => "Produk",
        ServiceElement.Kompetensi => "Kompetensi",
        ServiceElement.Perilaku => "Perilaku",
        ServiceElement.Pengaduan => "Pengaduan",
        _ => "Sarana",
    };

    public static string Stage(InnovationStage? stage) => stage switch
    {
        InnovationStage.Inisiatif => "Inisiatif",
        InnovationStage.UjiCoba => "Uji coba",
        InnovationStage.Penerapan => "Penerapan",
        _ => "(tidak disebut)",
    };

    /// <summary>A count the Indonesian way, with a dot between thousands (12.345). The app runs with invariant
    /// globalization, so this does not depend on ICU.</summary>
    public static string Number(int value) =>
        value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    public static string Status(InnovationStatus status) => status == InnovationStatus.Stopped ? "Berhenti" : "Berjalan";
}
