using System.CommandLine;
using Inovasi.Cli.Commands;

namespace Inovasi.Cli.Tests.Support;

/// <summary>Runs the index commands in-process with captured standard output and error.</summary>
internal static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var root = new RootCommand("test")
        {
            IndexCommand.Create(),
            SearchCommand.Create(),
            ShowCommand.Create(),
            StatsCommand.Create(),
        };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, CancellationToken.None);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>The exit code and captured text of one in-process run.</summary>
internal sealed record CliRun(int Exit, string Output, string Error);
