using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Import;

/// <summary>The shipped corpus: every write-up in data/ reads without an error or a warning, in canonical form.</summary>
public sealed class DataFolderTests
{
    private static readonly Lazy<List<WriteupReadResult>> s_results = new(() => WriteupReader.ReadDirectory(RepoPaths.Data).ToList());

    [Fact]
    public void EveryWriteup_HasNoErrorOrWarning()
    {
        var diagnostics = s_results.Value.SelectMany(r => r.Diagnostics).Select(d => d.ToString()).ToList();

        Assert.Empty(diagnostics);
        Assert.Equal(12, InFolder("medan").Count());
        Assert.Equal(140, InFolder("lan").Count());
    }

    [Fact]
    public void MedanAndLanWriteups_AreWhatTheWriterWrites()
    {
        foreach (var result in InFolder("medan").Concat(InFolder("lan")))
        {
            var text = File.ReadAllText(result.FilePath);
            Assert.True(string.Equals(WriteupWriter.Write(result.Innovation!), text, StringComparison.Ordinal),
                $"{result.FilePath} is not in the writer's canonical form");
        }
    }

    [Fact]
    public void IdsAreUniqueAcrossFolders()
    {
        var duplicates = s_results.Value.GroupBy(r => r.Innovation!.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void MedanFolder_HasEveryInnovationTheArticlesName()
    {
        var titles = InFolder("medan").Select(r => r.Innovation!.Title).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["Aladin", "E-Disiplin", "E-Katalog UMKM", "E-Monev", "E-Office", "Jumat Berkah", "Medan Smart City", "Seraton", "Si-Surat", "Sibisa", "Sitancap", "Verolin"],
            titles);
    }

    private static IEnumerable<WriteupReadResult> InFolder(string folder)
    {
        var prefix = Path.Combine(RepoPaths.Data, folder) + Path.DirectorySeparatorChar;
        return s_results.Value.Where(r => Path.GetFullPath(r.FilePath).StartsWith(prefix, StringComparison.Ordinal));
    }
}
