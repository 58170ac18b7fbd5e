using FsCheck;
using FsCheck.Fluent;
using Inovasi.Cli.Import;
using Markdig;

namespace Inovasi.Cli.Tests.Import;

public sealed class LanTextTests
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    [Theory]
    [InlineData("# bukan judul", "\\# bukan judul")]
    [InlineData("> kutipan", "\\> kutipan")]
    [InlineData("===", "\\===")]
    [InlineData("- butir", "- butir")]
    [InlineData("- # butir", "- \\# butir")]
    [InlineData("1. langkah", "1. langkah")]
    [InlineData("2014.", "2014\\.")]
    [InlineData("-", "\\-")]
    [InlineData("AKI <70 / 100.000", "AKI <70 / 100.000")]
    [InlineData("RS &Dokter", "RS &Dokter")]
    [InlineData("a &amp; b", "a \\&amp; b")]
    [InlineData("[email dihapus]", "\\[email dihapus\\]")]
    [InlineData("<b>tebal</b>", "\\<b>tebal\\</b>")]
    [InlineData("a_b*c`d", "a\\_b\\*c\\`d")]
    public void EscapeLine_EscapesOnlyWhatMarkdownWouldRead(string line, string expected)
    {
        Assert.Equal(expected, LanText.EscapeLine(line));
    }

    [Fact]
    public void EscapeLine_AnyLineRendersAsWritten()
    {
        // Letters, digits, spaces and every ASCII punctuation character: all the syntax Markdown has.
        var chars = "ab1 #>-=+*_`~[]()<>!&;:|\\/.\"'{}".ToCharArray();
        var lines = Gen.Elements(chars).ArrayOf().Select(a => new string(a).Trim())
            .Where(s => s.Length > 0 && !StartsWithListMarker(s));
        Prop.ForAll(lines.ToArbitrary(), line =>
        {
            var rendered = Markdown.ToPlainText(LanText.EscapeLine(line), s_pipeline).TrimEnd('\n');
            return rendered == line;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void StripTags_DropsTagsAndATruncatedImage_KeepsLessThanSigns()
    {
        Assert.Equal("satu\ndua <70 tiga\n", LanText.StripTags("<p>satu</p>\r\ndua <70 tiga\n<img alt=\"\" src=\"data:image/png;base64,iVBOR"));
    }

    [Fact]
    public void ToMarkdown_OneBlockPerLine_EmptyLinesDropped()
    {
        Assert.Equal("Satu.\n\n- dua;\n\n\\# tiga", LanText.ToMarkdown("  Satu.  \n\n- dua;\r\n# tiga\n"));
        Assert.Equal("", LanText.ToMarkdown(null));
    }

    [Fact]
    public void Urls_FindsHttpAndWwwWordsOnce()
    {
        Assert.Equal(
            ["http://pdamkotajogja.co.id", "http://www.bni.co.id", "https://a.go.id/x?y=1"],
            LanText.Urls("- Wawancara - http://pdamkotajogja.co.id - www.bni.co.id, (https://a.go.id/x?y=1) http://pdamkotajogja.co.id"));
    }

    [Fact]
    public void Slug_IsAlwaysAValidIdPart()
    {
        Prop.ForAll<string>(text =>
        {
            var slug = LanText.Slug(text ?? "", 60);
            return slug.Length <= 60
                && (slug.Length == 0 || System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9]+(-[a-z0-9]+)*$"));
        }).QuickCheckThrowOnFailure();
    }

    private static bool StartsWithListMarker(string s)
    {
        if (s.Length >= 2 && s[0] is '-' or '+' or '*' && s[1] == ' ')
        {
            return true;
        }

        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i is > 0 and <= 9 && i + 1 < s.Length && s[i] is '.' or ')' && s[i + 1] == ' ';
    }
}
