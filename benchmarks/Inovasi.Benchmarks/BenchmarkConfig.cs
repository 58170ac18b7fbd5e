using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;

namespace Inovasi.Benchmarks;

/// <summary>
/// The one shared configuration: memory diagnoser, GitHub-markdown exporter, and a short job when
/// <c>--short</c> is passed (CI smoke) instead of the default job (full runs).
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .AddColumn(StatisticColumn.P95)
            .WithOptions(ConfigOptions.JoinSummary)
            // Building the generated boilerplate project takes over BenchmarkDotNet's default 2 minutes when the
            // two cores are shared by several builds.
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
#if DEBUG
        Console.Error.WriteLine("warning: benchmarks built in Debug; run with -c Release for real figures.");
        config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
#endif
        return args.Contains("--short", StringComparer.Ordinal)
            ? config.AddJob(Job.ShortRun.WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1))
            : config;
    }
}
