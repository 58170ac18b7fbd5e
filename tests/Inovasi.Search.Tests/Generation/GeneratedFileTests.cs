using Inovasi.Search.Generation;
using Inovasi.Search.Tests.Fakes;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Generation;

/// <summary>Generated write-ups are valid FORMAT.md files that read back equal to what was generated.</summary>
public sealed class GeneratedFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "inovasi-gen-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void GeneratedFiles_ReadBackValidAndEqual()
    {
        var generated = new WriteupGenerator(new GeneratorOptions { Count = 250, Seed = 11 }).Generate().ToList();
        foreach (var innovation in generated)
        {
            WriteupWriter.WriteFile(innovation, _folder);
        }

        var read = WriteupReader.ReadDirectory(_folder, FixedTimeProvider.Mid2026).ToList();
        Assert.Equal(generated.Count, read.Count);
        var byId = generated.ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var result in read)
        {
            Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
            var innovation = result.Innovation!;
            Assert.Equal(byId[innovation.Id], innovation);
        }
    }

    [Fact]
    public void GeneratedSections_AreTheReadersSections()
    {
        foreach (var innovation in new WriteupGenerator(new GeneratorOptions { Count = 300, Seed = 12 }).Generate())
        {
            Assert.Equal(innovation, innovation.WithBody(innovation.Body));
            Assert.NotNull(innovation.Background);
            Assert.NotNull(innovation.Solution);
            Assert.NotNull(innovation.Impact);
            Assert.NotNull(innovation.ReplicationNotes);
        }
    }
}
