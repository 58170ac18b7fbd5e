using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Inovasi.Search.Generation.Internal;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Generation;

/// <summary>
/// Generates realistic, illustrative innovation write-ups (FORMAT.md) over a generated population of agencies,
/// with replication records from a documented random process (docs/generator.md).
/// </summary>
/// <remarks>
/// <para>Deterministic: the same <see cref="GeneratorOptions"/> give the same agencies and the same write-ups, byte
/// for byte, on every run and machine. Every write-up's id starts with <see cref="IdPrefix"/>, its tags include
/// <see cref="Tag"/>, and its body says it is illustrative: region names are real (BPS), the agencies' deeds are not.</para>
/// <para><see cref="Generate"/> streams: memory stays bounded (the agency population plus a queue of at most
/// 5,000 pending copies), so hundreds of thousands of write-ups can be generated and written one by one.</para>
/// <threadsafety>The generator is immutable; each call of <see cref="Generate"/> has its own state, so
/// enumerations on different threads are independent.</threadsafety>
/// </remarks>
public sealed class WriteupGenerator
{
    /// <summary>The prefix of every generated id.</summary>
    public const string IdPrefix = "contoh-";

    /// <summary>The tag every generated write-up carries.</summary>
    public const string Tag = "contoh";

    private const int MaxPending = 5_000;
    private const int MaxReplications = 80;

    private readonly AgencyPopulation _population;

