using Inovasi.Cli.Commands;
using Inovasi.Cli.Tests.Support;

namespace Inovasi.Cli.Tests.Commands;

public sealed class IndexCommandTests
{
    [Fact]
    public async Task Index_NewFolder_ReportsAddedAndEachInvalidFileWithItsDiagnostics()
    {
        using var corpus = new TempCorpus().WithSamples();
        var invalid = corpus.WithInvalidFile();

        var run = await CliRunner.RunAsync("index", corpus.Docs, "--db", corpus.Database);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("3 ditambah, 0 diubah, 0 dihapus, 0 tetap, 1 tidak valid", run.Output, StringComparison.Ordinal);
        Assert.Contains(invalid, run.Output, StringComparison.Ordinal);
        Assert.Contains(": tahun: ", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(corpus.Database));
    }

    [Fact]
    public async Task Index_Again_ChangesNothingThenSeesEditsAndDeletions()
    {
        using var corpus = new TempCorpus().WithSamples();
        await CliRunner.RunAsync("index", corpus.Docs, "--db", corpus.Database);

        var again = await CliRunner.RunAsync("index", corpus.Docs, "--db", corpus.Database);
        Assert.Contains("0 ditambah, 0 diubah, 0 dihapus, 3 tetap", again.Output, StringComparison.Ordinal);

        File.Delete(Path.Combine(corpus.Docs, "bank-sampah-malang.md"));
        var verolin = Path.Combine(corpus.Docs, "verolin-dpmptsp-medan.md");
        File.WriteAllText(verolin, File.ReadAllText(verolin).Replace("memeriksa status", "melihat status", StringComparison.Ordinal));
        var changed = await CliRunner.RunAsync("index", corpus.Docs, "--db", corpus.Database);
        Assert.Contains("0 ditambah, 1 diubah, 1 dihapus, 1 tetap", changed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MissingFolder_IsAUsageError()
    {
        using var corpus = new TempCorpus();
        var run = await CliRunner.RunAsync("index", Path.Combine(corpus.Root, "tidak-ada"), "--db", corpus.Database);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("tidak-ada", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(corpus.Database));
    }

    [Fact]
    public async Task Index_DatabaseCannotBeWritten_ExitsNonZeroNamingTheFile()
    {
        using var corpus = new TempCorpus().WithSamples();
        var blocker = Path.Combine(corpus.Root, "berkas");
        File.WriteAllText(blocker, "bukan folder");
        var db = Path.Combine(blocker, "inovasi.db");

        var run = await CliRunner.RunAsync("index", corpus.Docs, "--db", db);

        Assert.Equal(ExitCodes.Failure, run.Exit);
        Assert.Contains(db, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressBar_Render_ShowsStageFractionAndCounts()
    {
        var bar = ProgressBar.Render(Inovasi.Search.IndexStage.Reading, 300, 1000);
        Assert.StartsWith("membaca", bar, StringComparison.Ordinal);
        Assert.Contains("[#########.....................]", bar, StringComparison.Ordinal);
        Assert.Contains(" 30%  300/1000", bar, StringComparison.Ordinal);
        Assert.Contains("[..............................]   0%  0/0", ProgressBar.Render(Inovasi.Search.IndexStage.Writing, 0, 0), StringComparison.Ordinal);
    }
}
