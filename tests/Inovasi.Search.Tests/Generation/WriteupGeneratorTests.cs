using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Generation;
using Inovasi.Search.Generation.Internal;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Generation;

/// <summary>Determinism, coverage and the illustrative markers of the write-up generator.</summary>
public sealed class WriteupGeneratorTests
{
    private static readonly Lazy<List<Innovation>> s_sample = new(() =>
        new WriteupGenerator(new GeneratorOptions { Count = 3_000, Seed = 7 }).Generate().ToList());

    [Fact]
    public void Generate_SameSeed_ProducesIdenticalFiles()
    {
        var options = new GeneratorOptions { Count = 400, Seed = 42 };
        var first = new WriteupGenerator(options).Generate().Select(WriteupWriter.Write).ToList();
        var second = new WriteupGenerator(options with { }).Generate().Select(WriteupWriter.Write).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_EnumeratedTwice_RestartsFromTheSeed()
    {
        var generator = new WriteupGenerator(new GeneratorOptions { Count = 200, Seed = 3 });
        Assert.Equal(generator.Generate().ToList(), generator.Generate().ToList());
    }

    [Fact]
    public void Generate_DifferentSeeds_Differ()
    {
        var a = new WriteupGenerator(new GeneratorOptions { Count = 50, Seed = 1 }).Generate().Select(WriteupWriter.Write).ToList();
        var b = new WriteupGenerator(new GeneratorOptions { Count = 50, Seed = 2 }).Generate().Select(WriteupWriter.Write).ToList();
        Assert.Equal(50, a.Count);
        Assert.True(a.Zip(b).Count(p => p.First != p.Second) >= 45, "different seeds should give different write-ups");
    }

    [Fact]
    public void Generate_AnySeed_IsDeterministicAndKeepsTheInvariants()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), Gen.Choose(0, 40).ToArbitrary(), (seed, count) =>
        {
            var options = new GeneratorOptions { Count = count, Seed = seed, RegionCount = 3, KecamatanPerRegion = 1 };
            var generator = new WriteupGenerator(options);
            var first = generator.Generate().ToList();
            var again = new WriteupGenerator(options).Generate().ToList();
            Assert.Equal(first, again);
            Assert.Equal(count, first.Count);
            AssertInvariants(generator, first);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public void Generate_IsLazy()
    {
        var generator = new WriteupGenerator(new GeneratorOptions { Count = GeneratorOptions.MaxCount, RegionCount = 6 });
        Assert.Equal(3, generator.Generate().Take(3).Count());
    }

    [Fact]
    public void Generate_ModestCount_CoversEveryKlasterUrusanElementStageAndStatus()
    {
        var sample = s_sample.Value;
        Assert.Equal(WriteupVocabulary.KnownClusters.Order(StringComparer.Ordinal),
            sample.Select(i => i.Cluster!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(GeneratorCatalog.Affairs.Order(StringComparer.Ordinal),
            sample.SelectMany(i => i.Affairs).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<ServiceElement>(), sample.SelectMany(i => i.ServiceElements).Distinct().Order());
        Assert.Equal(Enum.GetValues<InnovationStage>(), sample.Where(i => i.Stage is not null).Select(i => i.Stage!.Value).Distinct().Order());
        Assert.Contains(sample, i => i.Stage is null);
        Assert.Contains(sample, i => i.Status == InnovationStatus.Stopped);
        Assert.Contains(sample, i => i.Awards.Count > 0);
        Assert.Contains(sample, i => i.OriginId is not null);
        Assert.Contains(sample, i => i.IsDigital == true);
        Assert.Contains(sample, i => i.IsDigital == false);
    }

    [Fact]
    public void Generate_ModestCount_KeepsTheInvariants()
    {
        AssertInvariants(new WriteupGenerator(new GeneratorOptions { Count = 3_000, Seed = 7 }), s_sample.Value);
    }

    [Fact]
    public void Generate_Replications_FollowADiffusionWithinProvinces()
    {
        var generator = new WriteupGenerator(new GeneratorOptions { Count = 3_000, Seed = 7 });
        var records = s_sample.Value.SelectMany(i => i.Replications.Select(r => (Innovation: i, Replication: r))).ToList();
        Assert.True(records.Count > s_sample.Value.Count / 2, $"expected replications, got {records.Count}");
        var sameProvince = records.Count(x =>
            generator.TryGetAgency(x.Replication.Agency, x.Replication.Region, out var a) && a.Province == x.Innovation.Province);
        var provinces = generator.Agencies.Select(a => a.Province).Distinct().Count();

        // Uniform choice would put about 1/provinces of the copies in the owner's province; diffusion puts many more.
        Assert.True(sameProvince > records.Count * 2.0 / provinces, $"{sameProvince} of {records.Count} in the same province");
        Assert.Contains(s_sample.Value, i => i.Replications.Count >= 10);
    }

    [Fact]
    public void Generate_Prose_HasRealMorphology()
    {
        var words = s_sample.Value.Take(1_000)
            .SelectMany(i => i.Body.Split([' ', '\n', '.', ',', ';', ':', '(', ')', '*', '_'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        foreach (var word in (string[])["pelayanan", "perizinan", "kependudukan", "mempercepat", "ditindaklanjuti", "pelayanannya", "persyaratan", "pengaduan", "kepegawaian", "diverifikasi"])
        {
            Assert.True(words.Contains(word), $"no '{word}' in 1,000 write-ups");
        }

        Assert.True(words.Count(w => w.EndsWith("nya", StringComparison.Ordinal)) >= 10, "too few -nya forms");
    }

    [Fact]
    public void Agencies_CoverEveryOpdTypeOfEachRegencyAndCity()
    {
        var generator = new WriteupGenerator(new GeneratorOptions { Count = 10, RegionCount = 12, Seed = 5 });
        var expected = Enum.GetValues<AgencyKind>();
        var regions = generator.Agencies.Where(a => !a.Region.StartsWith("Provinsi ", StringComparison.Ordinal))
            .GroupBy(a => a.Region).ToList();
        Assert.Equal(12, regions.Count);
        foreach (var region in regions)
        {
            Assert.Equal(expected, region.Select(a => a.Kind).Distinct().Order());
            Assert.Contains(region, a => a.Name == "Dinas Kependudukan dan Catatan Sipil");
            Assert.Contains(region, a => a.Abbreviation == "DPMPTSP");
        }

        Assert.Contains(generator.Agencies, a => a.Region.StartsWith("Provinsi ", StringComparison.Ordinal) && a.Name == "Dinas Kehutanan");
    }

    [Fact]
    public void Agencies_AreUniqueAndFindable()
    {
        var generator = new WriteupGenerator(new GeneratorOptions { Count = 10, RegionCount = 40, Seed = 9 });
        var agencies = generator.Agencies;
        Assert.Equal(agencies.Count, agencies.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < agencies.Count; i++)
        {
            var a = agencies[i];
            Assert.Equal(i, a.Index);
            Assert.True(generator.TryGetAgency(a.Name, a.Region, out var found));
            Assert.Same(a, found);
            Assert.Equal(9, a.SurveyScores.Count);
            Assert.All(a.SurveyScores, s => Assert.InRange(s, 1.0, 4.0));
            Assert.InRange(a.SatisfactionIndex, 25.0, 100.0);
            Assert.All(a.Affairs, x => Assert.Contains(x, GeneratorCatalog.Affairs));
        }

        Assert.False(generator.TryGetAgency("Dinas Tidak Ada", "Kota Medan", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Agencies_DependOnTheSeed()
    {
        var a = new WriteupGenerator(new GeneratorOptions { Count = 10, Seed = 1 }).Agencies.Select(x => x.Id).ToList();
        var b = new WriteupGenerator(new GeneratorOptions { Count = 10, Seed = 1 }).Agencies.Select(x => x.Id).ToList();
        var c = new WriteupGenerator(new GeneratorOptions { Count = 10, Seed = 2 }).Agencies.Select(x => x.Id).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(-1, 2014, 2025, 0, 3)]
    [InlineData(GeneratorOptions.MaxCount + 1, 2014, 2025, 0, 3)]
    [InlineData(10, 1989, 2025, 0, 3)]
    [InlineData(10, 2014, 2101, 0, 3)]
    [InlineData(10, 2020, 2019, 0, 3)]
    [InlineData(10, 2014, 2025, -1, 3)]
    [InlineData(10, 2014, 2025, 515, 3)]
    [InlineData(10, 2014, 2025, 0, -1)]
    public void Constructor_OptionOutOfRange_Throws(int count, int first, int last, int regions, int kecamatan)
    {
        var options = new GeneratorOptions { Count = count, FirstYear = first, LastYear = last, RegionCount = regions, KecamatanPerRegion = kecamatan };
        Assert.Throws<ArgumentOutOfRangeException>(() => new WriteupGenerator(options));
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new WriteupGenerator(null!));
    }

    [Fact]
    public void Generate_SingleYear_PutsEverythingInThatYear()
    {
        var sample = new WriteupGenerator(new GeneratorOptions { Count = 200, FirstYear = 2020, LastYear = 2020 }).Generate().ToList();
        Assert.All(sample, i => Assert.Equal(2020, i.Year));
        Assert.All(sample, i => Assert.Empty(i.Replications));
    }

    internal static void AssertInvariants(WriteupGenerator generator, IReadOnlyList<Innovation> innovations)
    {
        var options = generator.Options;
        var byId = new Dictionary<string, Innovation>(StringComparer.Ordinal);
        for (var index = 0; index < innovations.Count; index++)
        {
            var i = innovations[index];
            Assert.StartsWith(WriteupGenerator.IdPrefix + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + "-", i.Id, StringComparison.Ordinal);
            Assert.True(IsSlug(i.Id) && i.Id.Length <= 80, $"bad id {i.Id}");
            Assert.True(byId.TryAdd(i.Id, i), $"duplicate id {i.Id}");
            Assert.Contains(WriteupGenerator.Tag, i.Tags);
            Assert.Contains(ProseComposer.Disclaimer, i.Body, StringComparison.Ordinal);
            Assert.InRange(i.Title.Length, 1, 200);
            Assert.InRange(i.Summary!.Length, 1, 600);
            Assert.InRange(i.Year, options.FirstYear, options.LastYear);
            Assert.NotEmpty(i.ServiceElements);
            Assert.Equal(i.ServiceElements.Distinct().Count(), i.ServiceElements.Count);
            Assert.True(generator.TryGetAgency(i.Agency, i.Region, out var owner), $"unknown owner {i.Agency} ({i.Region})");
            Assert.Equal(owner.Province, i.Province);
            Assert.True(WriteupVocabulary.KnownClusters.Contains(i.Cluster!), $"unknown klaster {i.Cluster}");

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var previousYear = int.MinValue;
            foreach (var r in i.Replications)
            {
                Assert.True(r.Year > i.Year, $"{i.Id}: replication in {r.Year}, origin in {i.Year}");
                Assert.True(r.Year <= options.LastYear);
                Assert.True(r.Year >= previousYear, $"{i.Id}: replications out of year order");
                previousYear = r.Year;
                Assert.False(r.Agency == i.Agency && r.Region == i.Region, $"{i.Id} replicated by its own agency");
                Assert.True(seen.Add(r.Agency + "|" + r.Region), $"{i.Id} replicated twice by {r.Agency}");
                Assert.True(generator.TryGetAgency(r.Agency, r.Region, out _), $"unknown replicator {r.Agency} ({r.Region})");
            }

            if (i.OriginId is { } originId)
            {
                Assert.True(byId.TryGetValue(originId, out var origin), $"{i.Id}: origin {originId} not generated before it");
                Assert.Contains(origin.Replications, r =>
                    r.Agency == i.Agency && r.Region == i.Region && r.Year == i.Year && r.LocalName == i.Title);
                Assert.Empty(i.Replications);
                Assert.Contains("replikasi", i.Tags);
            }
        }
    }

    private static bool IsSlug(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-' || id.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        return id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
    }
}