    /// <summary>Creates a generator and its agency population.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range: <c>Count</c> outside
    /// 0..<see cref="GeneratorOptions.MaxCount"/>, years outside 1990..2100 or <c>FirstYear</c> after
    /// <c>LastYear</c>, <c>RegionCount</c> outside 0..514, <c>KecamatanPerRegion</c> outside 0..50.</exception>
    public WriteupGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Count, "options.Count");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Count, GeneratorOptions.MaxCount, "options.Count");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FirstYear, 1990, "options.FirstYear");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.LastYear, 2100, "options.LastYear");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.FirstYear, options.LastYear, "options.FirstYear");
        ArgumentOutOfRangeException.ThrowIfNegative(options.RegionCount, "options.RegionCount");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.RegionCount, GeneratorCatalog.Regions.Count, "options.RegionCount");
        ArgumentOutOfRangeException.ThrowIfNegative(options.KecamatanPerRegion, "options.KecamatanPerRegion");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.KecamatanPerRegion, 50, "options.KecamatanPerRegion");
        Options = options;
        _population = new AgencyPopulation(options);
    }

    /// <summary>The options.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>
    /// The generated agency population: every OPD type of each chosen regency or city government (secretariat,
    /// bagian, DPRD secretariat, inspektorat, dinas, badan, Satpol PP, RSUD, UPTD, kecamatan, puskesmas) and of
    /// their provincial governments. Owners and replicators of all write-ups are drawn from it.
    /// </summary>
    public IReadOnlyList<GeneratedAgency> Agencies => _population.Agencies;

    /// <summary>Finds a generated agency by its <c>opd</c> and <c>pemda</c>.</summary>
    /// <param name="name">The agency's full name.</param>
    /// <param name="region">Its regional government.</param>
    /// <param name="agency">The agency when found.</param>
    /// <returns>Whether it is in <see cref="Agencies"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool TryGetAgency(string name, string region, [NotNullWhen(true)] out GeneratedAgency? agency)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(region);
        agency = _population.TryFind(name, region, out var index) ? _population.Agencies[index] : null;
        return agency is not null;
    }

    /// <summary>
    /// Generates <see cref="GeneratorOptions.Count"/> write-ups, lazily, in index order. Each enumeration starts
    /// afresh from the seed and yields the same sequence.
    /// </summary>
    /// <returns>The write-ups; ids are <c>contoh-NNNNNN-name</c>, unique, with NNNNNN the index.</returns>
    public IEnumerable<Innovation> Generate()
    {
        var run = new Run(this);
        for (var index = 0; index < Options.Count; index++)
        {
            yield return run.Next(index);
        }
    }

    /// <summary>The state of one enumeration: the process random stream, popularity counts, pending copies.</summary>
    private sealed class Run
    {
        private readonly AgencyPopulation _population;
        private readonly GeneratorOptions _options;
        private readonly GeneratorRandom _rng;
        private readonly int[] _received;
        private readonly Queue<PendingCopy> _pending = new();
        private readonly double[] _yearCumulative;
        private readonly List<int> _adopters = [];

        public Run(WriteupGenerator owner)
        {
            _population = owner._population;
            _options = owner.Options;
            _rng = new GeneratorRandom(_options.Seed, 2);
            _received = new int[_population.Agencies.Count];
            _yearCumulative = new double[_options.LastYear - _options.FirstYear + 1];
            var total = 0.0;
            for (var i = 0; i < _yearCumulative.Length; i++)
            {
                total += 1 + (0.25 * i);
                _yearCumulative[i] = total;
            }
        }

        public Innovation Next(int index)
        {
            var text = new GeneratorRandom(_options.Seed, 3, index);
            return _pending.Count > 0 && _rng.Chance(0.12)
                ? Copy(index, _pending.Dequeue(), text)
                : Original(index, text);
        }

        private Innovation Original(int index, GeneratorRandom text)
        {
            var rng = _rng;
            var owner = _population.DrawOwner(rng);
            var topic = DrawTopic(owner);
            var mechanism = DrawMechanism(topic);
            var year = DrawYear();
            var quality = (rng.NextDouble() + rng.NextDouble() + rng.NextDouble()) / 3;
            var needs = new double[GeneratorCatalog.ThemeCount];
            var primary = rng.Chance(0.6) ? mechanism.Theme : rng.Next(GeneratorCatalog.ThemeCount);
            var secondary = rng.Next(GeneratorCatalog.ThemeCount);
            needs[primary] += 0.7;
            needs[secondary] += 0.3;
            var elements = DrawElements(primary, secondary);

            var age = _options.LastYear - year;
            var stage = DrawStage(age);
            var stopped = age >= 1 && rng.Chance((0.35 - (0.3 * quality)) * Math.Min(1.0, age / 4.0));
            var stopYear = stopped ? rng.Between(year + 1, _options.LastYear) : 0;
            var awards = DrawAwards(quality, year, age, _population.Agencies[owner].Region);
            var digital = rng.Chance(0.05) ? (bool?)null : mechanism.Digital;

            var name = NameMaker.Make(text, topic, mechanism);
            var id = MakeId(index, name.Title);
            var replications = Replicate(owner, topic, mechanism, year, quality, needs, primary, awards.Count > 0,
                stopped ? stopYear : _options.LastYear, id, name.Title);

            var plan = new InnovationPlan(index, id, name, topic, mechanism, _population.Agencies[owner], year, quality,
                elements, stage, stopped ? InnovationStatus.Stopped : InnovationStatus.Running, stopYear, awards,
                replications, null);
            return Build(plan, text, digital, null);
        }

        private Innovation Copy(int index, PendingCopy copy, GeneratorRandom text)
        {
            var agency = _population.Agencies[copy.Agency];
            var stopped = copy.Status == InnovationStatus.Stopped;
            var stopYear = stopped ? text.Between(copy.Year, _options.LastYear) : 0;
            var stage = _options.LastYear - copy.Year >= 1 ? InnovationStage.Penerapan : InnovationStage.UjiCoba;
            var plan = new InnovationPlan(index, MakeId(index, copy.LocalName), new InnovationName(copy.LocalName, null),
                copy.Topic, copy.Mechanism, agency, copy.Year, copy.Quality, copy.Elements, stage,
                stopped ? InnovationStatus.Stopped : InnovationStatus.Running, stopYear, [], [], copy.Origin);
            return Build(plan, text, copy.Mechanism.Digital, copy.Origin.Id);
        }

        private static Innovation Build(InnovationPlan plan, GeneratorRandom text, bool? digital, string? originId)
        {
            var composed = ProseComposer.Compose(text, plan);
            var affairs = plan.Topic.Affairs;
            return new Innovation
            {
                Id = plan.Id,
                Title = plan.Name.Title,
                Summary = composed.Summary,
                Agency = plan.Agency.Name,
                Region = plan.Agency.Region,
                Province = plan.Agency.Province,
                Year = plan.Year,
                Cluster = plan.Topic.Cluster ?? plan.Mechanism.Cluster,
                Affairs = affairs,
                ServiceElements = plan.Elements,
                Stage = plan.Stage,
                Status = plan.Status,
                OriginId = originId,
                IsDigital = digital,
                Awards = plan.Awards,
                Replications = plan.Replications,
                Tags = originId is null ? [Tag, plan.Mechanism.Tag] : [Tag, plan.Mechanism.Tag, "replikasi"],
                Body = composed.Body,
                Background = composed.Background,
                Solution = composed.Solution,
                Impact = composed.Impact,
                ReplicationNotes = composed.ReplicationNotes,
            };
        }

        private IReadOnlyList<Replication> Replicate(
            int owner, Topic topic, Mechanism mechanism, int year, double quality, double[] needs, int primaryTheme,
            bool awarded, int lastYear, string id, string title)
        {
            var rng = _rng;
            var adopters = _adopters;
            adopters.Clear();
            List<Replication>? records = null;
            var reputation = 1 + (0.03 * Math.Min(_received[owner], 60));
            for (var y = year + 1; y <= lastYear && adopters.Count < MaxReplications; y++)
            {
                // Expected number of agencies that consider copying it this year: grows with quality, with the
                // copies so far (preferential attachment) and the owner's reputation, and fades with age.
                var n = adopters.Count;
                var expected = 2.0 * (0.2 + quality) * (1 + (0.7 * n)) * reputation * (awarded ? 1.5 : 1.0)
                    / (1 + (0.25 * (y - year - 1)));
                expected = Math.Min(expected, 12.0);
                var attempts = (int)expected + (rng.Chance(expected - (int)expected) ? 1 : 0);
                for (var a = 0; a < attempts && adopters.Count < MaxReplications; a++)
                {
                    var key = topic.Keys[rng.Next(topic.Keys.Length)];
                    int[] pool;
                    if (n > 0 && rng.Chance(0.5))
                    {
                        // Diffusion: a neighbour (same province) of an agency that already runs it.
                        var source = rng.Next(n + 1);
                        var sourceAgency = source == n ? owner : adopters[source];
                        pool = _population.WithKey(key, _population.ProvinceOf[sourceAgency]);
                    }
                    else
                    {
                        pool = rng.Chance(0.3)
                            ? _population.WithKey(key, _population.ProvinceOf[owner])
                            : _population.WithKey(key);
                    }

                    if (pool.Length == 0)
                    {
                        continue;
                    }

                    var candidate = pool[rng.Next(pool.Length)];
                    if (candidate == owner || adopters.Contains(candidate))
                    {
                        continue;
                    }

                    var match = _population.NeedMatch(candidate, needs);
                    var p = quality * (0.1 + (2.5 * match)) * _population.Receptiveness[candidate]
                        * (mechanism.Digital ? _population.DigitalCapacity[candidate] : 1.0) * (0.5 + rng.NextDouble());
                    if (!rng.Chance(Math.Min(p, 0.9)))
                    {
                        continue;
                    }

                    adopters.Add(candidate);
                    var agency = _population.Agencies[candidate];
                    var localName = rng.Chance(0.3) ? NameMaker.Make(rng, topic, mechanism).Title : null;
                    var s = rng.NextDouble();
                    InnovationStatus? status = s < 0.08 ? InnovationStatus.Stopped : s < 0.25 ? InnovationStatus.Running : null;
                    (records ??= []).Add(new Replication(agency.Name, agency.Region, y) { LocalName = localName, Status = status });
                    if (localName is not null && _pending.Count < MaxPending && rng.Chance(0.5))
                    {
                        var origin = new OriginInfo(id, title, _population.Agencies[owner], year);
                        _pending.Enqueue(new PendingCopy(origin, candidate, y, localName, status, topic, mechanism,
                            quality, DrawElements(primaryTheme, rng.Next(GeneratorCatalog.ThemeCount))));
                    }
                }
            }

            _received[owner] += adopters.Count;
            return records is null ? [] : records;
        }

        private Topic DrawTopic(int owner)
        {
            var specific = _population.SpecificTopics[owner];
            var generic = _population.GenericTopics;
            var genericShare = _population.Agencies[owner].Affairs.Count == 0 ? 0.5 : 0.15;
            var useGeneric = specific.Length == 0 || _rng.Chance(genericShare);
            return GeneratorCatalog.Topics[useGeneric ? _rng.Pick(generic) : _rng.Pick(specific)];
        }

        private Mechanism DrawMechanism(Topic topic)
        {
            var total = 0;
            foreach (var m in GeneratorCatalog.Mechanisms)
            {
                total += m.Fits.Contains(topic.Type, StringComparison.Ordinal) ? m.Weight : 0;
            }

            var target = _rng.Next(total);
            foreach (var m in GeneratorCatalog.Mechanisms)
            {
                if (!m.Fits.Contains(topic.Type, StringComparison.Ordinal))
                {
                    continue;
                }

                target -= m.Weight;
                if (target < 0)
                {
                    return m;
                }
            }

            throw new InvalidOperationException("No mechanism fits topic type " + topic.Type + ".");
        }

        private int DrawYear()
        {
            var target = _rng.NextDouble() * _yearCumulative[^1];
            for (var i = 0; i < _yearCumulative.Length; i++)
            {
                if (target < _yearCumulative[i])
                {
                    return _options.FirstYear + i;
                }
            }

            return _options.LastYear;
        }

        private ServiceElement[] DrawElements(int primary, int secondary)
        {
            var rng = _rng;
            Span<bool> chosen = stackalloc bool[9];
            var first = GeneratorCatalog.ThemeElements[primary];
            var take = 1 + rng.Next(2);
            for (var i = 0; i < take; i++)
            {
                chosen[(int)rng.Pick(first)] = true;
            }

            if (rng.Chance(0.5))
            {
                chosen[(int)rng.Pick(GeneratorCatalog.ThemeElements[secondary])] = true;
            }

            if (rng.Chance(0.2))
            {
                chosen[rng.Next(9)] = true;
            }

            var list = new List<ServiceElement>(4);
            for (var e = 0; e < 9; e++)
            {
                if (chosen[e])
                {
                    list.Add((ServiceElement)e);
                }
            }

            return [.. list];
        }

        private InnovationStage? DrawStage(int age)
        {
            var r = _rng.NextDouble();
            if (r < 0.07)
            {
                return null;
            }

            var s = _rng.NextDouble();
            return age switch
            {
                0 => s < 0.5 ? InnovationStage.Inisiatif : InnovationStage.UjiCoba,
                1 => s < 0.15 ? InnovationStage.Inisiatif : s < 0.75 ? InnovationStage.UjiCoba : InnovationStage.Penerapan,
                _ => s < 0.15 ? InnovationStage.UjiCoba : InnovationStage.Penerapan,
            };
        }

        private List<string> DrawAwards(double quality, int year, int age, string region)
        {
            var awards = new List<string>(2);
            if (age >= 1 && quality > 0.6 && _rng.Chance(0.25))
            {
                awards.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Juara {_rng.Between(1, 3)} Kompetisi Inovasi Pelayanan Publik {region} {year + 1}"));
            }

            if (age >= 2 && quality > 0.72 && _rng.Chance(0.5))
            {
                var tier = quality > 0.85 && _rng.Chance(0.5) ? "Top 45" : "Top 99";
                awards.Add(string.Create(CultureInfo.InvariantCulture, $"{tier} KIPP {year + 2}"));
            }

            return awards;
        }

        private static string MakeId(int index, string title) =>
            string.Create(CultureInfo.InvariantCulture, $"{IdPrefix}{index:D6}-{NameMaker.Slug(title, 60)}");
    }

    private sealed record PendingCopy(
        OriginInfo Origin, int Agency, int Year, string LocalName, InnovationStatus? Status, Topic Topic,
        Mechanism Mechanism, double Quality, ServiceElement[] Elements);
}
