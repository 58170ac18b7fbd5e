using Inovasi.Recommend;
using Inovasi.Search.Writeups;
using Inovasi.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>One write-up: the Markdown body rendered safely, its metadata, the replication list, similar
/// innovations and the agencies that could replicate it.</summary>
public sealed class InovasiModel(InnovationCatalog catalog) : PageModel
{
    public Innovation Innovation { get; private set; } = null!;

    public Innovation? Origin { get; private set; }

    /// <summary>The replication list: the write-up's <c>replikasi</c> entries, joined with the write-ups that
    /// name it as <c>asal</c> (linked when they match an entry, added when they do not).</summary>
    public IReadOnlyList<ReplicationRow> Replications { get; private set; } = [];

    public IReadOnlyList<SimilarInnovation> Similar { get; private set; } = [];

    public IReadOnlyList<AdopterCandidate> Adopters { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var innovation = catalog.Index.Get(id);
        if (innovation is null)
        {
            return NotFound();
        }

        Innovation = innovation;
        Origin = innovation.OriginId is { } origin ? catalog.Index.Get(origin) : null;
        var copies = catalog.Statistics.CopiesOf(innovation.Id).Select(catalog.Index.Get).OfType<Innovation>().ToList();
        var rows = new List<ReplicationRow>();
        foreach (var r in innovation.Replications)
        {
            var copy = copies.Find(c => c.Agency == r.Agency && c.Region == r.Region);
            if (copy is not null)
            {
                copies.Remove(copy);
            }

            rows.Add(new ReplicationRow(r.Agency, r.Region, r.Year, r.LocalName ?? copy?.Title, r.Status ?? copy?.Status, copy?.Id));
        }

        rows.AddRange(copies.Select(c => new ReplicationRow(c.Agency, c.Region, c.Year, c.Title, c.Status, c.Id)));
        Replications = rows.OrderBy(r => r.Year).ThenBy(r => r.Region, StringComparer.Ordinal).ToList();
        Similar = catalog.Recommender.Similar(innovation.Id, 5);
        Adopters = catalog.Recommender.Adopters(innovation.Id, 5);
        return Page();
    }
}

/// <summary>One row of the replication list.</summary>
public sealed record ReplicationRow(string Agency, string Region, int Year, string? LocalName, InnovationStatus? Status, string? WriteupId);
