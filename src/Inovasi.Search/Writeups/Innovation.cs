namespace Inovasi.Search.Writeups;

/// <summary>
/// One innovation write-up: the front matter of a FORMAT.md file under English names, plus its Markdown body
/// and the recognised sections of that body.
/// </summary>
/// <remarks>
/// <para>Equality is structural: two innovations are equal when every field, every list element (in order)
/// and the body are equal (ordinal string comparison). <c>read(write(x)) == x</c> holds for every valid value.</para>
/// <para>The section properties (<see cref="Background"/>, <see cref="Solution"/>, <see cref="Impact"/>,
/// <see cref="ReplicationNotes"/>) are views of <see cref="Body"/> filled by the reader; the writer writes only
/// <see cref="Body"/>.</para>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
/// </remarks>
public sealed record Innovation
{
    /// <summary>Stable identifier (<c>id</c>), a slug equal to the file name without <c>.md</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The innovation's name (<c>judul</c>).</summary>
    public required string Title { get; init; }

    /// <summary>One-paragraph summary (<c>ringkasan</c>), or <see langword="null"/>.</summary>
    public string? Summary { get; init; }

    /// <summary>The agency (OPD) that owns it, full name (<c>opd</c>).</summary>
    public required string Agency { get; init; }

    /// <summary>The regional government (<c>pemda</c>), e.g. <c>Kota Medan</c>, or <c>Pemerintah Pusat</c>.</summary>
    public required string Region { get; init; }

    /// <summary>Province (<c>provinsi</c>), or <see langword="null"/>.</summary>
    public string? Province { get; init; }

    /// <summary>Year it started (<c>tahun</c>).</summary>
    public required int Year { get; init; }

    /// <summary>Innovation cluster (<c>klaster</c>), e.g. <c>sistem-informasi</c>, or <see langword="null"/>.</summary>
    public string? Cluster { get; init; }

    /// <summary>Government affairs (<c>urusan</c>) it belongs to.</summary>
    public IReadOnlyList<string> Affairs { get; init; } = [];

    /// <summary>Satisfaction-survey elements it improves (<c>unsur_skm</c>).</summary>
    public IReadOnlyList<ServiceElement> ServiceElements { get; init; } = [];

    /// <summary>Maturity stage (<c>tahap</c>), or <see langword="null"/> when not stated.</summary>
    public InnovationStage? Stage { get; init; }

    /// <summary>Whether it still runs (<c>status</c>); <see cref="InnovationStatus.Running"/> by default.</summary>
    public InnovationStatus Status { get; init; } = InnovationStatus.Running;

    /// <summary>When this innovation is itself a replication: the id of the write-up it copies (<c>asal</c>).</summary>
    public string? OriginId { get; init; }

    /// <summary>Whether it is an information-technology innovation (<c>digital</c>), or <see langword="null"/>.</summary>
    public bool? IsDigital { get; init; }

    /// <summary>Awards (<c>penghargaan</c>).</summary>
    public IReadOnlyList<string> Awards { get; init; } = [];

    /// <summary>Agencies that replicated it, and when (<c>replikasi</c>).</summary>
    public IReadOnlyList<Replication> Replications { get; init; } = [];

    /// <summary>Public sources, as URLs (<c>sumber</c>).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Free keywords (<c>tag</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Front-matter keys FORMAT.md does not define, kept (never dropped) in file order with their YAML value
    /// as written (a plain scalar's text, or the flow/block YAML of a list or map).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> UnknownFields { get; init; } = [];

    /// <summary>The Markdown body after the front matter, exactly as written (line endings normalised to LF).</summary>
    public string Body { get; init; } = "";

    /// <summary>Text of the <c>## Latar Belakang</c> section (the problem it answers), or <see langword="null"/>.</summary>
    public string? Background { get; init; }

    /// <summary>Text of the <c>## Inovasi</c> section (what was done), or <see langword="null"/>.</summary>
    public string? Solution { get; init; }

    /// <summary>Text of the <c>## Manfaat</c> section (results and impact), or <see langword="null"/>.</summary>
    public string? Impact { get; init; }

    /// <summary>Text of the <c>## Replikasi</c> section (what another agency needs to copy it), or <see langword="null"/>.</summary>
    public string? ReplicationNotes { get; init; }

