using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inovasi.Search;

namespace Inovasi.Benchmarks.Search;

/// <summary>
/// Inovasi's side of <c>benchmarks/lucene-compare.sh</c>: the same protocol and JSON as the Lucene anchor
/// (../shared/anchors/lucene), so both land in one table.
/// </summary>
/// <remarks>
/// <code>
/// Inovasi.Benchmarks compare index  DOCS_DIR DB            one JSON line: docs, seconds, docs_per_s, index_bytes, input_bytes
/// Inovasi.Benchmarks compare open   DB                     one JSON line: docs, seconds
/// Inovasi.Benchmarks compare search DB QUERIES [k] [repeats] [warmup_s]
/// </code>
/// <para>search mirrors the anchor: a warm-up over the whole query file for at least <c>warmup_s</c> seconds and
/// 20,000 executions (at most six times <c>warmup_s</c>), then <c>repeats</c> interleaved rounds; one sample is one
/// <see cref="InnovationIndex.Search"/> call for the top k (ids and titles included). It prints one line per query
/// and a summary line, and adds a second timing of the same queries with facets and snippets
/// (<c>facets_snippets_p50_us</c>, <c>facets_snippets_p95_us</c>).</para>
/// </remarks>
public static class CompareHarness
{
    private const long MinWarmupExecutions = 20_000;
    private const double MaxWarmupFactor = 6.0;
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs one mode; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args)
        {
            case ["index", var docs, var db]:
                Index(docs, db);
                return 0;
            case ["open", var db]:
                Open(db);
                return 0;
            case ["search", var db, var queries, .. var rest] when rest.Length <= 3:
                Search(db, queries,
                    rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 10,
                    rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 100,
                    rest.Length > 2 ? double.Parse(rest[2], CultureInfo.InvariantCulture) : 5.0);
                return 0;
            default:
                Console.Error.WriteLine("usage: compare index DOCS_DIR DB | compare open DB | compare search DB QUERIES [k=10] [repeats=100] [warmup_s=5]");
                return 2;
        }
    }

    private static void Index(string docs, string db)
    {
        var started = Stopwatch.GetTimestamp();
        using var index = InnovationIndex.Open(db);
        var summary = index.UpdateFromDirectory(docs, null, CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var statistics = index.Statistics;
        Emit(new Dictionary<string, object?>
        {
            ["engine"] = "inovasi",
            ["docs"] = statistics.Documents,
            ["seconds"] = Math.Round(seconds, 3),
            ["docs_per_s"] = Math.Round(statistics.Documents / seconds, 1),
            ["index_bytes"] = DatabaseBytes(db),
            ["input_bytes"] = InputBytes(docs),
            ["added"] = summary.Added,
            ["updated"] = summary.Updated,
            ["removed"] = summary.Removed,
            ["unchanged"] = summary.Unchanged,
            ["invalid"] = summary.Invalid.Count,
            ["gc_heap_bytes"] = GC.GetTotalMemory(forceFullCollection: false),
        });
    }

    private static void Open(string db)
    {
        var started = Stopwatch.GetTimestamp();
        using var index = InnovationIndex.Open(db);
        var documents = index.Statistics.Documents;
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Emit(new Dictionary<string, object?>
        {
            ["engine"] = "inovasi",
            ["docs"] = documents,
            ["seconds"] = Math.Round(seconds, 3),
            ["gc_heap_bytes"] = GC.GetTotalMemory(forceFullCollection: true),
        });
    }

    private static void Search(string db, string queryFile, int k, int repeats, double warmupSeconds)
    {
        var queries = QueryFile.Read(queryFile);
        using var index = InnovationIndex.Open(db);
        var plain = queries.Select(q => new SearchRequest(q.Text) { Take = k }).ToArray();
        var rich = queries.Select(q => new SearchRequest(q.Text) { Take = k, IncludeFacets = true, IncludeSnippets = true }).ToArray();

        long sink = 0;
        var warmStart = Stopwatch.GetTimestamp();
        var rounds = 0;
        TimeSpan elapsed;
        do
        {
            foreach (var request in plain)
            {
                sink += index.Search(request, CancellationToken.None).Hits.Count;
            }

            foreach (var request in rich)
            {
                sink += index.Search(request, CancellationToken.None).Hits.Count;
            }

            rounds++;
            elapsed = Stopwatch.GetElapsedTime(warmStart);
        }
        while (elapsed.TotalSeconds < warmupSeconds
            || ((long)rounds * queries.Count < MinWarmupExecutions && elapsed.TotalSeconds < MaxWarmupFactor * warmupSeconds));

        var latencies = Measure(index, plain, repeats, ref sink, out var totalSeconds);
        var richLatencies = Measure(index, rich, repeats, ref sink, out _);

        var all = new List<double>(queries.Count * repeats);
        for (var i = 0; i < queries.Count; i++)
        {
            var result = index.Search(plain[i], CancellationToken.None);
            var sorted = latencies[i].Order().ToArray();
            all.AddRange(sorted);
            Emit(new Dictionary<string, object?>
            {
                ["qid"] = queries[i].Id,
                ["query"] = queries[i].Text,
                ["hits"] = result.Total,
                ["top"] = result.Hits.Select(h => h.Id).ToArray(),
                ["scores"] = result.Hits.Select(h => Math.Round(h.Score, 4)).ToArray(),
                ["suggestion"] = result.Suggestion,
                ["p50_us"] = Math.Round(Percentile(sorted, 50), 1),
                ["p95_us"] = Math.Round(Percentile(sorted, 95), 1),
            });
        }

        var allSorted = all.Order().ToArray();
        var richSorted = richLatencies.SelectMany(l => l).Order().ToArray();
        Emit(new Dictionary<string, object?>
        {
            ["summary"] = true,
            ["engine"] = "inovasi",
            ["docs"] = index.Statistics.Documents,
            ["queries"] = queries.Count,
            ["k"] = k,
            ["repeats"] = repeats,
            ["warmup_rounds"] = rounds,
            ["warmup_s"] = Math.Round(elapsed.TotalSeconds, 1),
            ["p50_us"] = Math.Round(Percentile(allSorted, 50), 1),
            ["p95_us"] = Math.Round(Percentile(allSorted, 95), 1),
            ["mean_us"] = Math.Round(allSorted.Average(), 1),
            ["qps"] = Math.Round(allSorted.Length / totalSeconds, 1),
            ["facets_snippets_p50_us"] = Math.Round(Percentile(richSorted, 50), 1),
            ["facets_snippets_p95_us"] = Math.Round(Percentile(richSorted, 95), 1),
            ["sink"] = sink,
        });
    }

    /// <summary><paramref name="repeats"/> rounds, each running every request once; latencies in microseconds per request.</summary>
    private static double[][] Measure(InnovationIndex index, SearchRequest[] requests, int repeats, ref long sink, out double totalSeconds)
    {
        var latencies = new double[requests.Length][];
        for (var i = 0; i < requests.Length; i++)
        {
            latencies[i] = new double[repeats];
        }

        var allStart = Stopwatch.GetTimestamp();
        for (var r = 0; r < repeats; r++)
        {
            for (var i = 0; i < requests.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                sink += index.Search(requests[i], CancellationToken.None).Hits.Count;
                latencies[i][r] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        totalSeconds = Stopwatch.GetElapsedTime(allStart).TotalSeconds;
        return latencies;
    }

    /// <summary>Nearest-rank percentile of an ascending array (as the anchor computes it).</summary>
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static long DatabaseBytes(string db) =>
        new[] { db, db + "-wal", db + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static long InputBytes(string docs) =>
        Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static void Emit(Dictionary<string, object?> line) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(line, s_json));
}
