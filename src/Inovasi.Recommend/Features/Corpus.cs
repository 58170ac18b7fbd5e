using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Features;

/// <summary>
/// The corpus as the model sees it: write-ups by index, agencies (owners and replicators), who runs what and
/// since when, affairs and clusters as ids, and the co-adoption counts between write-ups.
/// </summary>
/// <remarks>
/// An adoption is a <c>replikasi</c> record, or a write-up whose <c>asal</c> names another write-up (its agency
/// adopted the origin in its year). Agencies are identified by name and region compared case-insensitively with
/// whitespace collapsed. <threadsafety>Immutable after construction.</threadsafety>
/// </remarks>
internal sealed class Corpus
{
    /// <summary>Clusters that serve every OPD (letters, archives, staffing, governance), FORMAT.md <c>klaster</c>.</summary>
    private static readonly string[] GenericClusters = ["kearsipan", "pelayanan-kepegawaian", "tata-kelola"];

    /// <summary>Affairs that serve every OPD.</summary>
    private static readonly string[] GenericAffairs = ["kearsipan", "kepegawaian"];

    /// <summary>Words of agency names too common to tell agencies apart.</summary>
    private static readonly HashSet<string> NameStopwords = new(StringComparer.Ordinal) { "dan", "kota", "kabupaten", "kab", "provinsi", "dinas", "badan", "bagian", "kantor", "daerah", "dari" };

    private const int MaxPairsPerAgency = 300;

