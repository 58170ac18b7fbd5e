using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Inovasi.Search.Analysis;

namespace Inovasi.Benchmarks;

/// <summary>
/// Analyzer throughput on real text: the regulation corpus (../shared/data/peraturan-corpus, OCR text of 4,707
/// regulations) and the shipped write-ups (data/**/*.md; the LAN directory's text when data/ has none yet).
/// One operation analyzes the whole corpus into a counting struct sink (no allocation per token); the MB/s
/// column divides the corpus's UTF-8 size by the mean time. The stemmer memo is warm after the first
/// operation, as it is when indexing a collection.
/// </summary>
/// <remarks>Set INOVASI_BENCH_PERATURAN_SHARDS (1..14, default 14) to analyze fewer regulation shards.</remarks>
[Config(typeof(ThroughputConfig))]
public class AnalyzerBenchmarks
{
    private static readonly IndonesianAnalyzer Folding =
        new IndonesianAnalyzerBuilder().WithStemming(StemmingMode.None).Build();

    private string[] _texts = [];

    [Params("peraturan", "data")]
    public string Corpus { get; set; } = "peraturan";

    [GlobalSetup]
    public void Setup() => _texts = AnalyzerCorpus.Load(Corpus);

    /// <summary>Tokenize, fold, drop stopwords, stem (the default analyzer).</summary>
    [Benchmark]
    public int AnalyzeWithStemming() => Run(IndonesianAnalyzer.Default);

    /// <summary>Baseline: tokenize, fold and drop stopwords, no stemming.</summary>
    [Benchmark(Baseline = true)]
    public int AnalyzeWithoutStemming() => Run(Folding);

    private int Run(IndonesianAnalyzer analyzer)
    {
        var sink = new CountingSink();
        foreach (var text in _texts)
        {
            analyzer.Analyze(text.AsSpan(), ref sink);
        }

        return sink.Count;
    }

    private struct CountingSink : ITokenSink
    {
        public int Count;

        public void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position) => Count += term.Length;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>Corpus UTF-8 megabytes (10^6 bytes) divided by the mean time of one operation.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of corpus analyzed per second (mean)";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics)
            {
                return "-";
            }

            // The summary is joined across benchmark classes: only the analyzer's cases have a corpus.
            if (benchmarkCase.Parameters["Corpus"] is not string corpus)
            {
                return "-";
            }

            var megabytes = AnalyzerCorpus.Load(corpus).Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6;
            return (megabytes / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Loads the benchmark corpora (cached per process).</summary>
internal static class AnalyzerCorpus
{
    private static readonly Dictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    public static string[] Load(string corpus)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(corpus, out var texts))
            {
                Cache[corpus] = texts = corpus == "peraturan" ? LoadRegulations() : LoadWriteups();
            }

            return texts;
        }
    }

    private static string[] LoadRegulations()
    {
        var shards = int.TryParse(Environment.GetEnvironmentVariable("INOVASI_BENCH_PERATURAN_SHARDS"), out var n) ? n : 14;
        var folder = Path.Combine(Repo.Shared, "data", "peraturan-corpus");
        return Directory.GetFiles(folder, "peraturan_fulltext_*.jsonl").Order(StringComparer.Ordinal).Take(shards)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("teks").GetString() ?? "")
            .ToArray();
    }

    private static string[] LoadWriteups()
    {
        var data = Path.Combine(Repo.Root, "data");
        var files = Directory.Exists(data)
            ? Directory.GetFiles(data, "*.md", SearchOption.AllDirectories).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).ToArray()
            : [];
        if (files.Length > 0)
        {
            return files.Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        }

        // data/ not populated yet: the LAN directory's write-ups are its source text.
        return File.ReadLines(Path.Combine(Repo.Shared, "data", "lan-inovasi", "inovasi_lan.jsonl"))
            .Select(line => string.Join('\n', JsonDocument.Parse(line).RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString())))
            .ToArray();
    }

    /// <summary>Finds the repository root (the folder holding Inovasi.sln) and ../shared beside it.</summary>
    private static class Repo
    {
        public static string Root { get; } = FindRoot();

        public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

        private static string FindRoot()
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "Inovasi.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new DirectoryNotFoundException($"No Inovasi.sln above {AppContext.BaseDirectory}.");
        }
    }
}
