using Inovasi.Cli.Import;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Import;

/// <summary>The real directory: every record converts, deterministically, to exactly the files in data/lan.</summary>
public sealed class LanCorpusTests
{
    private static readonly Lazy<IReadOnlyList<LanRecord>> s_records = new(() => LanJsonlReader.ReadFile(RepoPaths.LanJsonl));
    private static readonly Lazy<WilayahTable> s_wilayah = new(() => WilayahTable.Load(RepoPaths.Wilayah));

    private static Dictionary<string, string> Convert(IEnumerable<LanRecord> records) =>
        new LanConverter(s_wilayah.Value).ConvertAll(records.ToList())
            .ToDictionary(c => c.Innovation.Id + ".md", c => WriteupWriter.Write(c.Innovation), StringComparer.Ordinal);

    [Fact]
    public void RealDirectory_Converts140RecordsToDistinctIds()
    {
        var files = Convert(s_records.Value);

        Assert.Equal(140, s_records.Value.Count);
        Assert.Equal(140, files.Count);
    }

    [Fact]
    public void RealDirectory_ConversionIsDeterministicAndOrderIndependent()
    {
        var first = Convert(s_records.Value);
        var again = Convert(s_records.Value.Reverse());

        Assert.Equal(first.OrderBy(p => p.Key, StringComparer.Ordinal), again.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void RealDirectory_ReproducesTheCommittedDataLanExactly()
    {
        var expected = Convert(s_records.Value);
        var dir = Path.Combine(RepoPaths.Data, "lan");
        var committed = Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), committed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
        {
            Assert.True(string.Equals(text, committed[name], StringComparison.Ordinal),
                $"data/lan/{name} differs from what import-lan produces; regenerate it (docs/corpus.md), never edit it by hand.");
        }
    }

    [Fact]
    public void RealDirectory_EveryOwnerResolvesToAGovernmentWithAProvinceUnlessCentral()
    {
        var converter = new LanConverter(s_wilayah.Value);
        foreach (var c in converter.ConvertAll(s_records.Value))
        {
            var x = c.Innovation;
            Assert.True(x.Region == RegionResolver.Central ? x.Province is null : x.Province is not null, $"{x.Id}: {x.Region} / {x.Province}");
        }
    }

    [Fact]
    public void CommittedDataLan_ReadsBackWithPrasyaratReplikasiAsTheReplikasiSection()
    {
        var byId = s_records.Value.ToDictionary(r => LanConverter.Id(r), StringComparer.Ordinal);
        var read = WriteupReader.ReadDirectory(Path.Combine(RepoPaths.Data, "lan")).ToList();

        Assert.Equal(140, read.Count);
        foreach (var result in read)
        {
            var x = result.Innovation!;
            var record = byId[x.Id];
            Assert.Equal(LanText.ToMarkdown(record.ReplicationPrerequisites), x.ReplicationNotes);
            Assert.StartsWith(LanText.ToMarkdown(record.Description), x.Solution, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docs_ListExactlyTheRulesTheCodeApplies()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "corpus.md")).ReplaceLineEndings("\n");
        var expected = LanRulesDocument.Render();

        Assert.True(docs.Contains(expected, StringComparison.Ordinal),
            "docs/corpus.md does not contain the current rule tables; replace its generated block with:\n" + expected);
    }
}
