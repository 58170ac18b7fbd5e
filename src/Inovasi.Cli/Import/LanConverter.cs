using System.Globalization;
using System.Text;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Import;

/// <summary>One converted record: the write-up, and notes where the source disagrees with itself.</summary>
internal sealed record LanConversion(LanRecord Record, Innovation Innovation, IReadOnlyList<string> Notes);

/// <summary>
/// Converts LAN innovation-directory records into FORMAT.md write-ups by the rules of docs/corpus.md. The result
/// depends only on the record and the BPS table, so converting the same input twice gives identical files.
/// </summary>
internal sealed class LanConverter(WilayahTable? wilayah)
{
    /// <summary>Where the directory dump is published: the file and commit the data was taken from.</summary>
    public const string DirectoryUrl =
        "https://github.com/edison8301/inovasi-lan/blob/05bcde244cce41e59f6bc1736e815c6f85c8c765/data/table-inovasi.sql";

    /// <summary>Tag on every converted write-up.</summary>
    public const string SourceTag = "direktori-inovasi-lan";

    /// <summary>Tag on a write-up whose <c>tahun</c> is the directory's entry date, not a stated start year.</summary>
    public const string EstimatedYearTag = "tahun-perkiraan";

    private const int MaxIdLength = 80;
    private const int MaxSummaryLength = 600;
    private const int MaxTitleLength = 200;

    private readonly RegionResolver _regions = new(wilayah);

    /// <summary>Converts every record; all problems of all records are reported together.</summary>
    /// <exception cref="ImportDataException">A record cannot be converted.</exception>
    public IReadOnlyList<LanConversion> ConvertAll(IReadOnlyList<LanRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new List<LanConversion>(records.Count);
        var errors = new List<ImportDiagnostic>();
        foreach (var record in records)
        {
            try
            {
                results.Add(Convert(record));
            }
            catch (ImportDataException ex)
            {
                errors.AddRange(ex.Diagnostics);
            }
        }

        return errors.Count > 0 ? throw new ImportDataException(errors) : results;
    }

    /// <summary>Converts one record.</summary>
    /// <exception cref="ImportDataException">The record cannot be converted (owner unresolved, no year).</exception>
    public LanConversion Convert(LanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var notes = new List<string>();
        var region = _regions.Resolve(record, notes);
        var title = record.Name.Trim();
        if (title.Length > MaxTitleLength)
        {
            throw new ImportDataException([new ImportDiagnostic(record.FilePath, record.Line, "nama_inovasi",
                ImportMessages.TooLong(title.Length, MaxTitleLength))]);
        }

        var nameAndProduct = LanRules.Words(title + "\n" + record.Product);
        var (year, estimated) = Year(record);

        var tags = new List<string> { SourceTag };
        if (estimated)
        {
            tags.Add(EstimatedYearTag);
        }

        var summary = Summary(record);

        var innovation = new Innovation
        {
            Id = Id(record),
            Title = title,
            Summary = summary,
            Agency = Agency(record, region),
            Region = region.Region,
            Province = region.Province,
            Year = year,
            Cluster = Cluster(nameAndProduct),
            Affairs = Affairs(nameAndProduct, LanRules.Words(record.Unit ?? "")),
            ServiceElements = Elements(LanRules.Words(title + "\n" + record.Product + "\n" + record.Benefits)),
            Stage = record.ImplementationYear is null ? null : InnovationStage.Penerapan,
            IsDigital = LanRules.Digital.FirstMatch(nameAndProduct) is null ? null : true,
            Sources = [DirectoryUrl, .. LanText.Urls(record.Source).Where(u => !string.Equals(u, DirectoryUrl, StringComparison.Ordinal))],
            Tags = tags,
            Body = Body(record, title),
        };
        return new LanConversion(record, innovation, notes);
    }

    /// <summary>
    /// <c>produk_inovasi</c> as the <c>ringkasan</c> when it fits one (one line, at most 600 characters); otherwise
    /// <see langword="null"/>, and <see cref="Body"/> keeps it as a section.
    /// </summary>
    public static string? Summary(LanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var product = record.Product?.Trim();
        return string.IsNullOrEmpty(product) || product.Length > MaxSummaryLength || product.Contains('\n', StringComparison.Ordinal)
            || product.Contains('\r', StringComparison.Ordinal)
            ? null
            : product;
    }

