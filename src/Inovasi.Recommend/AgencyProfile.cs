using Inovasi.Recommend.Surveys;

namespace Inovasi.Recommend;

/// <summary>An agency (OPD) asking which proven innovations to replicate.</summary>
/// <remarks>
/// <para>When <see cref="Agency"/> and <see cref="Region"/> name an agency known to the corpus (as an owner or a
/// replicator, compared case-insensitively with whitespace collapsed), its recorded innovations and
/// replications join <see cref="OwnInnovationIds"/> as its history.</para>
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed record AgencyProfile
{
    /// <summary>The agency's full name, e.g. <c>Dinas Kependudukan dan Catatan Sipil</c>.</summary>
    public required string Agency { get; init; }

    /// <summary>The kind of agency; <see langword="null"/> to infer it from <see cref="Agency"/>.</summary>
    public AgencyKind? AgencyKind { get; init; }

    /// <summary>The regional government, e.g. <c>Kota Medan</c>.</summary>
    public required string Region { get; init; }

    /// <summary>The agency's affairs (urusan), matched case-insensitively with the write-ups' <c>urusan</c>.</summary>
    public IReadOnlyList<string> Affairs { get; init; } = [];

    /// <summary>Ids of innovations the agency already runs (its own, or ones it replicated); never suggested.</summary>
    public IReadOnlyList<string> OwnInnovationIds { get; init; } = [];

    /// <summary>Free text: the problem the agency wants to solve (Indonesian), or <see langword="null"/>.</summary>
    public string? ProblemStatement { get; init; }

    /// <summary>The agency's satisfaction-survey result, or <see langword="null"/>.</summary>
    public SurveyResult? Survey { get; init; }

    /// <summary>The kind given or inferred from the name.</summary>
    /// <returns><see cref="AgencyKind"/> when set, else <see cref="AgencyKinds.Infer(string)"/> of <see cref="Agency"/>.</returns>
    public AgencyKind EffectiveKind() => AgencyKind ?? AgencyKinds.Infer(Agency);
}
