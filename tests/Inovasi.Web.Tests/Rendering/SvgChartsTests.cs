using System.Xml.Linq;
using Inovasi.Web.Rendering;

namespace Inovasi.Web.Tests.Rendering;

public sealed class SvgChartsTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Horizontal_bars_are_valid_svg_with_every_value_as_text()
    {
        var svg = SvgCharts.HorizontalBars("Nilai <unsur>",
            [new("Persyaratan", 3.25), new("Waktu & biaya", 2.5, Emphasis: true)], 1, 4).ToString()!;
        var doc = XDocument.Parse(svg);
        Assert.Equal("Nilai <unsur>", doc.Root!.Element(s_svg + "title")!.Value);
        var texts = doc.Descendants(s_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Persyaratan", texts);
        Assert.Contains("Waktu & biaya", texts);
        Assert.Contains("3.25", texts);
        Assert.Contains("2.5", texts);
        Assert.Equal(2, doc.Descendants(s_svg + "rect").Count());
        Assert.Single(doc.Descendants(s_svg + "rect"), r => (string?)r.Attribute("fill") == "#c4320a");
        Assert.DoesNotContain("style=", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bar_length_is_proportional_to_value()
    {
        var svg = SvgCharts.HorizontalBars("t", [new("a", 1), new("b", 2.5), new("c", 4)], 1, 4).ToString()!;
        var widths = XDocument.Parse(svg).Descendants(s_svg + "rect")
            .Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, widths[0]);
        Assert.Equal(widths[2] / 2, widths[1], 1);
    }

    [Fact]
    public void Year_pairs_draw_two_bars_per_year()
    {
        var svg = SvgCharts.YearPairs("Sebaran", [(2019, 4, 0), (2020, 1, 2), (2021, 0, 3)], "inovasi baru", "replikasi").ToString()!;
        var doc = XDocument.Parse(svg);
        Assert.Equal(2 + 6, doc.Descendants(s_svg + "rect").Count());
        Assert.Contains("2021: 0 inovasi baru, 3 replikasi", doc.Root!.Element(s_svg + "desc")!.Value, StringComparison.Ordinal);
    }
}
