using Inovasi.Cli.Commands;
using Inovasi.Cli.Tests.Support;

namespace Inovasi.Cli.Tests.Commands;

/// <summary>Changes the process's current directory, so it runs alone.</summary>
[CollectionDefinition(nameof(CurrentDirectoryCollection), DisableParallelization = true)]
public sealed class CurrentDirectoryCollection;

[Collection(nameof(CurrentDirectoryCollection))]
public sealed class DefaultDatabaseTests
{
    [Fact]
    public async Task WithoutDb_IndexAndSearchUseInovasiFolderUnderTheCurrentDirectory()
    {
        using var corpus = new TempCorpus().WithSamples();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = corpus.Root;
        try
        {
            var index = await CliRunner.RunAsync("index", "docs");
            Assert.Equal(ExitCodes.Success, index.Exit);
            Assert.True(File.Exists(Path.Combine(corpus.Root, ".inovasi", "inovasi.db")));

            var search = await CliRunner.RunAsync("search", "akta kematian online");
            Assert.Equal(ExitCodes.Success, search.Exit);
            Assert.Contains("Seraton", search.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
