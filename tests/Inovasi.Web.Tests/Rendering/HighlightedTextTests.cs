using FsCheck;
using FsCheck.Fluent;
using Inovasi.Web.Rendering;

namespace Inovasi.Web.Tests.Rendering;

public sealed class HighlightedTextTests
{
    private static string Html(string text, params (int, int)[] highlights) =>
        HighlightedText.Render(text, highlights).ToString()!;

    [Fact]
    public void Highlights_become_marks_and_everything_is_encoded() =>
        Assert.Equal("a &lt;b&gt; <mark>layanan</mark> &amp; <mark>&quot;surat&quot;</mark>",
            Html("a <b> layanan & \"surat\"", (6, 7), (16, 7)));

    [Fact]
    public void Overlapping_and_out_of_range_highlights_are_clipped() =>
        Assert.Equal("<mark>abc</mark><mark>de</mark>f", Html("abcdef", (0, 3), (1, 4), (10, 2), (-5, 1)));

    [Fact]
    public void Output_never_contains_markup_from_the_text() =>
        Prop.ForAll<NonNull<string>, (int, int)[]>((text, highlights) =>
        {
            var html = HighlightedText.Render(text.Get, highlights.Select(h => (h.Item1 % 50, h.Item2 % 50))).ToString()!;
            var withoutMarks = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
            return !withoutMarks.Contains('<') && !withoutMarks.Contains('>')
                && (text.Get.Any(char.IsSurrogate) || System.Net.WebUtility.HtmlDecode(withoutMarks) == text.Get);
        }).QuickCheckThrowOnFailure();
}
