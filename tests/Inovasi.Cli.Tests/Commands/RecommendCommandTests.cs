using System.Text.Json;
using Inovasi.Cli.Commands;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Commands;

public sealed class RecommendCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inovasi-cli-recommend-").FullName;

    public RecommendCommandTests()
    {
        string[] themes = ["akta kelahiran kematian antrean kependudukan", "izin usaha reklame apotek perizinan", "surat arsip disposisi naskah persuratan"];
        string[] agencies = ["Dinas Kependudukan dan Catatan Sipil", "Dinas Penanaman Modal dan PTSP", "Bagian Umum Sekretariat Daerah"];
        string[] regions = ["Kota Medan", "Kota Binjai", "Kabupaten Karo", "Kabupaten Langkat"];
        for (var t = 0; t < themes.Length; t++)
        {
            for (var k = 0; k < 4; k++)
            {
                WriteupWriter.WriteFile(new Innovation
                {
                    Id = $"tema{t}-{k}",
                    Title = $"Inovasi {t} {k}",
                    Summary = $"{themes[t]} layanan daring nomor {k}",
                    Agency = agencies[t],
                    Region = regions[k],
                    Year = 2018 + k,
                    Affairs = t == 2 ? ["kearsipan"] : [t == 0 ? "administrasi kependudukan dan pencatatan sipil" : "penanaman modal"],
                    ServiceElements = t == 0 ? [ServiceElement.Waktu] : [ServiceElement.Persyaratan],
                    Replications = k == 0 ? [new Replication(agencies[t], regions[3], 2022), new Replication(agencies[t], regions[2], 2021)] : [],
                    Body = $"## Latar Belakang\n\n{themes[t]} lambat.\n",
                }, _folder);
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static RecommendCommand.Request Request(string? unsur = null, string? survey = null, bool json = false) =>
        new("Dinas Kependudukan dan Catatan Sipil", "Kota Padang", ["administrasi kependudukan dan pencatatan sipil"], survey, unsur,
            "antrean akta kelahiran terlalu lama", ["tema0-1"], 3, json);

    [Fact]
    public void Recommend_PrintsSuggestionsWithReasons()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = RecommendCommand.Run(Request(unsur: "waktu=2.1,prosedur=2.4"), "tidak-ada.db", _folder, output, error);
        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("1. Inovasi 0 ", text, StringComparison.Ordinal);
        Assert.Contains("Memperbaiki unsur SKM yang lemah: Waktu penyelesaian", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tema0-1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_Json_HasSurveyAndSuggestions()
    {
        var csv = Path.Combine(_folder, "skm.csv");
        File.WriteAllText(csv, "1,2,3,4,4,4,4,4,4\n2,2,3,4,4,4,4,4,4\n");
        var output = new StringWriter();
        var code = RecommendCommand.Run(Request(survey: csv, json: true), "tidak-ada.db", _folder, output, new StringWriter());
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.ToString());
        var root = doc.RootElement;
        Assert.Equal(1.5m, root.GetProperty("survey").GetProperty("elements").GetProperty("persyaratan").GetDecimal());
        var suggestions = root.GetProperty("suggestions");
        Assert.Equal(3, suggestions.GetArrayLength());
        var reasons = suggestions[0].GetProperty("reasons");
        Assert.Equal("sinyal", reasons[reasons.GetArrayLength() - 1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Recommend_BadSurvey_NamesRowAndColumn()
    {
        var csv = Path.Combine(_folder, "rusak.csv");
        File.WriteAllText(csv, "1,2,3,4,4,4,4,4,4\n2,2,3,9,4,4,4,4,4\n");
        var error = new StringWriter();
        var code = RecommendCommand.Run(Request(survey: csv), "tidak-ada.db", _folder, new StringWriter(), error);
        Assert.Equal(1, code);
        Assert.Contains($"{csv}:2: kolom 4 (biaya)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_WithoutIndex_SaysRunIndexFirst()
    {
        var error = new StringWriter();
        var code = RecommendCommand.Run(Request(), Path.Combine(_folder, "tidak-ada.db"), null, new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("inovasi index", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_UnknownId_ExitsOne()
    {
        var error = new StringWriter();
        Assert.Equal(1, SimilarCommand.Run("tidak-ada", 5, false, false, "x.db", _folder, new StringWriter(), error));
        Assert.Contains("tidak dikenal", error.ToString(), StringComparison.Ordinal);
        var output = new StringWriter();
        Assert.Equal(0, SimilarCommand.Run("tema1-0", 2, false, false, "x.db", _folder, output, new StringWriter()));
        Assert.Contains("tema1-", output.ToString().Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_HasOneRowPerMethodAndSplit()
    {
        var output = new StringWriter();
        var code = EvaluateCommand.Run(_folder, 0, true, true, 42, output, new StringWriter());
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.ToString());
        var rows = doc.RootElement.GetProperty("rows");
        Assert.Equal(10, rows.GetArrayLength());
        foreach (var name in new[] { "method", "split", "corpus", "hr5", "hr10", "ndcg10", "mrr", "coverage" })
        {
            Assert.True(rows[0].TryGetProperty(name, out _), name);
        }
    }
}
