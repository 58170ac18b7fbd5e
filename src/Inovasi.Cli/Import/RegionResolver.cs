namespace Inovasi.Cli.Import;

/// <summary>Where a LAN record's owner sits: the <c>pemda</c> and <c>provinsi</c> of its write-up.</summary>
/// <param name="Region">The <c>pemda</c> value, e.g. <c>Kota Surakarta</c> or <c>Pemerintah Pusat</c>.</param>
/// <param name="Province">The <c>provinsi</c> value, or <see langword="null"/> when unknown or national.</param>
/// <param name="IsCentral">Whether the owner is a ministry, national agency or state-owned enterprise.</param>
/// <param name="Rule">Which rule decided (for docs, notes and tests).</param>
internal sealed record ResolvedRegion(string Region, string? Province, bool IsCentral, string Rule);

/// <summary>
/// Resolves <c>nama_instansi</c> (and, where it says more, <c>unit_instansi</c> and <c>kabkota_id</c>) to a
/// regional government, by the rules listed in docs/corpus.md, applied in order:
/// <list type="number">
/// <item><b>alias</b>: a fixed table of owners whose name does not say where they belong (regional companies, a typo).</item>
/// <item><b>pusat</b>: ministries, national agencies, Polri and state-owned companies → <c>Pemerintah Pusat</c>.</item>
/// <item><b>unit-provinsi</b> (with a BPS table only): the unit names a province (<c>… Provinsi Jawa Timur</c>) → that province.</item>
/// <item><b>provinsi</b>: the name is <c>Provinsi X</c> / <c>Prov. X</c>.</item>
/// <item><b>kota/kabupaten</b>: the name contains <c>Kota X</c>, <c>Kabupaten X</c>, <c>Kab. X</c>, <c>Pemkot X</c>,
/// <c>Pemkab X</c> or <c>Pemda X</c> (a regency first, then a city).</item>
/// <item><b>kode</b>: the BPS code <c>kabkota_id</c>.</item>
/// </list>
/// With a BPS table, names are checked against it and the province comes from it; without one, names are
/// title-cased as written and the province is the record's <c>provinsi_nama</c>.
/// </summary>
internal sealed class RegionResolver(WilayahTable? wilayah)
{
    /// <summary>The <c>pemda</c> of a ministry, a national agency or a state-owned enterprise (FORMAT.md).</summary>
    public const string Central = "Pemerintah Pusat";

    /// <summary>
    /// Owners whose name does not say which government owns them, normalised name → (kind, name). Each has a reason.
    /// </summary>
    internal static IReadOnlyList<(string Institution, RegionKind Kind, string Name, string Reason)> Aliases { get; } =
    [
        ("bank jatim", RegionKind.Province, "Jawa Timur", "Bank Jatim is the regional bank (BPD) of Provinsi Jawa Timur"),
        ("pdam kudus", RegionKind.Regency, "Kudus", "the water company (PDAM) of Kabupaten Kudus"),
        ("jamkrida bali mandara", RegionKind.Province, "Bali", "the regional credit-guarantee company of Provinsi Bali"),
        ("ppk pedaringan surakarta", RegionKind.City, "Surakarta", "a Perusahaan Daerah of Kota Surakarta (its record says so)"),
        ("pdam tirta bumi sentosa kebumen", RegionKind.Regency, "Kebumen", "the water company (PDAM) of Kabupaten Kebumen"),
        ("pt transjakarta", RegionKind.Province, "DKI Jakarta", "a regional company (BUMD) of Provinsi DKI Jakarta"),
        ("pt bank pembangunan daerah diy", RegionKind.Province, "Daerah Istimewa Yogyakarta", "the regional bank (BPD) of DIY"),
        ("perumda aneka usaha kulon progo", RegionKind.Regency, "Kulon Progo", "a Perusahaan Umum Daerah of Kabupaten Kulon Progo"),
        ("pelatihan kabupaten minahahasa utara", RegionKind.Regency, "Minahasa Utara", "typo in the source (Minahahasa)"),
        ("pt madubaru pg ps madukismo", RegionKind.Regency, "Bantul", "not a government body; its record places it in Kabupaten Bantul"),
    ];

    /// <summary>Leading words of a normalised <c>nama_instansi</c> that mark the central government.</summary>
    internal static IReadOnlyList<string> CentralPrefixes { get; } =
    [
        "kementerian", "kemen*", "badan pertanahan nasional", "badan informasi geospasial",
        "badan penyelenggara jaminan sosial", "bpkp", "polri", "polda", "lembaga", "arsip nasional",
        "pt", "perum", "perusahaan umum",
    ];

