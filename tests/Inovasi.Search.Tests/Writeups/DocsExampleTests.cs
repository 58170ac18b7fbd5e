using Inovasi.Search.Tests.Fakes;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>The examples of docs/writeups.md, compiled and asserted (STYLE.md: docs examples are tests).</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void ApiExample_ParseThenWriteThenBuildInCode()
    {
        var text = WriteupReaderTests.Example.ReplaceLineEndings("\n");

        WriteupReadResult result = WriteupReader.Parse(text, "data/seraton-disdukcapil-medan.md", FixedTimeProvider.Mid2026);
        Assert.True(result.IsValid);
        Innovation seraton = result.Innovation!;
        Assert.Equal("Seraton (2019): ", $"{seraton.Title} ({seraton.Year}): {seraton.Impact}");

        string markdown = WriteupWriter.Write(seraton);
        Assert.Equal(seraton, WriteupReader.ParseOrThrow(markdown, "seraton-disdukcapil-medan.md", FixedTimeProvider.Mid2026));

        Innovation built = new Innovation { Id = "e-disiplin", Title = "E-Disiplin", Agency = "...", Region = "Kota Medan", Year = 2019 }
            .WithBody("## Inovasi\nAbsensi daring.\n");
        Assert.Equal("Absensi daring.", built.Solution);
        Assert.Equal(built, WriteupReader.ParseOrThrow(WriteupWriter.Write(built), "e-disiplin.md", FixedTimeProvider.Mid2026));
    }

    [Fact]
    public void DiagnosticExample_FutureYear()
    {
        var text = "---\nid: x\njudul: X\nopd: A\npemda: B\ntahun: 2031\n---\n";
        var result = WriteupReader.Parse(text, "data/x.md", FixedTimeProvider.Mid2026);
        Assert.Equal("data/x.md:6: tahun: 2031 is in the future (the current year is 2026)", Assert.Single(result.Errors).ToString());
    }
}
