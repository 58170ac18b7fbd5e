namespace Inovasi.Search.Generation;

/// <summary>The types of agency (OPD and their units) in the generated population.</summary>
public enum AgencyKind
{
    /// <summary>Sekretariat Daerah, the regional secretariat.</summary>
    SekretariatDaerah,

    /// <summary>A bagian (or, in a province, biro) of the Sekretariat Daerah, e.g. Bagian Umum.</summary>
    Bagian,

    /// <summary>Sekretariat DPRD, the secretariat of the regional parliament.</summary>
    SekretariatDprd,

    /// <summary>Inspektorat, the internal auditor.</summary>
    Inspektorat,

    /// <summary>A dinas, e.g. Dinas Kependudukan dan Catatan Sipil.</summary>
    Dinas,

    /// <summary>A badan, e.g. Bappeda, BKPSDM, BPKAD.</summary>
    Badan,

    /// <summary>Satuan Polisi Pamong Praja.</summary>
    SatuanPolisiPamongPraja,

    /// <summary>A kecamatan office.</summary>
    Kecamatan,

    /// <summary>A regional general hospital (Rumah Sakit Umum Daerah).</summary>
    Rsud,

    /// <summary>A puskesmas (community health centre, a technical unit of the Dinas Kesehatan).</summary>
    Puskesmas,

    /// <summary>Another technical unit (UPTD), e.g. UPTD Pengelolaan Pasar.</summary>
    Uptd,
}

/// <summary>One agency of the generated population: who may own and replicate generated innovations.</summary>
/// <remarks>
/// <para>Only observable attributes are public. The hidden attributes that drive the replication process
/// (needs, receptiveness, digital capacity; docs/generator.md) stay inside the generator, so that an evaluation
/// on the generated data cannot read the answer from the agency.</para>
/// <para>An agency is identified by <see cref="Name"/> and <see cref="Region"/> together, as in the
/// <c>opd</c>/<c>pemda</c> pairs of write-ups and replication records; <see cref="Id"/> is a slug of both.
/// Equality is reference equality.</para>
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed class GeneratedAgency
{
    internal GeneratedAgency(
        int index, string id, string name, string abbreviation, AgencyKind kind, string region, string province,
        IReadOnlyList<string> affairs, IReadOnlyList<double> surveyScores)
    {
        Index = index;
        Id = id;
        Name = name;
        Abbreviation = abbreviation;
        Kind = kind;
        Region = region;
        Province = province;
        Affairs = affairs;
        SurveyScores = surveyScores;
    }

    /// <summary>Position in <see cref="WriteupGenerator.Agencies"/>.</summary>
    public int Index { get; }

    /// <summary>A unique slug, e.g. <c>kota-medan--dinas-kependudukan-dan-catatan-sipil</c>.</summary>
    public string Id { get; }

    /// <summary>Full name, as in <c>opd</c>, e.g. <c>Dinas Kependudukan dan Catatan Sipil</c>.</summary>
    public string Name { get; }

    /// <summary>The short name staff use, e.g. <c>Disdukcapil</c>, <c>DPMPTSP</c>, <c>Puskesmas</c>.</summary>
    public string Abbreviation { get; }

    /// <summary>The type of agency.</summary>
    public AgencyKind Kind { get; }

    /// <summary>Regional government, as in <c>pemda</c>, e.g. <c>Kota Medan</c> or <c>Provinsi Sumatera Utara</c>.</summary>
    public string Region { get; }

    /// <summary>Province, as in <c>provinsi</c>, e.g. <c>Sumatera Utara</c>.</summary>
    public string Province { get; }

    /// <summary>
    /// The government affairs (urusan, UU 23/2014) the agency carries out; empty for supporting functions
    /// (secretariat, staffing, finance, planning, audit).
    /// </summary>
    public IReadOnlyList<string> Affairs { get; }

    /// <summary>
    /// The agency's latest public satisfaction survey: the mean score (NRR, 1 to 4) of each of the nine elements,
    /// indexed by <see cref="Writeups.ServiceElement"/>. Low values are its weak elements. The scores are a noisy view
    /// of the agency's hidden needs (docs/generator.md).
    /// </summary>
    public IReadOnlyList<double> SurveyScores { get; }

    /// <summary>The satisfaction index (IKM, 25 to 100): the mean of <see cref="SurveyScores"/> times 25.</summary>
    public double SatisfactionIndex
    {
        get
        {
            var sum = 0.0;
            for (var i = 0; i < SurveyScores.Count; i++)
            {
                sum += SurveyScores[i];
            }

            return sum / SurveyScores.Count * 25;
        }
    }

    /// <summary>The agency as <c>Name (Region)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Region})";
}