    public Corpus(IReadOnlyList<Innovation> innovations, IReadOnlyList<AgencySurvey>? surveys = null)
    {
        var n = innovations.Count;
        Items = [.. innovations];
        IdIndex = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!IdIndex.TryAdd(Items[i].Id, i))
            {
                throw new ArgumentException($"Id inovasi '{Items[i].Id}' muncul dua kali.", nameof(innovations));
            }
        }

        var affairIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusterIds = new Dictionary<string, int>(StringComparer.Ordinal);
        Owner = new int[n];
        ItemAffairs = new int[n][];
        ItemCluster = new int[n];
        ItemElementMask = new int[n];
        Generic = new bool[n];
        var adoptions = new List<(int Agency, int Year)>[n];
        for (var i = 0; i < n; i++)
        {
            var item = Items[i];
            Owner[i] = AgencyOf(item.Agency, item.Region);
            ItemAffairs[i] = [.. item.Affairs.Select(a => Intern(affairIds, NormalizeKey(a))).Distinct().Order()];
            ItemCluster[i] = item.Cluster is null ? -1 : Intern(clusterIds, NormalizeKey(item.Cluster));
            foreach (var e in item.ServiceElements)
            {
                ItemElementMask[i] |= 1 << (int)e;
            }

            Generic[i] = (item.Cluster is not null && GenericClusters.Contains(NormalizeKey(item.Cluster)))
                || item.Affairs.Any(a => GenericAffairs.Contains(NormalizeKey(a)));
            adoptions[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            var item = Items[i];
            foreach (var r in item.Replications)
            {
                var agency = AgencyOf(r.Agency, r.Region);
                if (agency != Owner[i])
                {
                    adoptions[i].Add((agency, r.Year));
                }
            }

            if (item.OriginId is not null && IdIndex.TryGetValue(item.OriginId, out var origin) && Owner[i] != Owner[origin])
            {
                adoptions[origin].Add((Owner[i], item.Year));
            }
        }

        AffairIds = affairIds;
        Adoptions = new (int Agency, int Year)[n][];
        for (var i = 0; i < n; i++)
        {
            // One adoption per agency (the earliest), sorted by year then agency.
            Adoptions[i] = [.. adoptions[i].GroupBy(a => a.Agency).Select(g => (g.Key, g.Min(x => x.Year))).OrderBy(a => a.Item2).ThenBy(a => a.Key)];
        }

        // Per agency: what it runs (owned or adopted) and since when.
        var runs = new List<(int Item, int Year, bool Owned)>[AgencyKeys.Count];
        for (var a = 0; a < runs.Length; a++)
        {
            runs[a] = [];
        }

        for (var i = 0; i < n; i++)
        {
            runs[Owner[i]].Add((i, Items[i].Year, true));
            foreach (var (agency, year) in Adoptions[i])
            {
                runs[agency].Add((i, year, false));
            }
        }

        Runs = [.. runs.Select(r => r.OrderBy(x => x.Item).ToArray())];
        AgencyAffairs = new int[Runs.Length][];
        for (var a = 0; a < Runs.Length; a++)
        {
            var owned = Runs[a].Where(r => r.Owned).SelectMany(r => ItemAffairs[r.Item]).Distinct().Order().ToArray();
            AgencyAffairs[a] = owned.Length > 0 ? owned : [.. Runs[a].SelectMany(r => ItemAffairs[r.Item]).Distinct().Order()];
        }

        // Agency names as word sets, and an inverted list word -> agencies; regions -> agencies.
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordAgencies = new List<List<int>>();
        AgencyWords = new int[AgencyKeys.Count][];
        var regionIds = new Dictionary<string, int>(StringComparer.Ordinal);
        AgencyRegion = new int[AgencyKeys.Count];
        var regionAgencies = new List<List<int>>();
        for (var a = 0; a < AgencyKeys.Count; a++)
        {
            AgencyWords[a] = [.. NameWords(AgencyNames[a].Agency).Select(w => Intern(wordIds, w)).Distinct().Order()];
            foreach (var w in AgencyWords[a])
            {
                while (wordAgencies.Count <= w)
                {
                    wordAgencies.Add([]);
                }

                wordAgencies[w].Add(a);
            }

            var region = Intern(regionIds, NormalizeKey(AgencyNames[a].Region));
            AgencyRegion[a] = region;
            while (regionAgencies.Count <= region)
            {
                regionAgencies.Add([]);
            }

            regionAgencies[region].Add(a);
        }

        // Provinces: each region's province as the write-ups state it (first seen).
        var provinceIds = new Dictionary<string, int>(StringComparer.Ordinal);
        RegionProvince = new Dictionary<int, int>();
        foreach (var item in Items)
        {
            if (item.Province is not null && regionIds.TryGetValue(NormalizeKey(item.Region), out var r) && !RegionProvince.ContainsKey(r))
            {
                RegionProvince[r] = Intern(provinceIds, NormalizeKey(item.Province));
            }
        }

        AgencyProvince = [.. AgencyRegion.Select(r => RegionProvince.GetValueOrDefault(r, -1))];
        var provinceAgencies = new List<int>[provinceIds.Count];
        for (var p = 0; p < provinceAgencies.Length; p++)
        {
            provinceAgencies[p] = [];
        }

        for (var a = 0; a < AgencyProvince.Length; a++)
        {
            if (AgencyProvince[a] >= 0)
            {
                provinceAgencies[AgencyProvince[a]].Add(a);
            }
        }

        ProvinceAgencies = [.. provinceAgencies.Select(l => l.ToArray())];
        AgencySurveys = new Surveys.SurveyResult?[AgencyKeys.Count];
        foreach (var survey in surveys ?? [])
        {
            if (AgencyIndex.TryGetValue(AgencyKey(survey.Agency, survey.Region), out var a))
            {
                AgencySurveys[a] = survey.Survey;
            }
        }

        NameWordIds = wordIds;
        WordAgencies = [.. wordAgencies.Select(l => l.ToArray())];
        RegionIds = regionIds;
        RegionAgencies = [.. regionAgencies.Select(l => l.ToArray())];
        AgencyKind = [.. AgencyNames.Select(x => AgencyKinds.Infer(x.Agency))];

        // Co-adoption counts: pairs of write-ups run by the same agency.
        var pairs = new Dictionary<long, int>();
        foreach (var run in Runs)
        {
            var count = Math.Min(run.Length, MaxPairsPerAgency);
            for (var x = 0; x < count; x++)
            {
                for (var y = x + 1; y < count; y++)
                {
                    var key = ((long)run[x].Item << 32) | (uint)run[y].Item;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
        }

        var neighbours = new List<(int Item, int Count)>[n];
        for (var i = 0; i < n; i++)
        {
            neighbours[i] = [];
        }

        foreach (var (key, count) in pairs)
        {
            var x = (int)(key >> 32);
            var y = (int)(key & 0xFFFFFFFF);
            neighbours[x].Add((y, count));
            neighbours[y].Add((x, count));
        }

        CoStart = new int[n + 1];
        var total = 0;
        for (var i = 0; i < n; i++)
        {
            total += neighbours[i].Count;
            CoStart[i + 1] = total;
        }

        CoItem = new int[total];
        CoCount = new int[total];
        for (var i = 0; i < n; i++)
        {
            var p = CoStart[i];
            foreach (var (item, count) in neighbours[i].OrderBy(x => x.Item))
            {
                CoItem[p] = item;
                CoCount[p++] = count;
            }
        }

        var years = Items.Select(x => x.Year).Concat(Adoptions.SelectMany(a => a.Select(x => x.Year))).ToList();
        MaxYear = years.Count > 0 ? years.Max() : DateTime.UnixEpoch.Year;
        AdoptionCount = Adoptions.Sum(a => a.Length);

        // Compact per-item copies for the ranking loop (no pointer chasing into the records).
        ItemYear = [.. Items.Select(x => x.Year)];
        ItemDigital = [.. Items.Select(x => x.IsDigital == true)];
        ItemOwnerKind = [.. Owner.Select(o => AgencyKind[o])];
        AffairStart = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            AffairStart[i + 1] = AffairStart[i] + ItemAffairs[i].Length;
        }

        AffairList = [.. ItemAffairs.SelectMany(a => a)];
    }

    public int[] ItemYear { get; }
    public bool[] ItemDigital { get; }
    public AgencyKind[] ItemOwnerKind { get; }
    public int[] AffairStart { get; }
    public int[] AffairList { get; }

    public Innovation[] Items { get; }
    public Dictionary<string, int> IdIndex { get; }
    public int[] Owner { get; }
    public int[][] ItemAffairs { get; }
    public Dictionary<string, int> AffairIds { get; }
    public int[] ItemCluster { get; }
    public int[] ItemElementMask { get; }
    public bool[] Generic { get; }

    /// <summary>Per write-up: adoptions by other agencies (agency, year), earliest per agency, by year.</summary>
    public (int Agency, int Year)[][] Adoptions { get; }

    /// <summary>Per agency: write-ups it runs (owned or adopted), by item.</summary>
    public (int Item, int Year, bool Owned)[][] Runs { get; }

    public int[][] AgencyAffairs { get; }
    public List<string> AgencyKeys { get; } = [];
    public List<(string Agency, string Region)> AgencyNames { get; } = [];
    public Dictionary<string, int> AgencyIndex { get; } = new(StringComparer.Ordinal);
    public int[][] AgencyWords { get; }
    public Dictionary<string, int> NameWordIds { get; }
    public int[][] WordAgencies { get; }
    public int[] AgencyRegion { get; }
    public Dictionary<string, int> RegionIds { get; }
    public int[][] RegionAgencies { get; }
    public Dictionary<int, int> RegionProvince { get; }
    public int[] AgencyProvince { get; }
    public int[][] ProvinceAgencies { get; }
    public Surveys.SurveyResult?[] AgencySurveys { get; }
    public AgencyKind[] AgencyKind { get; }
    public int[] CoStart { get; }
    public int[] CoItem { get; }
    public int[] CoCount { get; }
    public int MaxYear { get; }
    public int AdoptionCount { get; }

    public int Count => Items.Length;

    public static string NormalizeKey(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && length > 0)
            {
                buffer[length++] = ' ';
            }

            space = false;
            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    public static List<string> NameWords(string agency)
    {
        var words = new List<string>();
        foreach (var range in agency.AsSpan().SplitAny(" \t-,./()"))
        {
            var word = agency[range].ToLowerInvariant();
            if (word.Length > 1 && !NameStopwords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    public static string AgencyKey(string agency, string region) => NormalizeKey(agency) + "\u001f" + NormalizeKey(region);

    public int FindAgency(string agency, string region) => AgencyIndex.GetValueOrDefault(AgencyKey(agency, region), -1);

    /// <summary>Agencies that ran write-up <paramref name="item"/> before <paramref name="asOf"/> (owner first).</summary>
    public int RunnerCount(int item, int asOf, int excludeAgency)
    {
        var count = Owner[item] != excludeAgency && Items[item].Year < asOf ? 1 : 0;
        foreach (var (agency, year) in Adoptions[item])
        {
            if (year < asOf && agency != excludeAgency)
            {
                count++;
            }
        }

        return count;
    }

    private int AgencyOf(string agency, string region)
    {
        var key = AgencyKey(agency, region);
        if (!AgencyIndex.TryGetValue(key, out var id))
        {
            id = AgencyKeys.Count;
            AgencyIndex.Add(key, id);
            AgencyKeys.Add(key);
            AgencyNames.Add((agency.Trim(), region.Trim()));
        }

        return id;
    }

    private static int Intern(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids.Add(key, id);
        }

        return id;
    }
}
