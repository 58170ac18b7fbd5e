using BenchmarkDotNet.Running;
using Inovasi.Benchmarks;

// --short is ours (a quick job for smoke runs); everything else goes to BenchmarkDotNet.
var config = BenchmarkConfig.Create(args);
var rest = args.Where(a => !string.Equals(a, "--short", StringComparison.Ordinal)).ToArray();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(rest, config);
