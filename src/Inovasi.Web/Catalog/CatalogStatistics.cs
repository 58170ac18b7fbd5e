using Inovasi.Search.Writeups;

namespace Inovasi.Web.Catalog;

/// <summary>Counts over the write-ups for the statistics page, computed once per change of the corpus.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record CatalogStatistics
{
    /// <summary>How many write-ups.</summary>
    public required int Innovations { get; init; }

    /// <summary>How many replications are recorded (entries of <c>replikasi</c>).</summary>
    public required int Replications { get; init; }

    /// <summary>How many write-ups have been replicated at least once.</summary>
    public required int Replicated { get; init; }

    /// <summary>Write-ups per <c>klaster</c> (<c>(tanpa klaster)</c> when absent), most first.</summary>
    public required IReadOnlyList<(string Value, int Count)> ByCluster { get; init; }

    /// <summary>Write-ups per <c>urusan</c>, most first.</summary>
    public required IReadOnlyList<(string Value, int Count)> ByAffair { get; init; }

    /// <summary>Write-ups per <c>pemda</c>, most first.</summary>
    public required IReadOnlyList<(string Value, int Count)> ByRegion { get; init; }

    /// <summary>Per year: new write-ups started and replications made, oldest first.</summary>
    public required IReadOnlyList<(int Year, int Started, int Replicated)> ByYear { get; init; }

    /// <summary>The most replicated write-ups with their number of replications (counting both <c>replikasi</c>
    /// entries and other write-ups naming it as <c>asal</c>), most first.</summary>
    public required IReadOnlyList<(string Id, string Title, int Replications, int Regions)> MostReplicated { get; init; }

    /// <summary>Ids of the write-ups that name <paramref name="id"/> as their origin (<c>asal</c>).</summary>
    public IReadOnlyList<string> CopiesOf(string id) =>
        CopyIds.TryGetValue(id, out var copies) ? copies : [];

    private IReadOnlyDictionary<string, List<string>> CopyIds { get; init; } = new Dictionary<string, List<string>>();

    /// <summary>Computes the counts.</summary>
    public static CatalogStatistics From(IReadOnlyCollection<Innovation> innovations)
    {
        ArgumentNullException.ThrowIfNull(innovations);
        var byCluster = new Dictionary<string, int>(StringComparer.Ordinal);
        var byAffair = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byRegion = new Dictionary<string, int>(StringComparer.Ordinal);
        var started = new Dictionary<int, int>();
        var replicatedPerYear = new Dictionary<int, int>();
        var copies = new Dictionary<string, HashSet<(string Agency, string Region)>>(StringComparer.Ordinal);
        var copyIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var replications = 0;
        foreach (var innovation in innovations)
        {
            Increment(byCluster, innovation.Cluster ?? "(tanpa klaster)");
            foreach (var affair in innovation.Affairs)
            {
                Increment(byAffair, affair);
            }

            Increment(byRegion, innovation.Region);
            Increment(started, innovation.Year);
            foreach (var replication in innovation.Replications)
            {
                replications++;
                Increment(replicatedPerYear, replication.Year);
                Copies(copies, innovation.Id).Add((replication.Agency, replication.Region));
            }

            if (innovation.OriginId is { } origin)
            {
                Copies(copies, origin).Add((innovation.Agency, innovation.Region));
                if (!copyIds.TryGetValue(origin, out var list))
                {
                    list = [];
                    copyIds[origin] = list;
                }

                list.Add(innovation.Id);
            }
        }

        var titles = innovations.ToDictionary(i => i.Id, i => i.Title, StringComparer.Ordinal);
        var years = started.Keys.Union(replicatedPerYear.Keys).Order()
            .Select(y => (y, started.GetValueOrDefault(y), replicatedPerYear.GetValueOrDefault(y))).ToList();
        return new CatalogStatistics
        {
            Innovations = innovations.Count,
            CopyIds = copyIds,
            Replications = replications,
            Replicated = copies.Count(c => titles.ContainsKey(c.Key)),
            ByCluster = Sorted(byCluster),
            ByAffair = Sorted(byAffair),
            ByRegion = Sorted(byRegion),
            ByYear = years,
            MostReplicated = copies.Where(c => titles.ContainsKey(c.Key))
                .Select(c => (c.Key, titles[c.Key], c.Value.Count, c.Value.Select(v => v.Region).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(c => c.Item3).ThenBy(c => c.Key, StringComparer.Ordinal).Take(15).ToList(),
        };
    }

    private static HashSet<(string, string)> Copies(Dictionary<string, HashSet<(string, string)>> copies, string id)
    {
        if (!copies.TryGetValue(id, out var set))
        {
            set = [];
            copies[id] = set;
        }

        return set;
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<(string, int)> Sorted(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ToList();
}
