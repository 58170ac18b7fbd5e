using Inovasi.Search;
using Inovasi.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>Cari: one search box, ranked results with highlighted snippets, facet links that keep the state in
/// the URL, "did you mean", paging, count and time. A view of <see cref="InnovationIndex.Search"/>.</summary>
public sealed class IndexModel(InnovationCatalog catalog) : PageModel
{
    public SearchParameters Parameters { get; private set; } = null!;

    public SearchResult Result { get; private set; } = null!;

    public int TotalInCatalog { get; private set; }

    public int PageCount => Result.Total == 0 ? 0 : Math.Min(SearchParameters.MaxPage, ((Result.Total - 1) / Parameters.Take) + 1);

    public void OnGet()
    {
        Parameters = SearchParameters.From(Request.Query);
        Result = catalog.Index.Search(Parameters.ToRequest(includeFacets: true, includeSnippets: !Parameters.IsEmpty));
        TotalInCatalog = catalog.Statistics.Innovations;
    }
}
