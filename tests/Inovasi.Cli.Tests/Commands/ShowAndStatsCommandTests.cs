using Inovasi.Cli.Commands;
using Inovasi.Cli.Tests.Support;

namespace Inovasi.Cli.Tests.Commands;

public sealed class ShowAndStatsCommandTests : IDisposable
{
    private readonly TempCorpus _corpus = new TempCorpus().WithSamples();

    public void Dispose() => _corpus.Dispose();

    private async Task IndexAsync() =>
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("index", _corpus.Docs, "--db", _corpus.Database)).Exit);

    [Fact]
    public async Task Show_KnownId_PrintsTheWriteupAsMarkdown()
    {
        await IndexAsync();
        var run = await CliRunner.RunAsync("show", "seraton-disdukcapil-medan", "--db", _corpus.Database);
        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.StartsWith("---\nid: seraton-disdukcapil-medan\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("judul: Seraton", run.Output, StringComparison.Ordinal);
        Assert.Contains("## Latar Belakang", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_ExitsWithFailureNamingTheId()
    {
        await IndexAsync();
        var run = await CliRunner.RunAsync("show", "tidak-ada", "--db", _corpus.Database);
        Assert.Equal(ExitCodes.Failure, run.Exit);
        Assert.Contains("\"tidak-ada\"", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Stats_ReportsDocumentsAndSpread()
    {
        await IndexAsync();
        var run = await CliRunner.RunAsync("stats", "--db", _corpus.Database);
        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("Tulisan:       3", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tahun:         2011..2019", run.Output, StringComparison.Ordinal);
        Assert.Contains("sistem-informasi (2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Kota Medan (2)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_NoDatabase_Fails()
    {
        var run = await CliRunner.RunAsync("stats", "--db", Path.Combine(_corpus.Root, "kosong.db"));
        Assert.Equal(ExitCodes.Failure, run.Exit);
        Assert.Contains("belum ada", run.Error, StringComparison.Ordinal);
    }
}
