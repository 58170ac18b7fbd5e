using System.Text.Json;
using Inovasi.Cli.Commands;
using Inovasi.Cli.Tests.Support;

namespace Inovasi.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempCorpus _corpus = new TempCorpus().WithSamples();

    public void Dispose() => _corpus.Dispose();

    private async Task<CliRun> SearchAsync(params string[] args)
    {
        var index = await CliRunner.RunAsync("index", _corpus.Docs, "--db", _corpus.Database);
        Assert.Equal(ExitCodes.Success, index.Exit);
        return await CliRunner.RunAsync(["search", .. args, "--db", _corpus.Database]);
    }

    [Fact]
    public async Task Search_Json_IsOneObjectWithRankedHitsTotalFacetsAndSuggestion()
    {
        var run = await SearchAsync("akta kematian online", "--json");

        Assert.Equal(ExitCodes.Success, run.Exit);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Equal("seraton-disdukcapil-medan", hits[0].GetProperty("id").GetString());
        Assert.Equal("Seraton", hits[0].GetProperty("title").GetString());
        Assert.Equal(hits.Count, root.GetProperty("total").GetInt32());
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var snippet = hits[0].GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var highlights = snippet.GetProperty("highlights").EnumerateArray().ToList();
        Assert.NotEmpty(highlights);
        foreach (var highlight in highlights)
        {
            var start = highlight.GetProperty("start").GetInt32();
            var length = highlight.GetProperty("length").GetInt32();
            Assert.InRange(start + length, 1, text.Length);
        }

        Assert.Equal(JsonValueKind.Object, root.GetProperty("facets").ValueKind);
        Assert.True(root.GetProperty("facets").TryGetProperty("klaster", out var klaster));
        Assert.Contains(klaster.EnumerateArray(), v => v.GetProperty("value").GetString() == "sistem-informasi");
        Assert.True(root.TryGetProperty("suggestion", out _));
    }

    [Fact]
    public async Task Search_Json_MisspelledWord_CarriesTheSuggestion()
    {
        var run = await SearchAsync("reklme", "--json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("reklame", json.RootElement.GetProperty("suggestion").GetString());
        Assert.Equal("verolin-dpmptsp-medan", json.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_Text_ListsHitsWithBracketedHighlightsWhenNotATerminal()
    {
        var run = await SearchAsync("izin reklame");

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains("Verolin  [verolin-dpmptsp-medan]", run.Output, StringComparison.Ordinal);
        Assert.Contains("[reklame]", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.Contains("Saring menurut:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FiltersByYearRangeAndKlaster()
    {
        var byYear = await SearchAsync("sampah OR reklame", "--tahun", "2010..2012", "--json");
        using (var json = JsonDocument.Parse(byYear.Output))
        {
            Assert.Equal(["bank-sampah-malang"], json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        }

        var byKlaster = await CliRunner.RunAsync("search", "sampah OR reklame", "--klaster", "sistem-informasi", "--json", "--db", _corpus.Database);
        using (var json = JsonDocument.Parse(byKlaster.Output))
        {
            Assert.Equal(["verolin-dpmptsp-medan"], json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        }
    }

    [Theory]
    [InlineData("--unsur", "waktu")]
    [InlineData("--tahap", "uji-coba")]
    public async Task Search_FiltersByServiceElementAndStage(string option, string value)
    {
        var run = await SearchAsync("sampah OR reklame OR kematian", option, value, "--json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["seraton-disdukcapil-medan"], json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_Paging_ReturnsTheNextHits()
    {
        var first = await SearchAsync("online OR sampah OR reklame", "--top", "1", "--json");
        var second = await CliRunner.RunAsync("search", "online OR sampah OR reklame", "--top", "1", "--page", "2", "--json", "--db", _corpus.Database);
        using var a = JsonDocument.Parse(first.Output);
        using var b = JsonDocument.Parse(second.Output);
        Assert.Single(a.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(a.RootElement.GetProperty("total").GetInt32(), b.RootElement.GetProperty("total").GetInt32());
        Assert.NotEqual(
            a.RootElement.GetProperty("hits")[0].GetProperty("id").GetString(),
            b.RootElement.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--tahun", "dua ribu")]
    [InlineData("--tahun", "2020..2017")]
    [InlineData("--top", "0")]
    [InlineData("--page", "0")]
    [InlineData("--unsur", "kecepatan")]
    [InlineData("--tahap", "selesai")]
    public async Task Search_BadOption_IsAUsageErrorNamingTheValue(string option, string value)
    {
        var run = await SearchAsync("sampah", option, value);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
        Assert.Contains(value.Split("..")[0], run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoDatabase_FailsAndSaysHowToBuildIt()
    {
        var run = await CliRunner.RunAsync("search", "sampah", "--db", Path.Combine(_corpus.Root, "kosong.db"));
        Assert.Equal(ExitCodes.Failure, run.Exit);
        Assert.Contains("inovasi index", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_corpus.Root, "kosong.db")));
    }

    [Fact]
    public async Task Search_MalformedQuery_NeverThrows()
    {
        foreach (var query in new[] { "\"akta", "((", "tahun:20x", "-", "judul:", "*", "OR OR" })
        {
            var run = await SearchAsync(query, "--json");
            Assert.Equal(ExitCodes.Success, run.Exit);
            using var json = JsonDocument.Parse(run.Output);
            Assert.True(json.RootElement.TryGetProperty("hits", out _));
        }
    }
}
