using System.Text;
using Inovasi.Search.Tests.Fakes;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>Reading files and folders: which files are write-ups, encoding and I/O problems, one bad file among good ones.</summary>
public sealed class WriteupFileTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "inovasi-writeups-" + Guid.NewGuid().ToString("N"));

    public WriteupFileTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Valid(string id) => $"---\nid: {id}\njudul: {id}\nopd: A\npemda: B\ntahun: 2019\n---\n";

    private string Put(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void FindFiles_RecursiveOrdinal_SkipsReadmeDocsHiddenAndOtherExtensions()
    {
        Put("b.md", Valid("b"));
        Put("a.md", Valid("a"));
        Put("README.md", "# Data");
        Put("sub/readme.md", "# Data");
        Put("sub/PROVENANCE.md", "# Sumber");
        Put("sub/c-1.md", Valid("c-1"));
        Put("sub/Seraton.md", Valid("seraton"));
        Put("sub/LICENSE.md", "MIT");
        Put(".git/x.md", Valid("x"));
        Put("sub/.hidden.md", Valid("hidden"));
        Put("notes.txt", "x");
        Put("upper.MD", Valid("upper"));

        var files = WriteupReader.FindFiles(_dir).Select(f => Path.GetRelativePath(_dir, f).Replace('\\', '/'));

        Assert.Equal(["a.md", "b.md", "sub/Seraton.md", "sub/c-1.md"], files);
    }

    [Fact]
    public void FindFiles_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => WriteupReader.FindFiles(Path.Combine(_dir, "none")));
    }

    [Fact]
    public void ReadDirectory_OneBadFileNeverStopsTheOthers()
    {
        Put("a.md", Valid("a"));
        Put("b.md", "bukan write-up");
        File.WriteAllBytes(Path.Combine(_dir, "c.md"), [.. "---\nid: c\njudul: "u8, 0xC3, 0x28, .. "\n---\n"u8]);
        Put("d.md", Valid("d"));

        var results = WriteupReader.ReadDirectory(_dir, FixedTimeProvider.Mid2026).ToList();

        Assert.Equal(4, results.Count);
        Assert.True(results[0].IsValid);
        Assert.Equal($"{results[1].FilePath}:1: front-matter: the file must start with a \"---\" line that opens the YAML front matter", results[1].Errors.Single().ToString());
        Assert.Equal($"{results[2].FilePath}:3: file: the file is not valid UTF-8 (first bad byte at offset 17); save it as UTF-8", results[2].Errors.Single().ToString());
        Assert.True(results[3].IsValid);
        Assert.Equal("d", results[3].Innovation!.Id);
    }

    [Fact]
    public void ReadDirectory_DuplicateId_IsAnErrorOfTheSecondFile()
    {
        var first = Put("a/x.md", Valid("x"));
        var second = Put("b/x.md", "---\n# komentar\n" + Valid("x")[4..]);

        var results = WriteupReader.ReadDirectory(_dir, FixedTimeProvider.Mid2026).ToList();

        Assert.True(results[0].IsValid);
        Assert.Equal($"{second}:3: id: \"x\" is also the id of {first}; ids must be unique", results[1].Errors.Single().ToString());
        Assert.Null(results[1].Innovation);
    }

    [Fact]
    public void ReadDirectory_ManyFiles_KeepsPathOrderAcrossParallelBatches()
    {
        for (var i = 0; i < 150; i++)
        {
            Put($"a/w{i:D3}.md", Valid($"w{i:D3}"));
        }

        var duplicate = Put("b/w007.md", Valid("w007"));

        var results = WriteupReader.ReadDirectory(_dir, FixedTimeProvider.Mid2026).ToList();

        Assert.Equal(WriteupReader.FindFiles(_dir), results.Select(r => r.FilePath));
        Assert.Equal(150, results.Count(r => r.IsValid));
        Assert.Equal(duplicate, Assert.Single(results, r => !r.IsValid).FilePath);
    }

    [Fact]
    public void ReadFile_Missing_IsAnError()
    {
        var path = Path.Combine(_dir, "none.md");
        var result = WriteupReader.ReadFile(path);
        var error = Assert.Single(result.Errors);
        Assert.Equal(WriteupMessagesFile, error.Field);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("cannot read the file: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Utf8Bom_IsAccepted()
    {
        var path = Path.Combine(_dir, "bom.md");
        File.WriteAllText(path, Valid("bom"), new UTF8Encoding(true));
        Assert.True(WriteupReader.ReadFile(path, FixedTimeProvider.Mid2026).IsValid);
    }

    [Fact]
    public void WriteFile_ThenReadFile_RoundTrips()
    {
        var innovation = WriteupReader.ParseOrThrow(WriteupReaderTests.Example.ReplaceLineEndings("\n"), "seraton-disdukcapil-medan.md", FixedTimeProvider.Mid2026);
        var path = WriteupWriter.WriteFile(innovation, Path.Combine(_dir, "out"));
        Assert.Equal(Path.Combine(_dir, "out", "seraton-disdukcapil-medan.md"), path);
        Assert.Equal(innovation, WriteupReader.ReadFile(path, FixedTimeProvider.Mid2026).Innovation);
    }

    private const string WriteupMessagesFile = "file";
}
