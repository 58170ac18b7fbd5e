using Inovasi.Web.Catalog;
using Inovasi.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inovasi.Web.Api;

/// <summary>The JSON API: thin endpoints over the catalog, rate-limited, errors as problem details (RFC 9457).</summary>
internal static class InovasiApi
{
    public const int MaxApiPageSize = 50;
    public const int MaxSuggestions = 50;

    public static IEndpointRouteBuilder MapInovasiApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireRateLimiting(WebServiceCollectionExtensions.ApiRateLimitPolicy).WithTags("Inovasi");
        api.MapGet("/search", Search).WithName("Search")
            .WithSummary("Search write-ups")
            .WithDescription("Same parameters as the Cari page: q, klaster, urusan, pemda, opd, unsur, digital, tahap, tahun, dari, sampai, hal, ukuran (page size, at most 50).");
        api.MapGet("/innovations/{id}", GetInnovation).WithName("GetInnovation").WithSummary("One write-up");
        api.MapGet("/innovations/{id}/similar", GetSimilar).WithName("GetSimilar").WithSummary("Write-ups similar to one");
        api.MapPost("/recommendations", Recommend).WithName("Recommend").WithSummary("Suggestions for an agency profile, with reasons");
        return app;
    }

    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(HttpRequest request, InnovationCatalog catalog)
    {
        var parameters = SearchParameters.From(request.Query, MaxApiPageSize);
        if (parameters.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(parameters.Errors.GroupBy(e => e.Name)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        var result = catalog.Index.Search(parameters.ToRequest(includeFacets: true, includeSnippets: true));
        return TypedResults.Ok(new SearchResponse(
            result.Hits.Select(h => new SearchHitResponse(h.Id, h.Title, h.Score, h.Innovation.Agency, h.Innovation.Region, h.Innovation.Year, h.Innovation.Summary, h.Snippet)).ToList(),
            result.Total, result.Facets, result.Suggestion, result.Message, result.Elapsed.TotalMilliseconds, parameters.Page, parameters.Take));
    }

    internal static Results<Ok<InnovationResponse>, ProblemHttpResult> GetInnovation(string id, InnovationCatalog catalog) =>
        catalog.Index.Get(id) is { } innovation
            ? TypedResults.Ok(InnovationResponse.From(innovation))
            : NotFound(id);

    internal static Results<Ok<IReadOnlyList<SimilarResponse>>, ProblemHttpResult> GetSimilar(string id, InnovationCatalog catalog, int? top)
    {
        if (catalog.Index.Get(id) is null)
        {
            return NotFound(id);
        }

        var similar = catalog.Recommender.Similar(id, Math.Clamp(top ?? 10, 1, MaxSuggestions));
        return TypedResults.Ok<IReadOnlyList<SimilarResponse>>(similar.Select(SimilarResponse.From).ToList());
    }

    internal static Results<Ok<RecommendationResponse>, ValidationProblem> Recommend(RecommendationRequest body, InnovationCatalog catalog)
    {
        var input = new ProfileInput
        {
            Agency = body.Agency,
            Region = body.Region,
            Affairs = body.Affairs?.ToList() ?? [],
            Problem = body.Problem,
            SurveyCsv = body.SurveyCsv,
        };
        foreach (var (code, value) in body.Elements ?? new Dictionary<string, decimal>())
        {
            input.Elements[code] = value;
        }

        var errors = new List<(string Field, string Message)>();
        if (body.Top is { } top && (top < 1 || top > MaxSuggestions))
        {
            errors.Add(("top", $"top harus 1 sampai {MaxSuggestions}."));
        }

        var profile = input.Validate(errors);
        if (profile is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => JsonName(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }

        var suggestions = catalog.Recommender.Recommend(profile, body.Top ?? 10);
        return TypedResults.Ok(new RecommendationResponse(
            profile.Survey is { } survey ? SurveyResponse.From(survey) : null,
            suggestions.Select(SuggestionResponse.From).ToList()));
    }

    private static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Innovation not found",
        detail: $"No write-up has the id \"{id}\".");

    private static string JsonName(string field) =>
        field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