    /// <summary>Resolves the owner of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="notes">Receives a note when sources disagree (e.g. a code that contradicts the name).</param>
    /// <exception cref="ImportDataException">No rule resolves the owner.</exception>
    public ResolvedRegion Resolve(LanRecord record, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(notes);
        var name = WilayahTable.Words(record.Institution);
        var normalized = string.Join(' ', name);

        foreach (var (institution, kind, aliasName, _) in Aliases)
        {
            if (string.Equals(normalized, institution, StringComparison.Ordinal))
            {
                return Named(kind, aliasName, record, "alias") ?? Fail(record, ImportMessages.AliasNotInBps(aliasName));
            }
        }

        if (IsCentral(name))
        {
            return new ResolvedRegion(Central, null, true, "pusat");
        }

        if (wilayah is not null
            && AfterMarker(WilayahTable.Words(record.Unit ?? ""), ["provinsi", "prov"]) is { } unitProvince
            && LongestProvince(unitProvince) is { } fromUnit)
        {
            return new ResolvedRegion(fromUnit.GovernmentName, fromUnit.ProvinceName, false, "unit-provinsi");
        }

        if (name.Count > 1 && name[0] is "provinsi" or "prov")
        {
            return Named(RegionKind.Province, string.Join(' ', name.Skip(1)), record, "provinsi")
                ?? Fail(record, ImportMessages.ProvinceNotInBps);
        }

        if (FromRegencyMarker(name, record) is { } regency)
        {
            CheckCode(record, regency, notes);
            return regency;
        }

        if (record.RegencyCode is { } code && wilayah?.ByCode(code) is { } byCode)
        {
            return new ResolvedRegion(byCode.GovernmentName, byCode.ProvinceName, false, "kode");
        }

        return Fail(record, ImportMessages.NoOwnerRule);
    }

    private static bool IsCentral(List<string> words)
    {
        foreach (var prefix in CentralPrefixes)
        {
            var parts = prefix.Split(' ');
            if (parts.Length > words.Count)
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < parts.Length && all; i++)
            {
                all = parts[i].EndsWith('*')
                    ? words[i].StartsWith(parts[i][..^1], StringComparison.Ordinal)
                    : string.Equals(words[i], parts[i], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return words.Contains("persero");
    }

    private ResolvedRegion? FromRegencyMarker(List<string> name, LanRecord record)
    {
        for (var i = 0; i < name.Count - 1; i++)
        {
            RegionKind[] kinds = name[i] switch
            {
                "kota" or "pemkot" => [RegionKind.City],
                "kabupaten" or "kab" or "pemkab" => [RegionKind.Regency],
                "pemda" => [RegionKind.Regency, RegionKind.City],
                _ => [],
            };
            foreach (var kind in kinds)
            {
                var rest = name.Skip(i + 1).ToList();
                if (wilayah is null)
                {
                    return Named(kind, string.Join(' ', rest), record, "kota/kabupaten");
                }

                // The longest run of words after the marker that names a BPS city/regency of that kind.
                for (var n = rest.Count; n > 0; n--)
                {
                    if (wilayah.Regency(kind, string.Join(' ', rest.Take(n))) is { } hit)
                    {
                        return new ResolvedRegion(hit.GovernmentName, hit.ProvinceName, false, "kota/kabupaten");
                    }
                }
            }
        }

        return null;
    }

    private ResolvedRegion? Named(RegionKind kind, string name, LanRecord record, string rule)
    {
        if (wilayah is not null)
        {
            var hit = kind == RegionKind.Province ? wilayah.Province(name) : wilayah.Regency(kind, name);
            return hit is null ? null : new ResolvedRegion(hit.GovernmentName, hit.ProvinceName, false, rule);
        }

        var display = WilayahTable.TitleCase(name);
        return kind switch
        {
            RegionKind.Province => new ResolvedRegion("Provinsi " + display, display, false, rule),
            RegionKind.City => new ResolvedRegion("Kota " + display, Title(record.ProvinceName), false, rule),
            _ => new ResolvedRegion("Kabupaten " + display, Title(record.ProvinceName), false, rule),
        };
    }

    private void CheckCode(LanRecord record, ResolvedRegion resolved, ICollection<string> notes)
    {
        if (record.RegencyCode is { } code && wilayah?.ByCode(code) is { } byCode
            && !string.Equals(byCode.GovernmentName, resolved.Region, StringComparison.Ordinal))
        {
            notes.Add(ImportMessages.CodeDisagrees(code, byCode.GovernmentName, record.Institution, resolved.Region));
        }
    }

    private static string? Title(string? name) => name is null ? null : WilayahTable.TitleCase(name);

    private static List<string>? AfterMarker(List<string> words, string[] markers)
    {
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (markers.Contains(words[i]))
            {
                return words.Skip(i + 1).ToList();
            }
        }

        return null;
    }

    private WilayahEntry? LongestProvince(List<string> words)
    {
        for (var n = words.Count; n > 0; n--)
        {
            if (wilayah!.Province(string.Join(' ', words.Take(n))) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    private static ResolvedRegion Fail(LanRecord record, string message) =>
        throw new ImportDataException([new ImportDiagnostic(record.FilePath, record.Line, "nama_instansi", ImportMessages.Unresolved(record.Institution, message))]);
}
