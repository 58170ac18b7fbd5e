using System.Globalization;
using Inovasi.Search;
using Inovasi.Search.Writeups;
using Microsoft.AspNetCore.WebUtilities;

namespace Inovasi.Web.Catalog;

/// <summary>The search parameters shared by the Cari page and <c>GET /api/search</c>, as they appear in the
/// URL: <c>q</c>, the facet filters <c>klaster</c>, <c>urusan</c>, <c>pemda</c>, <c>opd</c>, <c>unsur</c>,
/// <c>digital</c>, <c>tahap</c>, <c>tahun</c> (one year), <c>dari</c>/<c>sampai</c> (a year range) and the page
/// <c>hal</c>. Parsing never throws: bad values become <see cref="Errors"/>.</summary>
public sealed class SearchParameters
{
    /// <summary>Results per page unless <c>ukuran</c> says otherwise.</summary>
    public const int PageSize = 10;

    /// <summary>The largest <c>ukuran</c> accepted.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The deepest page served (the engine ranks every match; deep pages are rarely useful).</summary>
    public const int MaxPage = 100;

    /// <summary>The filter names, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<string> FilterNames = ["klaster", "urusan", "pemda", "opd", "tahun", "unsur", "digital", "tahap"];

    private readonly Dictionary<string, string> _values;

    private SearchParameters(Dictionary<string, string> values, List<(string Name, string Message)> errors)
    {
        _values = values;
        Errors = errors;
    }

    /// <summary>The words typed (trimmed; empty when none).</summary>
    public string Query => _values.GetValueOrDefault("q", "");

    /// <summary>The 1-based page.</summary>
    public int Page { get; private init; } = 1;

    /// <summary>Results per page.</summary>
    public int Take { get; private init; } = PageSize;

    /// <summary>Parameters that could not be understood, by name, with an Indonesian message.</summary>
    public IReadOnlyList<(string Name, string Message)> Errors { get; }

    /// <summary>Whether a query or any filter is set.</summary>
    public bool IsEmpty => Query.Length == 0 && !FilterNames.Any(_values.ContainsKey) && !_values.ContainsKey("dari") && !_values.ContainsKey("sampai");

    /// <summary>The value of a filter, or <see langword="null"/>.</summary>
    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>The filters that are set, in display order.</summary>
    public IEnumerable<(string Name, string Value)> ActiveFilters =>
        FilterNames.Concat(["dari", "sampai"]).Where(_values.ContainsKey).Select(n => (n, _values[n]));

    /// <summary>Reads the parameters from a query string.</summary>
    public static SearchParameters From(IQueryCollection query, int maxTake = MaxPageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<(string, string)>();
        foreach (var name in FilterNames.Concat(["q", "dari", "sampai"]))
        {
            var value = query[name].ToString().Trim();
            if (value.Length > 0)
            {
                values[name] = value.Length > 1000 ? value[..1000] : value;
            }
        }

        if (values.TryGetValue("unsur", out var unsur) && !WriteupVocabulary.TryParseElement(unsur, out _))
        {
            errors.Add(("unsur", $"Unsur SKM \"{unsur}\" tidak dikenal; pilih salah satu dari persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana."));
            values.Remove("unsur");
        }

        if (values.TryGetValue("tahap", out var tahap) && !WriteupVocabulary.TryParseStage(tahap, out _))
        {
            errors.Add(("tahap", $"Tahap \"{tahap}\" tidak dikenal; pilih inisiatif, uji-coba atau penerapan."));
            values.Remove("tahap");
        }

        if (values.TryGetValue("digital", out var digital) && digital is not ("true" or "false"))
        {
            errors.Add(("digital", $"Nilai digital \"{digital}\" harus true atau false."));
            values.Remove("digital");
        }

        foreach (var name in new[] { "tahun", "dari", "sampai" })
        {
            if (values.TryGetValue(name, out var year) && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2100))
            {
                errors.Add((name, $"Tahun \"{year}\" tidak valid; tulis empat angka, misalnya 2019."));
                values.Remove(name);
            }
        }

        var page = 1;
        var rawPage = query["hal"].ToString();
        if (rawPage.Length > 0 && (!int.TryParse(rawPage, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > MaxPage))
        {
            errors.Add(("hal", $"Halaman \"{rawPage}\" tidak valid; gunakan 1 sampai {MaxPage}."));
            page = 1;
        }

        var take = PageSize;
        var rawTake = query["ukuran"].ToString();
        if (rawTake.Length > 0 && (!int.TryParse(rawTake, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take < 1 || take > maxTake))
        {
            errors.Add(("ukuran", $"Ukuran halaman \"{rawTake}\" tidak valid; gunakan 1 sampai {maxTake}."));
            take = PageSize;
        }

        return new SearchParameters(values, errors) { Page = page, Take = take };
    }

    /// <summary>The engine request for these parameters.</summary>
    public SearchRequest ToRequest(bool includeFacets, bool includeSnippets)
    {
        int? year = this["tahun"] is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : null;
        int? from = this["dari"] is { } d ? int.Parse(d, CultureInfo.InvariantCulture) : year;
        int? to = this["sampai"] is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : year;
        return new SearchRequest(Query)
        {
            Klaster = this["klaster"],
            Urusan = this["urusan"],
            Pemda = this["pemda"],
            Opd = this["opd"],
            Unsur = this["unsur"] is { } u && WriteupVocabulary.TryParseElement(u, out var element) ? element : null,
            Digital = this["digital"] is { } g ? g == "true" : null,
            Tahap = this["tahap"] is { } p && WriteupVocabulary.TryParseStage(p, out var stage) ? stage : null,
            YearFrom = from,
            YearTo = to,
            Skip = (Page - 1) * Take,
            Take = Take,
            IncludeFacets = includeFacets,
            IncludeSnippets = includeSnippets,
        };
    }

    /// <summary>The page URL with a filter set to <paramref name="value"/> (back to page 1).</summary>
    public string UrlWith(string name, string value) => Url(name, value, 1);

    /// <summary>The page URL without one filter (back to page 1).</summary>
    public string UrlWithout(string name) => Url(name, null, 1);

    /// <summary>The page URL for another page of the same search.</summary>
    public string UrlForPage(int page) => Url(null, null, page);

    /// <summary>The page URL with the query replaced and the filters kept.</summary>
    public string UrlWithQuery(string query) => Url("q", query, 1);

    private string Url(string? name, string? value, int page)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var key in new[] { "q" }.Concat(FilterNames).Concat(["dari", "sampai"]))
        {
            var v = string.Equals(key, name, StringComparison.Ordinal) ? value : _values.GetValueOrDefault(key);
            // A single year and a range exclude each other: setting one clears the other.
            if ((key == "tahun" && name is "dari" or "sampai") || (name == "tahun" && key is "dari" or "sampai"))
            {
                v = null;
            }

            if (!string.IsNullOrEmpty(v))
            {
                pairs.Add(new(key, v));
            }
        }

        if (Take != PageSize)
        {
            pairs.Add(new("ukuran", Take.ToString(CultureInfo.InvariantCulture)));
        }

        if (page > 1)
        {
            pairs.Add(new("hal", page.ToString(CultureInfo.InvariantCulture)));
        }

        return pairs.Count == 0 ? "/" : QueryHelpers.AddQueryString("/", pairs);
    }
}