    /// <summary>
    /// A copy with <paramref name="body"/> as its <see cref="Body"/> and the section properties filled from it the
    /// way the reader fills them, so that building an innovation in code and reading its file give equal values.
    /// </summary>
    /// <param name="body">The Markdown body (LF line endings).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public Innovation WithBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sections = WriteupSections.Extract(body);
        return this with
        {
            Body = body,
            Background = sections.Background,
            Solution = sections.Solution,
            Impact = sections.Impact,
            ReplicationNotes = sections.ReplicationNotes,
        };
    }

    /// <inheritdoc/>
    public bool Equals(Innovation? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(Summary, other.Summary, StringComparison.Ordinal)
            && string.Equals(Agency, other.Agency, StringComparison.Ordinal)
            && string.Equals(Region, other.Region, StringComparison.Ordinal)
            && string.Equals(Province, other.Province, StringComparison.Ordinal)
            && Year == other.Year
            && string.Equals(Cluster, other.Cluster, StringComparison.Ordinal)
            && Affairs.SequenceEqual(other.Affairs, StringComparer.Ordinal)
            && ServiceElements.SequenceEqual(other.ServiceElements)
            && Stage == other.Stage
            && Status == other.Status
            && string.Equals(OriginId, other.OriginId, StringComparison.Ordinal)
            && IsDigital == other.IsDigital
            && Awards.SequenceEqual(other.Awards, StringComparer.Ordinal)
            && Replications.SequenceEqual(other.Replications)
            && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal)
            && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal)
            && UnknownFields.SequenceEqual(other.UnknownFields)
            && string.Equals(Body, other.Body, StringComparison.Ordinal)
            && string.Equals(Background, other.Background, StringComparison.Ordinal)
            && string.Equals(Solution, other.Solution, StringComparison.Ordinal)
            && string.Equals(Impact, other.Impact, StringComparison.Ordinal)
            && string.Equals(ReplicationNotes, other.ReplicationNotes, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Id),
        StringComparer.Ordinal.GetHashCode(Title),
        Year,
        StringComparer.Ordinal.GetHashCode(Body));
}

/// <summary>One recorded replication of an innovation by another agency (an entry of <c>replikasi</c>).</summary>
/// <param name="Agency">The replicating agency (<c>opd</c>).</param>
/// <param name="Region">Its regional government (<c>pemda</c>).</param>
/// <param name="Year">Year of the replication (<c>tahun</c>).</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record Replication(string Agency, string Region, int Year)
{
    /// <summary>The local name of the copy (<c>nama</c>), or <see langword="null"/>.</summary>
    public string? LocalName { get; init; }

    /// <summary>Whether the copy still runs (<c>status</c>), or <see langword="null"/> when not stated.</summary>
    public InnovationStatus? Status { get; init; }
}

/// <summary>The nine elements of the public satisfaction survey (SKM), PermenPAN-RB 14/2017.</summary>
public enum ServiceElement
{
    /// <summary><c>persyaratan</c>: requirements.</summary>
    Persyaratan,
    /// <summary><c>prosedur</c>: system, mechanism and procedure.</summary>
    Prosedur,
    /// <summary><c>waktu</c>: completion time.</summary>
    Waktu,
    /// <summary><c>biaya</c>: cost or tariff.</summary>
    Biaya,
    /// <summary><c>produk</c>: product specification of the service.</summary>
    Produk,
    /// <summary><c>kompetensi</c>: staff competence.</summary>
    Kompetensi,
    /// <summary><c>perilaku</c>: staff behaviour.</summary>
    Perilaku,
    /// <summary><c>pengaduan</c>: handling of complaints, suggestions and feedback.</summary>
    Pengaduan,
    /// <summary><c>sarana</c>: facilities and infrastructure.</summary>
    Sarana,
}

/// <summary>Maturity stage of an innovation (<c>tahap</c>), the stages of the regional innovation index.</summary>
public enum InnovationStage
{
    /// <summary><c>inisiatif</c>.</summary>
    Inisiatif,
    /// <summary><c>uji-coba</c>.</summary>
    UjiCoba,
    /// <summary><c>penerapan</c>.</summary>
    Penerapan,
}

/// <summary>Whether an innovation is still running (<c>status</c>).</summary>
public enum InnovationStatus
{
    /// <summary><c>berjalan</c>: still running (the default).</summary>
    Running,
    /// <summary><c>berhenti</c>: stopped.</summary>
    Stopped,
}
