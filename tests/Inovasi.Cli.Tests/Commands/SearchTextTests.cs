using Inovasi.Cli.Commands;
using Inovasi.Search;

namespace Inovasi.Cli.Tests.Commands;

public sealed class SearchTextTests
{
    [Fact]
    public void Snippet_Plain_BracketsHighlightsAndKeepsOneLine()
    {
        var snippet = new Snippet("lapor kematian\nsecara online", "Inovasi", [new Highlight(6, 8), new Highlight(22, 6)]);
        Assert.Equal("Inovasi: lapor [kematian] secara [online]", SearchText.Snippet(snippet, emphasis: false));
    }

    [Fact]
    public void Snippet_Terminal_UsesAnsiEmphasis()
    {
        var snippet = new Snippet("akta kematian", "ringkasan", [new Highlight(0, 4)]);
        Assert.Equal($"ringkasan: {Terminal.Emphasis}akta{Terminal.Reset} kematian", SearchText.Snippet(snippet, emphasis: true));
    }

    [Fact]
    public void Snippet_IgnoresOffsetsOutsideTheTextOrOverlapping()
    {
        var snippet = new Snippet("bank sampah", "judul", [new Highlight(0, 4), new Highlight(2, 3), new Highlight(5, 99), new Highlight(-1, 2)]);
        Assert.Equal("judul: [bank] sampah", SearchText.Snippet(snippet, emphasis: false));
    }
}
