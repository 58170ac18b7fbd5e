using Inovasi.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>Statistik: counts by klaster, urusan, pemda and year, and how innovations spread by replication.</summary>
public sealed class StatistikModel(InnovationCatalog catalog) : PageModel
{
    public CatalogStatistics Statistics { get; private set; } = null!;

    public void OnGet() => Statistics = catalog.Statistics;
}
