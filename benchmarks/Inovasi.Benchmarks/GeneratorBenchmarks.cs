using BenchmarkDotNet.Attributes;
using Inovasi.Search.Generation;
using Inovasi.Search.Writeups;

namespace Inovasi.Benchmarks;

/// <summary>
/// Write-up generator throughput (docs/generator.md). Each measured call generates <see cref="Count"/> write-ups;
/// with <c>OperationsPerInvoke</c> the Mean is per write-up and Op/s is write-ups per second. Cheap under
/// <c>--job Dry</c>: one call of 2,000.
/// </summary>
[OperationsPerSecond]
public class GeneratorBenchmarks
{
    private const int Count = 2_000;

    private WriteupGenerator _generator = null!;

    [GlobalSetup]
    public void Setup() => _generator = new WriteupGenerator(new GeneratorOptions { Count = Count, Seed = 1 });

    /// <summary>Generate the innovations only (process, names and prose).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long Generate()
    {
        long length = 0;
        foreach (var innovation in _generator.Generate())
        {
            length += innovation.Body.Length;
        }

        return length;
    }

    /// <summary>Generate and render each as a FORMAT.md file in memory (what <c>inovasi generate</c> does before the disk).</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long GenerateAndWrite()
    {
        long length = 0;
        foreach (var innovation in _generator.Generate())
        {
            length += WriteupWriter.Write(innovation).Length;
        }

        return length;
    }

    /// <summary>Build the agency population for 100,000 write-ups (286 regions, 15,140 agencies).</summary>
    [Benchmark]
    public int BuildPopulation() => new WriteupGenerator(new GeneratorOptions { Count = 100_000, Seed = 1 }).Agencies.Count;
}
