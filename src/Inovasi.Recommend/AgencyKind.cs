namespace Inovasi.Recommend;

/// <summary>The kind of an agency (OPD or central body), read from its name by <see cref="AgencyKinds.Infer(string)"/>.</summary>
public enum AgencyKind
{
    /// <summary>Any other kind (inspektorat, satuan, kantor, ...).</summary>
    Lainnya,

    /// <summary>A <c>dinas</c>.</summary>
    Dinas,

    /// <summary>A <c>badan</c>.</summary>
    Badan,

    /// <summary>A <c>bagian</c> or the <c>sekretariat</c> (Setda, Sekretariat DPRD).</summary>
    Sekretariat,

    /// <summary>A <c>kecamatan</c>.</summary>
    Kecamatan,

    /// <summary>A <c>kelurahan</c> or <c>desa</c>.</summary>
    Kelurahan,

    /// <summary>A hospital (<c>rumah sakit</c>, RSUD).</summary>
    RumahSakit,

    /// <summary>A <c>puskesmas</c>.</summary>
    Puskesmas,

    /// <summary>A ministry, national agency or state-owned enterprise.</summary>
    Pusat,
}

/// <summary>Reads an <see cref="AgencyKind"/> from an agency's name.</summary>
public static class AgencyKinds
{
    /// <summary>Infers the kind from the first word that names one (case-insensitive), e.g.
    /// <c>Dinas Kependudukan dan Catatan Sipil</c> is <see cref="AgencyKind.Dinas"/>.</summary>
    /// <param name="agency">The agency's full name.</param>
    /// <returns>The kind, or <see cref="AgencyKind.Lainnya"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is null.</exception>
    public static AgencyKind Infer(string agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        foreach (var range in agency.AsSpan().SplitAny(" \t-,./()"))
        {
            var word = agency.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            foreach (var (prefix, kind) in Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }
        }

        return AgencyKind.Lainnya;
    }

    private static readonly (string Prefix, AgencyKind Kind)[] Prefixes =
    [
        ("dinas", AgencyKind.Dinas), ("disdukcapil", AgencyKind.Dinas), ("dpmptsp", AgencyKind.Dinas),
        ("badan", AgencyKind.Badan), ("bappeda", AgencyKind.Badan), ("bkd", AgencyKind.Badan), ("bkpsdm", AgencyKind.Badan),
        ("bagian", AgencyKind.Sekretariat), ("sekretariat", AgencyKind.Sekretariat), ("setda", AgencyKind.Sekretariat),
        ("kecamatan", AgencyKind.Kecamatan), ("kelurahan", AgencyKind.Kelurahan), ("desa", AgencyKind.Kelurahan),
        ("rsud", AgencyKind.RumahSakit), ("rumah", AgencyKind.RumahSakit), ("puskesmas", AgencyKind.Puskesmas),
        ("kementerian", AgencyKind.Pusat), ("kemen", AgencyKind.Pusat), ("lembaga", AgencyKind.Pusat), ("pt", AgencyKind.Pusat),
    ];
}
