using Inovasi.Recommend;
using Inovasi.Recommend.Surveys;
using Inovasi.Search;
using Inovasi.Search.Writeups;

namespace Inovasi.Web.Api;

/// <summary>Answer of <c>GET /api/search</c>.</summary>
/// <param name="Hits">The requested page of hits, best first.</param>
/// <param name="Total">How many write-ups match in all.</param>
/// <param name="Facets">Counts per facet value over every match.</param>
/// <param name="Suggestion">A corrected query ("did you mean"), or null.</param>
/// <param name="Message">A note when the query was partly ignored, or null.</param>
/// <param name="ElapsedMs">Time the engine took, in milliseconds.</param>
/// <param name="Page">The 1-based page.</param>
/// <param name="PageSize">Hits per page.</param>
public sealed record SearchResponse(
    IReadOnlyList<SearchHitResponse> Hits, int Total, IReadOnlyList<Facet> Facets, string? Suggestion, string? Message,
    double ElapsedMs, int Page, int PageSize);

/// <summary>One hit of <c>GET /api/search</c>.</summary>
/// <param name="Id">The write-up's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Score">Relevance score, comparable within one answer.</param>
/// <param name="Agency">The agency (OPD).</param>
/// <param name="Region">The regional government.</param>
/// <param name="Year">Year it started.</param>
/// <param name="Summary">The summary, or null.</param>
/// <param name="Snippet">The best passage with matched words as offsets (plain text, never HTML), or null.</param>
public sealed record SearchHitResponse(string Id, string Title, double Score, string Agency, string Region, int Year, string? Summary, Snippet? Snippet);

/// <summary>A write-up in <c>GET /api/innovations/{id}</c>, with FORMAT.md codes for coded values.</summary>
public sealed record InnovationResponse
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary><c>judul</c>.</summary>
    public required string Title { get; init; }

    /// <summary><c>ringkasan</c>.</summary>
    public string? Summary { get; init; }

    /// <summary><c>opd</c>.</summary>
    public required string Agency { get; init; }

    /// <summary><c>pemda</c>.</summary>
    public required string Region { get; init; }

    /// <summary><c>provinsi</c>.</summary>
    public string? Province { get; init; }

    /// <summary><c>tahun</c>.</summary>
    public required int Year { get; init; }

    /// <summary><c>klaster</c>.</summary>
    public string? Cluster { get; init; }

    /// <summary><c>urusan</c>.</summary>
    public required IReadOnlyList<string> Affairs { get; init; }

    /// <summary><c>unsur_skm</c> codes.</summary>
    public required IReadOnlyList<string> ServiceElements { get; init; }

    /// <summary><c>tahap</c> code.</summary>
    public string? Stage { get; init; }

    /// <summary><c>status</c> code.</summary>
    public required string Status { get; init; }

    /// <summary><c>asal</c>.</summary>
    public string? OriginId { get; init; }

    /// <summary><c>digital</c>.</summary>
    public bool? IsDigital { get; init; }

    /// <summary><c>penghargaan</c>.</summary>
    public required IReadOnlyList<string> Awards { get; init; }

    /// <summary><c>replikasi</c>.</summary>
    public required IReadOnlyList<ReplicationResponse> Replications { get; init; }

    /// <summary><c>sumber</c>.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary><c>tag</c>.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The Markdown body (raw; render it safely).</summary>
    public required string Body { get; init; }

    /// <summary>Maps a write-up.</summary>
    public static InnovationResponse From(Innovation i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new InnovationResponse
        {
            Id = i.Id,
            Title = i.Title,
            Summary = i.Summary,
            Agency = i.Agency,
            Region = i.Region,
            Province = i.Province,
            Year = i.Year,
            Cluster = i.Cluster,
            Affairs = i.Affairs,
            ServiceElements = i.ServiceElements.Select(e => e.Code()).ToList(),
            Stage = i.Stage?.Code(),
            Status = i.Status.Code(),
            OriginId = i.OriginId,
            IsDigital = i.IsDigital,
            Awards = i.Awards,
            Replications = i.Replications.Select(r => new ReplicationResponse(r.Agency, r.Region, r.Year, r.LocalName, r.Status?.Code())).ToList(),
            Sources = i.Sources,
            Tags = i.Tags,
            Body = i.Body,
        };
    }
}

