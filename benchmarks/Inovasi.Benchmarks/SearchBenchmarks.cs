using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Inovasi.Benchmarks.Search;
using Inovasi.Search;

namespace Inovasi.Benchmarks;

/// <summary>
/// Building, opening and re-indexing an <see cref="InnovationIndex"/> over the generated corpus
/// (<see cref="BenchCorpus"/>: <c>INOVASI_BENCH_DOCS</c> write-ups, 100,000 by default, 200 under <c>--job Dry</c>).
/// </summary>
/// <remarks>
/// Each operation takes seconds at 100,000 write-ups, so this class runs the monitoring strategy (one warm-up,
/// three measured iterations, one invocation each) rather than BenchmarkDotNet's micro-benchmark pilot; under
/// <c>--job Dry</c> it runs the dry job only.
/// </remarks>
[Config(typeof(MonitoringUnlessDryConfig))]
public class SearchIndexBenchmarks
{
    private string _corpus = "";
    private string _folder = "";
    private string _existing = "";
    private string _fresh = "";
    private InnovationIndex? _open;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchCorpus.Ensure(BenchCorpus.Size);
        _folder = Path.Combine(Path.GetTempPath(), "inovasi-bench-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _existing = Path.Combine(_folder, "existing.db");
        _fresh = Path.Combine(_folder, "fresh.db");
        _open = InnovationIndex.Open(_existing);
        _open.UpdateFromDirectory(_corpus, null, CancellationToken.None);
    }

    [IterationSetup(Target = nameof(Build))]
    public void DeleteFresh()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in (string[])["", "-wal", "-shm"])
        {
            File.Delete(_fresh + suffix);
        }
    }

    /// <summary>Full build: a new database from every write-up of the corpus.</summary>
    [Benchmark]
    public int Build()
    {
        using var index = InnovationIndex.Open(_fresh);
        return index.UpdateFromDirectory(_corpus, null, CancellationToken.None).Added;
    }

    /// <summary>Opening an existing index (load from SQLite, build the in-memory snapshot).</summary>
    [Benchmark]
    public int Open()
    {
        using var index = InnovationIndex.Open(_existing);
        return index.Statistics.Documents;
    }

    /// <summary>Re-index with nothing changed: read and hash every file, write nothing.</summary>
    [Benchmark]
    public int ReindexUnchanged() => _open!.UpdateFromDirectory(_corpus, null, CancellationToken.None).Unchanged;

    [GlobalCleanup]
    public void Cleanup()
    {
        _open?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>Adds a monitoring job (1 warm-up, 3 iterations) unless the run is the dry smoke run.</summary>
public sealed class MonitoringUnlessDryConfig : ManualConfig
{
    public MonitoringUnlessDryConfig()
    {
        if (Environment.GetEnvironmentVariable("INOVASI_BENCH_DRY") != "1")
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
        }
    }
}

/// <summary>
/// Ranked top-10 queries of 1 to 4 words (benchmarks/queries/lucene-compare.tsv, ten per length), plain and with
/// facets and snippets, on the generated corpus. One operation is one query (the ten of a length in turn).
/// </summary>
public class SearchQueryBenchmarks
{
    private const int QueriesPerLength = 10;
    private InnovationIndex? _index;
    private SearchRequest[] _plain = [];
    private SearchRequest[] _rich = [];

    /// <summary>Words per query.</summary>
    [Params(1, 2, 3, 4)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = InnovationIndex.Open(BenchCorpus.EnsureDatabase(BenchCorpus.Size));
        var texts = QueryFile.Read(QueryFile.DefaultPath)
            .Select(q => q.Text)
            .Where(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == Words)
            .ToArray();
        if (texts.Length != QueriesPerLength)
        {
            throw new InvalidOperationException($"{QueryFile.DefaultPath}: {texts.Length} queries of {Words} words; the benchmark needs {QueriesPerLength}.");
        }

        _plain = texts.Select(t => new SearchRequest(t) { Take = 10 }).ToArray();
        _rich = texts.Select(t => new SearchRequest(t) { Take = 10, IncludeFacets = true, IncludeSnippets = true }).ToArray();
    }

    /// <summary>Top 10 by relevance, ids and titles only.</summary>
    [Benchmark(OperationsPerInvoke = QueriesPerLength)]
    public int TopTen() => Run(_plain);

    /// <summary>Top 10 with facet counts over all matches and a highlighted snippet per hit.</summary>
    [Benchmark(OperationsPerInvoke = QueriesPerLength)]
    public int TopTenWithFacetsAndSnippets() => Run(_rich);

    private int Run(SearchRequest[] requests)
    {
        var hits = 0;
        foreach (var request in requests)
        {
            hits += _index!.Search(request, CancellationToken.None).Hits.Count;
        }

        return hits;
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();
}
