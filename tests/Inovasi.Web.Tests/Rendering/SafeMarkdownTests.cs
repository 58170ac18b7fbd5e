using Inovasi.Web.Rendering;

namespace Inovasi.Web.Tests.Rendering;

public sealed class SafeMarkdownTests
{
    private static string Html(string markdown) => SafeMarkdown.Render(markdown).ToString()!;

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = Html("Teks <script>alert(1)</script> dan <b onclick=\"x()\">tebal</b>\n\n<div>blok</div>\n");
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](data:text/html,hai)")]
    [InlineData("![x](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void Script_urls_are_dropped(string markdown)
    {
        var html = Html(markdown);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[x](https://example.org/a)", "href=\"https://example.org/a\"")]
    [InlineData("[x](/inovasi/seraton)", "href=\"/inovasi/seraton\"")]
    [InlineData("[x](mailto:a@b.id)", "href=\"mailto:a@b.id\"")]
    [InlineData("[x](#manfaat)", "href=\"#manfaat\"")]
    public void Safe_urls_are_kept(string markdown, string expected) =>
        Assert.Contains(expected, Html(markdown), StringComparison.Ordinal);

    [Fact]
    public void Leading_title_is_dropped_only_when_asked()
    {
        const string body = "# Seraton\n\n## Latar Belakang\nTeks.\n";
        Assert.Contains("<h1>Seraton</h1>", SafeMarkdown.Render(body).ToString(), StringComparison.Ordinal);
        var html = SafeMarkdown.Render(body, dropLeadingTitle: true).ToString()!;
        Assert.DoesNotContain("<h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Latar Belakang</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipe_tables_render()
    {
        var html = Html("| a | b |\n|---|---|\n| 1 | 2 |\n");
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
    }
}
