using Inovasi.Search.Writeups;

namespace Inovasi.Search;

/// <summary>One search: the query text, filters on the front matter, paging and what to include.</summary>
/// <remarks>
/// <para>Filters compare with the values the facets report (<see cref="Facet"/>): <see cref="Klaster"/> and
/// <see cref="Tahap"/> by code, <see cref="Urusan"/>, <see cref="Pemda"/> and <see cref="Opd"/>
/// case-insensitively. All filters must hold (AND); <see cref="YearFrom"/> and <see cref="YearTo"/> are inclusive.</para>
/// <para>An empty or blank <see cref="Query"/> with filters lists the filtered write-ups in id order.</para>
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed record SearchRequest
{
    /// <summary>Creates an empty request (set <see cref="Query"/> with an initializer).</summary>
    public SearchRequest()
    {
    }

    /// <summary>Creates a request for a query.</summary>
    /// <param name="query">The query text (docs/query-language.md).</param>
    public SearchRequest(string query) => Query = query;

    /// <summary>The query text in the query language (docs/query-language.md); any string is accepted.</summary>
    public string Query { get; init; } = "";

    /// <summary>Only write-ups of this <c>klaster</c> code, or <see langword="null"/>.</summary>
    public string? Klaster { get; init; }

    /// <summary>Only write-ups with this <c>urusan</c> (case-insensitive), or <see langword="null"/>.</summary>
    public string? Urusan { get; init; }

    /// <summary>Only write-ups of this <c>pemda</c> (case-insensitive), or <see langword="null"/>.</summary>
    public string? Pemda { get; init; }

    /// <summary>Only write-ups of this <c>opd</c> (case-insensitive), or <see langword="null"/>.</summary>
    public string? Opd { get; init; }

    /// <summary>Only write-ups that improve this survey element (<c>unsur_skm</c>), or <see langword="null"/>.</summary>
    public ServiceElement? Unsur { get; init; }

    /// <summary>Only digital (<see langword="true"/>) or non-digital write-ups, or <see langword="null"/> for both.</summary>
    /// <remarks>A write-up that does not state <c>digital</c> counts as non-digital.</remarks>
    public bool? Digital { get; init; }

    /// <summary>Only write-ups at this stage (<c>tahap</c>), or <see langword="null"/>.</summary>
    public InnovationStage? Tahap { get; init; }

    /// <summary>Only write-ups that started in or after this year (inclusive), or <see langword="null"/>.</summary>
    public int? YearFrom { get; init; }

    /// <summary>Only write-ups that started in or before this year (inclusive), or <see langword="null"/>.</summary>
    public int? YearTo { get; init; }

    /// <summary>How many ranked hits to skip (paging); negative values count as 0.</summary>
    public int Skip { get; init; }

    /// <summary>How many hits to return (default 10); clamped to 0..1000.</summary>
    public int Take { get; init; } = 10;

    /// <summary>Whether to count facet values over every match (default <see langword="false"/>).</summary>
    public bool IncludeFacets { get; init; }

    /// <summary>Whether to build a snippet for each returned hit (default <see langword="false"/>).</summary>
    public bool IncludeSnippets { get; init; }
}