    /// <summary><c>lan-&lt;id&gt;-&lt;slug of the name&gt;</c>, at most 80 characters.</summary>
    public static string Id(LanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"lan-{record.Id}");
        var slug = LanText.Slug(record.Name, MaxIdLength - prefix.Length - 1);
        return slug.Length == 0 ? prefix : prefix + "-" + slug;
    }

    /// <summary>
    /// <c>tahun_inisiasi</c>, else <c>tahun_implementasi</c>, else the year of <c>tanggal_inovasi</c> (the date
    /// the case entered the directory: it ran by then) marked as estimated.
    /// </summary>
    public static (int Year, bool Estimated) Year(LanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if ((record.InitiationYear ?? record.ImplementationYear) is { } year)
        {
            return (year, false);
        }

        if (record.EntryDate is { Length: >= 4 } date
            && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var entryYear))
        {
            return (entryYear, true);
        }

        throw new ImportDataException([new ImportDiagnostic(record.FilePath, record.Line, "tahun_inisiasi",
            ImportMessages.NoYear)]);
    }

    /// <summary>
    /// <c>unit_instansi</c> as written; for the central government, followed by <c>nama_instansi</c> when neither
    /// name contains the other (<c>Pemerintah Pusat</c> alone would lose the ministry or company).
    /// </summary>
    public static string Agency(LanRecord record, ResolvedRegion region)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(region);
        var institution = record.Institution.Trim().Trim('–', '-').Trim();
        var unit = record.Unit?.Trim();
        if (string.IsNullOrEmpty(unit))
        {
            return institution;
        }

        var unitKey = WilayahTable.Normalize(unit);
        var institutionKey = WilayahTable.Normalize(institution);
        if (region.IsCentral
            && !unitKey.Contains(institutionKey, StringComparison.Ordinal)
            && !institutionKey.Contains(unitKey, StringComparison.Ordinal))
        {
            return unit + ", " + institution;
        }

        return unit;
    }

    /// <summary>The first klaster rule that matches the name and product, else <c>layanan-langsung</c>.</summary>
    public static string Cluster(IReadOnlyList<string> nameAndProduct)
    {
        foreach (var rule in LanRules.Clusters)
        {
            if (rule.FirstMatch(nameAndProduct) is not null)
            {
                return rule.Label;
            }
        }

        return LanRules.DefaultCluster;
    }

    /// <summary>Affairs named by the name and product; when none, those named by the unit.</summary>
    public static IReadOnlyList<string> Affairs(IReadOnlyList<string> nameAndProduct, IReadOnlyList<string> unit)
    {
        var affairs = Matching(LanRules.Affairs, nameAndProduct);
        return affairs.Count > 0 ? affairs : Matching(LanRules.Affairs, unit);
    }

    /// <summary>SKM elements whose keywords occur in the name, product and benefits.</summary>
    public static IReadOnlyList<ServiceElement> Elements(IReadOnlyList<string> words)
    {
        var elements = new List<ServiceElement>();
        foreach (var code in Matching(LanRules.ServiceElements, words))
        {
            if (WriteupVocabulary.TryParseElement(code, out var element))
            {
                elements.Add(element);
            }
        }

        return elements;
    }

    /// <summary>
    /// The body: the title, <c>## Produk Inovasi</c> when the product is not the <c>ringkasan</c>, then <c>## Inovasi</c> (deskripsi, with <c>### Tahapan Proses</c>), <c>## Faktor
    /// Pendorong</c>, <c>## Faktor Penghambat</c>, <c>## Manfaat</c>, <c>## Replikasi</c> (prasyarat_replikasi) and
    /// <c>## Sumber</c>; a section whose field is empty is left out.
    /// </summary>
    public static string Body(LanRecord record, string title)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sb = new StringBuilder(4096);
        sb.Append("# ").Append(LanText.EscapeLine(string.Join(' ', LanText.Lines(title)))).Append('\n');
        if (Summary(record) is null)
        {
            Section(sb, "## Produk Inovasi", record.Product);
        }

        Section(sb, "## Inovasi", record.Description);
        Section(sb, "### Tahapan Proses", record.Steps);
        Section(sb, "## Faktor Pendorong", record.Drivers);
        Section(sb, "## Faktor Penghambat", record.Obstacles);
        Section(sb, "## Manfaat", record.Benefits);
        Section(sb, "## Replikasi", record.ReplicationPrerequisites);
        sb.Append("\n## Sumber\n\n")
            .Append(string.Create(CultureInfo.InvariantCulture, $"Direktori Inovasi Lembaga Administrasi Negara (LAN), entri {record.Id}"));
        if (record.EntryDate is { Length: >= 10 } date)
        {
            sb.Append(", dicatat ").Append(date.AsSpan(0, 10));
        }

        sb.Append(".\n");
        var source = LanText.ToMarkdown(record.Source);
        if (source.Length > 0)
        {
            sb.Append("\nSumber menurut direktori:\n\n").Append(source).Append('\n');
        }

        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string heading, string? text)
    {
        var markdown = LanText.ToMarkdown(text);
        if (markdown.Length > 0)
        {
            sb.Append('\n').Append(heading).Append("\n\n").Append(markdown).Append('\n');
        }
    }

    private static List<string> Matching(IReadOnlyList<KeywordRule> rules, IReadOnlyList<string> words)
    {
        var labels = new List<string>();
        foreach (var rule in rules)
        {
            if (rule.FirstMatch(words) is not null)
            {
                labels.Add(rule.Label);
            }
        }

        return labels;
    }
}