/// <summary>One replication of a write-up.</summary>
/// <param name="Agency">The replicating agency.</param>
/// <param name="Region">Its regional government.</param>
/// <param name="Year">Year of the replication.</param>
/// <param name="LocalName">Local name of the copy, or null.</param>
/// <param name="Status"><c>berjalan</c>, <c>berhenti</c> or null.</param>
public sealed record ReplicationResponse(string Agency, string Region, int Year, string? LocalName, string? Status);

/// <summary>A write-up like another, with its similarity.</summary>
/// <param name="Id">The id.</param>
/// <param name="Title">The title.</param>
/// <param name="Agency">The agency.</param>
/// <param name="Region">The regional government.</param>
/// <param name="Year">Year it started.</param>
/// <param name="Score">Similarity (higher is closer).</param>
public sealed record SimilarResponse(string Id, string Title, string Agency, string Region, int Year, double Score)
{
    /// <summary>Maps a similar innovation.</summary>
    public static SimilarResponse From(SimilarInnovation s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Innovation.Id, s.Innovation.Title, s.Innovation.Agency, s.Innovation.Region, s.Innovation.Year, s.Score);
    }
}

/// <summary>Body of <c>POST /api/recommendations</c>: an agency profile.</summary>
public sealed record RecommendationRequest
{
    /// <summary>The agency (OPD), required.</summary>
    public string? Agency { get; init; }

    /// <summary>The regional government (pemda), required.</summary>
    public string? Region { get; init; }

    /// <summary>Government affairs (urusan).</summary>
    public IReadOnlyList<string>? Affairs { get; init; }

    /// <summary>The problem to solve, in the agency's words.</summary>
    public string? Problem { get; init; }

    /// <summary>Element values (1 to 4) by <c>unsur_skm</c> code, e.g. <c>{"waktu": 2.4}</c>.</summary>
    public IReadOnlyDictionary<string, decimal>? Elements { get; init; }

    /// <summary>A raw survey as CSV text instead of <see cref="Elements"/>.</summary>
    public string? SurveyCsv { get; init; }

    /// <summary>How many suggestions (1 to 50; default 10).</summary>
    public int? Top { get; init; }
}

/// <summary>Answer of <c>POST /api/recommendations</c>.</summary>
/// <param name="Survey">The survey summary, when values or a CSV were given.</param>
/// <param name="Suggestions">Ranked suggestions with reasons.</param>
public sealed record RecommendationResponse(SurveyResponse? Survey, IReadOnlyList<SuggestionResponse> Suggestions);

/// <summary>The survey in a recommendation answer (PermenPAN-RB 14/2017).</summary>
/// <param name="Elements">Element values by code.</param>
/// <param name="Index">Mean of the nine values, when all nine are known.</param>
/// <param name="ConvertedScore">Index × 25, when complete.</param>
/// <param name="Grade">A, B, C or D, when complete.</param>
/// <param name="GradeLabel">The grade's name (e.g. <c>Baik</c>), when complete.</param>
/// <param name="Respondents">Respondents in a CSV (0 for typed values).</param>
/// <param name="Weakest">Codes of the (at most three) weakest elements below the grade-A value, weakest first.</param>
public sealed record SurveyResponse(
    IReadOnlyDictionary<string, decimal> Elements, decimal? Index, decimal? ConvertedScore, string? Grade, string? GradeLabel,
    int Respondents, IReadOnlyList<string> Weakest)
{
    /// <summary>Maps a survey result.</summary>
    public static SurveyResponse From(SurveyResult s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.ElementValues.ToDictionary(e => e.Key.Code(), e => e.Value, StringComparer.Ordinal),
            s.Index,
            s.ConvertedScore,
            s.Grade?.ToString(),
            s.Grade is { } g ? Survey.LabelOf(g) : null,
            s.Respondents,
            Catalog.ProfileInput.WeakElements(s).Select(e => e.Code()).ToList());
    }
}

/// <summary>One suggestion.</summary>
/// <param name="Id">The write-up's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Agency">Its agency.</param>
/// <param name="Region">Its regional government.</param>
/// <param name="Year">Year it started.</param>
/// <param name="Score">Ranking score.</param>
/// <param name="Reasons">Why it is suggested; each has a <c>kind</c> and a <c>text</c>.</param>
public sealed record SuggestionResponse(string Id, string Title, string Agency, string Region, int Year, double Score, IReadOnlyList<Reason> Reasons)
{
    /// <summary>Maps a suggestion.</summary>
    public static SuggestionResponse From(Suggestion s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Innovation.Id, s.Innovation.Title, s.Innovation.Agency, s.Innovation.Region, s.Innovation.Year, s.Score, s.Reasons);
    }
}
