using Inovasi.Search.Tests.Fakes;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>Recognition of the four sections by their level-2 headings (FORMAT.md, "Body").</summary>
public sealed class BodySectionTests
{
    private static Innovation Read(string body) => WriteupReader.ParseOrThrow(
        "---\nid: x\njudul: X\nopd: A\npemda: B\ntahun: 2019\n---\n" + body, "x.md", FixedTimeProvider.Mid2026);

    [Fact]
    public void AllFourSections_AtxHeadings()
    {
        var i = Read("# Si-Surat\n\n## Latar Belakang\nSurat hilang.\n\n## Inovasi\nAplikasi surat.\n\n## Manfaat\nCepat.\n\n## Replikasi\nServer dan operator.\n");
        Assert.Equal("Surat hilang.", i.Background);
        Assert.Equal("Aplikasi surat.", i.Solution);
        Assert.Equal("Cepat.", i.Impact);
        Assert.Equal("Server dan operator.", i.ReplicationNotes);
    }

    [Fact]
    public void Headings_AreCaseInsensitive_AndIgnoreExtraSpacesAndEmphasis()
    {
        var i = Read("##   LATAR   belakang  ##\nA\n\n## *Manfaat*\nB\n");
        Assert.Equal("A", i.Background);
        Assert.Equal("B", i.Impact);
    }

    [Fact]
    public void SetextLevel2Heading_IsRecognised_Level1IsNot()
    {
        var i = Read("Inovasi\n-------\nA\n\nManfaat\n=======\nB\n");
        Assert.Equal("A", i.Solution);
        Assert.Null(i.Impact);
    }

    [Fact]
    public void Level3Headings_StayInsideTheSection()
    {
        var i = Read("## Inovasi\nA\n\n### Tahap 1\nB\n\n#### Rinci\nC\n");
        Assert.Equal("A\n\n### Tahap 1\nB\n\n#### Rinci\nC", i.Solution);
    }

    [Fact]
    public void OtherLevel1And2Headings_EndTheSection_AndStayInTheBody()
    {
        var body = "## Inovasi\nA\n\n## Kendala\nB\n\n## Manfaat\nC\n\n# Lampiran\nD\n";
        var i = Read(body);
        Assert.Equal("A", i.Solution);
        Assert.Equal("C", i.Impact);
        Assert.Equal(body, i.Body);
    }

    [Fact]
    public void HeadingsInCodeBlocksQuotesAndLists_AreNotSections()
    {
        var i = Read("```\n## Manfaat\nbukan\n```\n\n> ## Inovasi\n> kutipan\n\n- ## Replikasi\n  butir\n\n    ## Latar Belakang\n");
        Assert.Null(i.Impact);
        Assert.Null(i.Solution);
        Assert.Null(i.ReplicationNotes);
        Assert.Null(i.Background);
    }

    [Fact]
    public void EmptySection_IsNull()
    {
        var i = Read("## Manfaat\n\n## Inovasi\nA\n");
        Assert.Null(i.Impact);
        Assert.Equal("A", i.Solution);
    }

    [Fact]
    public void RepeatedHeading_JoinsItsTexts()
    {
        var i = Read("## Manfaat\nA\n\n## Inovasi\nX\n\n## manfaat\nB\n");
        Assert.Equal("A\n\nB", i.Impact);
    }

    [Fact]
    public void SectionText_KeepsMarkdownAndRawHtmlAsWritten()
    {
        var i = Read("## Manfaat\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>x</script> **tebal**\n");
        Assert.Equal("| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>x</script> **tebal**", i.Impact);
    }

    [Fact]
    public void NoSections_BodyKeptExactly()
    {
        var i = Read("\nTeks bebas tanpa judul.\n\n\n");
        Assert.Equal("\nTeks bebas tanpa judul.\n\n\n", i.Body);
        Assert.Null(i.Background);
    }
}
