using Inovasi.Search.Writeups;

namespace Inovasi.Search.Generation.Internal;

/// <summary>
/// The generated agencies with their hidden attributes (needs, receptiveness, digital capacity, innovativeness)
/// and the indexes the replication process samples from. See docs/generator.md, "Agencies".
/// </summary>
/// <remarks><threadsafety>Immutable after construction.</threadsafety></remarks>
internal sealed class AgencyPopulation
{
    private readonly Dictionary<string, int[]> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, int Province), int[]> _byKeyProvince = [];
    private readonly Dictionary<string, int> _byNameRegion = new(StringComparer.Ordinal);

    public AgencyPopulation(GeneratorOptions options)
    {
        var rng = new GeneratorRandom(options.Seed, 1);
        var regions = ChooseRegions(rng, options.EffectiveRegionCount());
        var provinceCodes = regions.Select(r => r.ProvinceCode).Distinct().Order(StringComparer.Ordinal).ToList();

        var drafts = new List<Draft>();
        var province = new List<int>();
        var keys = new List<string[]>();
        for (var p = 0; p < provinceCodes.Count; p++)
        {
            var provinceName = GeneratorCatalog.ProvinceNames[provinceCodes[p]];
            var provinceRegion = "Provinsi " + provinceName;
            foreach (var t in GeneratorCatalog.AgencyTemplates)
            {
                if (t.Level is "prov" or "all" && t.Kind is not (AgencyKind.Kecamatan or AgencyKind.Puskesmas))
                {
                    Add(t, t.Name.Replace("{R}", provinceRegion, StringComparison.Ordinal), provinceRegion, provinceName, p);
                }
            }

            foreach (var region in regions)
            {
                if (region.ProvinceCode != provinceCodes[p])
                {
                    continue;
                }

                var kecamatan = ChooseDistricts(rng, region.Code, options.KecamatanPerRegion);
                foreach (var t in GeneratorCatalog.AgencyTemplates)
                {
                    var fits = t.Level switch
                    {
                        "all" or "kabkota" => true,
                        "kab" => !region.IsCity,
                        "kota" => region.IsCity,
                        _ => false,
                    };
                    if (!fits)
                    {
                        continue;
                    }

                    if (t.Name.Contains("{K}", StringComparison.Ordinal))
                    {
                        foreach (var k in kecamatan)
                        {
                            Add(t, t.Name.Replace("{K}", k, StringComparison.Ordinal), region.Name, provinceName, p);
                        }
                    }
                    else
                    {
                        Add(t, t.Name.Replace("{R}", region.Name, StringComparison.Ordinal), region.Name, provinceName, p);
                    }
                }
            }
        }

        ProvinceOf = [.. province];
        ProvinceCount = provinceCodes.Count;
        var n = drafts.Count;
        Needs = new double[n * GeneratorCatalog.ThemeCount];
        Receptiveness = new double[n];
        DigitalCapacity = new double[n];
        var ownership = new double[n];
        var agencies = new GeneratedAgency[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var d = drafts[i];
            var scores = DrawHidden(rng, d, i, out var weight);
            total += weight;
            ownership[i] = total;
            agencies[i] = new GeneratedAgency(
                i, NameMaker.Slug(d.Region) + "--" + NameMaker.Slug(d.Name), d.Name, d.Abbreviation, d.Kind, d.Region,
                d.Province, Array.AsReadOnly(d.Affairs), Array.AsReadOnly(scores));
        }

        Agencies = Array.AsReadOnly(agencies);
        OwnershipCumulative = ownership;

        // Lookup tables only: the lists are filled in agency order, and nothing iterates the dictionaries.
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byKeyProvince = new Dictionary<(string, int), List<int>>();
        var topicsBySignature = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var specific = new int[n][];
        for (var i = 0; i < n; i++)
        {
            foreach (var key in keys[i])
            {
                Append(byKey, key, i);
                Append(byKeyProvince, (key, ProvinceOf[i]), i);
            }

            Append(byKey, "*", i);
            Append(byKeyProvince, ("*", ProvinceOf[i]), i);

            var signature = string.Join('\u0001', keys[i]);
            if (!topicsBySignature.TryGetValue(signature, out var topics))
            {
                var own = keys[i];
                topics = GeneratorCatalog.Topics
                    .Where(t => !t.IsGeneric && t.Keys.Any(k => Array.IndexOf(own, k) >= 0))
                    .Select(t => t.Index)
                    .ToArray();
                topicsBySignature[signature] = topics;
            }

            specific[i] = topics;
        }

        foreach (var (k, v) in byKey)
        {
            _byKey[k] = [.. v];
        }

        foreach (var (k, v) in byKeyProvince)
        {
            _byKeyProvince[k] = [.. v];
        }

        Keys = [.. keys];
        SpecificTopics = specific;
        GenericTopics = GeneratorCatalog.Topics.Where(t => t.IsGeneric).Select(t => t.Index).ToArray();

        void Add(AgencyTemplate t, string name, string region, string provinceName, int p)
        {
            var pair = name + "\u0001" + region;
            if (_byNameRegion.ContainsKey(pair))
            {
                return;
            }

            _byNameRegion[pair] = drafts.Count;
            var abbreviation = t.Kind is AgencyKind.Kecamatan or AgencyKind.Puskesmas ? name : t.Abbreviation;
            drafts.Add(new Draft(name, abbreviation, t.Kind, region, provinceName, t.Affairs));
            province.Add(p);
            keys.Add([.. t.Affairs, t.Abbreviation, t.Kind.ToString()]);
        }
    }

    /// <summary>The agencies, in province order, each province's own government first.</summary>
    public IReadOnlyList<GeneratedAgency> Agencies { get; }

    /// <summary>Province index of each agency.</summary>
    public int[] ProvinceOf { get; }

    /// <summary>Number of provinces.</summary>
    public int ProvinceCount { get; }

    /// <summary>Hidden need profile, <see cref="GeneratorCatalog.ThemeCount"/> values an agency, summing to 1.</summary>
    public double[] Needs { get; }

    /// <summary>Hidden receptiveness: how readily the agency adopts what it sees (0.3 to 2.0).</summary>
    public double[] Receptiveness { get; }

    /// <summary>Hidden digital capacity (0.25 to 1): the chance factor for adopting a digital innovation.</summary>
    public double[] DigitalCapacity { get; }

    /// <summary>Running sum of the agencies' innovativeness, for choosing the owner of a new innovation.</summary>
    public double[] OwnershipCumulative { get; }

    /// <summary>The keys of each agency: its urusan, its abbreviation and its kind.</summary>
    public string[][] Keys { get; }

    /// <summary>Indexes of the non-generic topics each agency may own.</summary>
    public int[][] SpecificTopics { get; }

    /// <summary>Indexes of the generic topics (every agency may own them).</summary>
    public int[] GenericTopics { get; }

    /// <summary>Agencies holding a key (<c>*</c> = all), in index order; empty when none.</summary>
    public int[] WithKey(string key) => _byKey.TryGetValue(key, out var a) ? a : [];

    /// <summary>Agencies of a province holding a key, in index order; empty when none.</summary>
    public int[] WithKey(string key, int provinceIndex) =>
        _byKeyProvince.TryGetValue((key, provinceIndex), out var a) ? a : [];

    /// <summary>Finds an agency by name and regional government.</summary>
    public bool TryFind(string name, string region, out int index) =>
        _byNameRegion.TryGetValue(name + "\u0001" + region, out index);

    /// <summary>Need match of an agency with an innovation's need profile: their dot product, in [0, 1].</summary>
    public double NeedMatch(int agency, double[] innovationNeeds)
    {
        var m = 0.0;
        var offset = agency * GeneratorCatalog.ThemeCount;
        for (var t = 0; t < GeneratorCatalog.ThemeCount; t++)
        {
            m += Needs[offset + t] * innovationNeeds[t];
        }

        return m;
    }

    /// <summary>The owner of a new innovation, drawn with probability proportional to innovativeness.</summary>
    public int DrawOwner(GeneratorRandom rng)
    {
        var cumulative = OwnershipCumulative;
        var target = rng.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, cumulative.Length - 1);
    }

    private static void Append<TKey>(Dictionary<TKey, List<int>> map, TKey key, int value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }

    private static List<RegionEntry> ChooseRegions(GeneratorRandom rng, int count)
    {
        var all = GeneratorCatalog.Regions.ToArray();
        count = Math.Clamp(count, 1, all.Length);
        for (var i = 0; i < count; i++)
        {
            var j = i + rng.Next(all.Length - i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        return [.. all.Take(count).OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static string[] ChooseDistricts(GeneratorRandom rng, string regionCode, int count)
    {
        if (count <= 0 || !GeneratorCatalog.DistrictsByRegion.TryGetValue(regionCode, out var all))
        {
            return [];
        }

        var indexes = Enumerable.Range(0, all.Length).ToArray();
        count = Math.Min(count, all.Length);
        for (var i = 0; i < count; i++)
        {
            var j = i + rng.Next(indexes.Length - i);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return [.. indexes.Take(count).Order().Select(i => all[i])];
    }

    private double[] DrawHidden(GeneratorRandom rng, Draft agency, int i, out double ownershipWeight)
    {
        // Needs: cubed uniforms, normalised, so that most agencies have one or two dominant needs.
        var offset = i * GeneratorCatalog.ThemeCount;
        var sum = 0.0;
        for (var t = 0; t < GeneratorCatalog.ThemeCount; t++)
        {
            var u = rng.NextDouble();
            Needs[offset + t] = (u * u * u) + 0.02;
            sum += Needs[offset + t];
        }

        for (var t = 0; t < GeneratorCatalog.ThemeCount; t++)
        {
            Needs[offset + t] /= sum;
        }

        var r = rng.NextDouble();
        Receptiveness[i] = 0.3 + (1.7 * r * r);
        var isCityOrProvince = agency.Region.StartsWith("Kota ", StringComparison.Ordinal)
            || agency.Region.StartsWith("Provinsi ", StringComparison.Ordinal);
        DigitalCapacity[i] = Math.Min(1.0, 0.25 + (0.75 * rng.NextDouble()) + (isCityOrProvince ? 0.1 : 0.0));
        var o = rng.NextDouble();
        var kindFactor = agency.Kind switch
        {
            AgencyKind.Dinas => 1.5,
            AgencyKind.Puskesmas => 0.6,
            AgencyKind.Kecamatan => 0.7,
            AgencyKind.Bagian => 0.8,
            AgencyKind.SekretariatDprd => 0.5,
            _ => 1.0,
        };
        ownershipWeight = (0.2 + (2.8 * o * o * o)) * kindFactor;

        // The observable survey: each element's mean score (NRR, 1..4) drops with the needs that show in it.
        var scores = new double[9];
        for (var e = 0; e < 9; e++)
        {
            var deficit = 0.0;
            for (var t = 0; t < GeneratorCatalog.ThemeCount; t++)
            {
                var elements = GeneratorCatalog.ThemeElements[t];
                if (Array.IndexOf(elements, (ServiceElement)e) >= 0)
                {
                    deficit += Needs[offset + t] / elements.Length;
                }
            }

            var score = 3.45 - (3.0 * deficit) + ((rng.NextDouble() - 0.5) * 0.5);
            scores[e] = Math.Round(Math.Clamp(score, 1.5, 4.0) * 100) / 100;
        }

        return scores;
    }

    private sealed record Draft(string Name, string Abbreviation, AgencyKind Kind, string Region, string Province, string[] Affairs);
}
