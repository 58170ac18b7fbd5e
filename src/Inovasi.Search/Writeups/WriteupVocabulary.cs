using System.Collections.Frozen;

namespace Inovasi.Search.Writeups;

/// <summary>The codes FORMAT.md defines for enumerated front-matter values, in both directions.</summary>
/// <remarks><threadsafety>Static, immutable tables; thread-safe.</threadsafety></remarks>
public static class WriteupVocabulary
{
    /// <summary>Known <c>klaster</c> values; any other value is a warning.</summary>
    public static FrozenSet<string> KnownClusters { get; } = FrozenSet.Create(StringComparer.Ordinal, ClusterOrder);

    /// <summary>The known <c>klaster</c> values in FORMAT.md's order (for messages).</summary>
    internal static string[] ClusterOrder =>
    [
        "kearsipan", "layanan-langsung", "sarana-prasarana", "sistem-informasi",
        "pemberdayaan-masyarakat", "pelayanan-kepegawaian", "tata-kelola",
    ];

    private static readonly (ServiceElement Element, string Code)[] s_elements =
    [
        (ServiceElement.Persyaratan, "persyaratan"),
        (ServiceElement.Prosedur, "prosedur"),
        (ServiceElement.Waktu, "waktu"),
        (ServiceElement.Biaya, "biaya"),
        (ServiceElement.Produk, "produk"),
        (ServiceElement.Kompetensi, "kompetensi"),
        (ServiceElement.Perilaku, "perilaku"),
        (ServiceElement.Pengaduan, "pengaduan"),
        (ServiceElement.Sarana, "sarana"),
    ];

    private static readonly FrozenDictionary<string, ServiceElement> s_elementByCode =
        s_elements.ToFrozenDictionary(e => e.Code, e => e.Element, StringComparer.Ordinal);

    /// <summary>The <c>unsur_skm</c> code of a survey element, e.g. <c>waktu</c>.</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its code.</returns>
    public static string Code(this ServiceElement element) => s_elements[(int)element].Code;

    /// <summary>Parses an <c>unsur_skm</c> code (exact, lower case).</summary>
    /// <param name="code">The code.</param>
    /// <param name="element">The element when the code is known.</param>
    /// <returns>Whether the code is one of the nine.</returns>
    public static bool TryParseElement(string code, out ServiceElement element) =>
        s_elementByCode.TryGetValue(code, out element);

    /// <summary>The <c>tahap</c> code of a stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns><c>inisiatif</c>, <c>uji-coba</c> or <c>penerapan</c>.</returns>
    public static string Code(this InnovationStage stage) => stage switch
    {
        InnovationStage.Inisiatif => "inisiatif",
        InnovationStage.UjiCoba => "uji-coba",
        _ => "penerapan",
    };

    /// <summary>Parses a <c>tahap</c> code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="stage">The stage when known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseStage(string code, out InnovationStage stage)
    {
        switch (code)
        {
            case "inisiatif": stage = InnovationStage.Inisiatif; return true;
            case "uji-coba": stage = InnovationStage.UjiCoba; return true;
            case "penerapan": stage = InnovationStage.Penerapan; return true;
            default: stage = default; return false;
        }
    }

    /// <summary>The <c>status</c> code of a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns><c>berjalan</c> or <c>berhenti</c>.</returns>
    public static string Code(this InnovationStatus status) =>
        status == InnovationStatus.Stopped ? "berhenti" : "berjalan";

    /// <summary>Parses a <c>status</c> code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The status when known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParseStatus(string code, out InnovationStatus status)
    {
        switch (code)
        {
            case "berjalan": status = InnovationStatus.Running; return true;
            case "berhenti": status = InnovationStatus.Stopped; return true;
            default: status = default; return false;
        }
    }
}
