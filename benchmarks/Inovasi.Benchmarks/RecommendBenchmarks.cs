using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Inovasi.Recommend;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Generation;
using Inovasi.Search.Writeups;

namespace Inovasi.Benchmarks;

/// <summary>
/// The generated corpus the recommend benchmarks share: <c>INOVASI_BENCH_DOCS</c> write-ups (default 100,000),
/// or 500 under <c>--job Dry</c> (<c>INOVASI_BENCH_DRY</c>), seed 1.
/// </summary>
internal static class RecommendCorpus
{
    public static int Size()
    {
        if (Environment.GetEnvironmentVariable("INOVASI_BENCH_DRY") == "1")
        {
            return 500;
        }

        return int.TryParse(Environment.GetEnvironmentVariable("INOVASI_BENCH_DOCS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 100_000;
    }

    public static (WriteupGenerator Generator, List<Innovation> Innovations) Generate()
    {
        var generator = new WriteupGenerator(new GeneratorOptions { Count = Size(), Seed = 1 });
        return (generator, generator.Generate().ToList());
    }

    public static void ReportPeakMemory(string what)
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {what}: {Size()} write-ups, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024.0):0} MB"));
    }
}

/// <summary>
/// Model build (TF-IDF, randomized SVD, co-adoption structures, ranker fit on the replication records) on the
/// generated corpus, one build per operation. At full size run it as a monitoring job
/// (<c>--strategy Monitoring --warmupCount 0 --iterationCount 3</c>); the process prints its peak working set at the end.
/// </summary>
public class RecommendBuildBenchmarks
{
    private List<Innovation> _innovations = [];

    [GlobalSetup]
    public void Setup() => _innovations = RecommendCorpus.Generate().Innovations;

    [GlobalCleanup]
    public void Cleanup() => RecommendCorpus.ReportPeakMemory("RecommendBuildBenchmarks");

    /// <summary>Build the whole model.</summary>
    [Benchmark]
    public Recommender Build() => Recommender.Build(_innovations);
}

/// <summary>
/// One recommendation (an agency of the generated population with its survey and a problem statement, top 10,
/// reasons included) and one <c>Similar</c> (top 10) on a model built from the generated corpus. The inputs rotate
/// over 32 agencies and 32 write-ups.
/// </summary>
public class RecommendBenchmarks
{
    private Recommender _model = null!;
    private AgencyProfile[] _profiles = [];
    private string[] _ids = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var (generator, innovations) = RecommendCorpus.Generate();
        _model = Recommender.Build(innovations);
        var random = new Random(7);
        _profiles = [.. Enumerable.Range(0, 32).Select(_ =>
        {
            var agency = generator.Agencies[random.Next(generator.Agencies.Count)];
            var problem = innovations[random.Next(innovations.Count)].Background ?? "antrean panjang dan warga harus datang ke kantor";
            return new AgencyProfile
            {
                Agency = agency.Name,
                Region = agency.Region,
                Affairs = agency.Affairs,
                ProblemStatement = problem,
                Survey = Survey.FromElementValues(Enumerable.Range(0, 9).ToDictionary(
                    e => (ServiceElement)e, e => Math.Round((decimal)Math.Clamp(agency.SurveyScores[e], 1, 4), 4))),
            };
        })];
        _ids = [.. Enumerable.Range(0, 32).Select(_ => innovations[random.Next(innovations.Count)].Id)];
    }

    [GlobalCleanup]
    public void Cleanup() => RecommendCorpus.ReportPeakMemory("RecommendBenchmarks");

    /// <summary>Top 10 suggestions with reasons for one agency profile.</summary>
    [Benchmark]
    public IReadOnlyList<Suggestion> Recommend() => _model.Recommend(_profiles[_next++ & 31], 10);

    /// <summary>Top 10 similar write-ups.</summary>
    [Benchmark]
    public IReadOnlyList<SimilarInnovation> Similar() => _model.Similar(_ids[_next++ & 31], 10);
}
