using Inovasi.Search;
using Inovasi.Search.Generation;
using Inovasi.Search.Writeups;

namespace Inovasi.Benchmarks.Search;

/// <summary>
/// The generated corpus the search benchmarks run on, cached under <c>$INOVASI_BENCH_CACHE</c> (default
/// <c>$TMPDIR/inovasi-bench</c>) as <c>corpus-N-seed1</c>, the folder <c>benchmarks/lucene-compare.sh</c> also uses.
/// </summary>
/// <remarks>
/// Size: <c>INOVASI_BENCH_DOCS</c>, else 200 under <c>--job Dry</c> (Program sets <c>INOVASI_BENCH_DRY</c>),
/// else 100,000 (the target size).
/// </remarks>
public static class BenchCorpus
{
    /// <summary>Generator seed (the script's default too).</summary>
    public const long Seed = 1;

    /// <summary>Write-ups to generate.</summary>
    public static int Size
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("INOVASI_BENCH_DOCS");
            if (!string.IsNullOrEmpty(configured))
            {
                return int.Parse(configured, System.Globalization.CultureInfo.InvariantCulture);
            }

            return Environment.GetEnvironmentVariable("INOVASI_BENCH_DRY") == "1" ? 200 : 100_000;
        }
    }

    /// <summary>The cache folder.</summary>
    public static string CacheFolder =>
        Environment.GetEnvironmentVariable("INOVASI_BENCH_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "inovasi-bench");

    /// <summary>The corpus folder for <paramref name="docs"/> write-ups, generated on first use.</summary>
    public static string Ensure(int docs)
    {
        var folder = Path.Combine(CacheFolder, $"corpus-{docs}-seed{Seed}");
        var marker = Path.Combine(folder, ".complete");
        if (File.Exists(marker))
        {
            return folder;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        // Same layout as `inovasi generate` (1,000 files per numbered subfolder), so either may fill the cache.
        var generator = new WriteupGenerator(new GeneratorOptions { Count = docs, Seed = Seed });
        var index = 0;
        foreach (var innovation in generator.Generate())
        {
            var subfolder = Path.Combine(folder, (index++ / 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(subfolder);
            WriteupWriter.WriteFile(innovation, subfolder);
        }

        File.WriteAllText(marker, "");
        return folder;
    }

    /// <summary>A database of the corpus beside it (<c>corpus-N-seed1.db</c>), brought up to date (fast when unchanged).</summary>
    public static string EnsureDatabase(int docs)
    {
        var folder = Ensure(docs);
        var db = folder + ".db";
        using var index = InnovationIndex.Open(db);
        index.UpdateFromDirectory(folder, null, CancellationToken.None);
        return db;
    }
}
