using BenchmarkDotNet.Running;
using Inovasi.Benchmarks;
using Inovasi.Benchmarks.Search;

// `compare ...` is Inovasi's side of benchmarks/lucene-compare.sh (not BenchmarkDotNet).
if (args is ["compare", .. var compareArgs])
{
    return CompareHarness.Run(compareArgs);
}

// Under --job Dry (CI smoke) the search benchmarks use a tiny generated corpus; child processes inherit this.
if (args.Contains("--job", StringComparer.Ordinal) && args.Contains("Dry", StringComparer.OrdinalIgnoreCase))
{
    Environment.SetEnvironmentVariable("INOVASI_BENCH_DRY", "1");
}

// --short is ours (a quick job for smoke runs); everything else goes to BenchmarkDotNet.
var config = BenchmarkConfig.Create(args);
var rest = args.Where(a => !string.Equals(a, "--short", StringComparison.Ordinal)).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(rest, config);
return 0;
