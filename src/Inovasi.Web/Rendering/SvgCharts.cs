using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Inovasi.Web.Rendering;

/// <summary>One bar of a chart.</summary>
/// <param name="Label">Text beside the bar (encoded when rendered).</param>
/// <param name="Value">The value.</param>
/// <param name="Emphasis">Draw the bar in the warning colour (e.g. the weakest survey elements).</param>
internal sealed record ChartBar(string Label, double Value, bool Emphasis = false);

/// <summary>Server-rendered SVG charts, readable without JavaScript: every bar carries its value as text, the
/// chart has a <c>&lt;title&gt;</c> and <c>&lt;desc&gt;</c>, and colours are presentation attributes (no inline
/// style, so the Content-Security-Policy needs no exception).</summary>
internal static class SvgCharts
{
    private const string BarColour = "#0b5cad";
    private const string EmphasisColour = "#c4320a";
    private const string TextColour = "#1b1f24";
    private const string GridColour = "#d0d7de";

    /// <summary>Horizontal bars on a scale from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static IHtmlContent HorizontalBars(string title, IReadOnlyList<ChartBar> bars, double min, double max, string format = "0.##")
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(bars);
        if (max <= min)
        {
            max = min + 1;
        }

        const int labelWidth = 230;
        const int plotWidth = 330;
        const int valueWidth = 60;
        const int rowHeight = 26;
        const int top = 10;
        var width = labelWidth + plotWidth + valueWidth;
        var height = top + (bars.Count * rowHeight) + 24;
        var sb = Open(title, Describe(bars, format), width, height);

        var ticks = TickValues(min, max);
        foreach (var tick in ticks)
        {
            var x = labelWidth + ((tick - min) / (max - min) * plotWidth);
            sb.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{top - 4}\" x2=\"{x:0.#}\" y2=\"{height - 20}\" stroke=\"{GridColour}\" stroke-width=\"1\"/>"));
            sb.Append(Inv($"<text x=\"{x:0.#}\" y=\"{height - 6}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{TextColour}\">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>"));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + (i * rowHeight);
            var clamped = Math.Clamp(bar.Value, min, max);
            var w = (clamped - min) / (max - min) * plotWidth;
            sb.Append(Inv($"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" font-size=\"12\" text-anchor=\"end\" fill=\"{TextColour}\">")).Append(Encode(Shorten(bar.Label, 32))).Append("</text>");
            sb.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{Math.Max(w, 1):0.#}\" height=\"{rowHeight - 8}\" fill=\"{(bar.Emphasis ? EmphasisColour : BarColour)}\"/>"));
            sb.Append(Inv($"<text x=\"{labelWidth + w + 6:0.#}\" y=\"{y + 17}\" font-size=\"12\" fill=\"{TextColour}\">{bar.Value.ToString(format, CultureInfo.InvariantCulture)}</text>"));
        }

        return Close(sb);
    }

    /// <summary>Two series per year as side-by-side vertical bars (e.g. new innovations and replications).</summary>
    public static IHtmlContent YearPairs(string title, IReadOnlyList<(int Year, int First, int Second)> years, string firstName, string secondName)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(years);
        const int left = 44;
        const int plotHeight = 200;
        const int top = 30;
        var groupWidth = years.Count > 24 ? 16 : 28;
        var width = Math.Max(360, left + (years.Count * groupWidth) + 20);
        var height = top + plotHeight + 40;
        var max = Math.Max(1, years.Count == 0 ? 1 : years.Max(y => Math.Max(y.First, y.Second)));
        var desc = string.Join("; ", years.Select(y => Inv($"{y.Year}: {y.First} {firstName}, {y.Second} {secondName}")));
        var sb = Open(title, desc, width, height);

        sb.Append(Inv($"<rect x=\"{left}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{BarColour}\"/>"));
        sb.Append(Inv($"<text x=\"{left + 16}\" y=\"16\" font-size=\"12\" fill=\"{TextColour}\">")).Append(Encode(firstName)).Append("</text>");
        sb.Append(Inv($"<rect x=\"{left + 170}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{EmphasisColour}\"/>"));
        sb.Append(Inv($"<text x=\"{left + 186}\" y=\"16\" font-size=\"12\" fill=\"{TextColour}\">")).Append(Encode(secondName)).Append("</text>");

        foreach (var tick in TickValues(0, max))
        {
            var y = top + plotHeight - (tick / max * plotHeight);
            sb.Append(Inv($"<line x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{width - 10}\" y2=\"{y:0.#}\" stroke=\"{GridColour}\" stroke-width=\"1\"/>"));
            sb.Append(Inv($"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"{TextColour}\">{tick:0}</text>"));
        }

        var barWidth = (groupWidth - 4) / 2.0;
        for (var i = 0; i < years.Count; i++)
        {
            var (year, first, second) = years[i];
            var x = left + (i * groupWidth) + 2;
            var h1 = first / (double)max * plotHeight;
            var h2 = second / (double)max * plotHeight;
            sb.Append(Inv($"<rect x=\"{x:0.#}\" y=\"{top + plotHeight - h1:0.#}\" width=\"{barWidth:0.#}\" height=\"{h1:0.#}\" fill=\"{BarColour}\"><title>{year}: {first} {Encode(firstName)}</title></rect>"));
            sb.Append(Inv($"<rect x=\"{x + barWidth:0.#}\" y=\"{top + plotHeight - h2:0.#}\" width=\"{barWidth:0.#}\" height=\"{h2:0.#}\" fill=\"{EmphasisColour}\"><title>{year}: {second} {Encode(secondName)}</title></rect>"));
            if (years.Count <= 24 || i % 2 == 0)
            {
                sb.Append(Inv($"<text x=\"{x + barWidth:0.#}\" y=\"{top + plotHeight + 14}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{TextColour}\">{year}</text>"));
            }
        }

        sb.Append(Inv($"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{width - 10}\" y2=\"{top + plotHeight}\" stroke=\"{TextColour}\" stroke-width=\"1\"/>"));
        return Close(sb);
    }

    private static StringBuilder Open(string title, string description, int width, int height)
    {
        var sb = new StringBuilder(4096);
        sb.Append(Inv($"<svg class=\"grafik\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" font-family=\"system-ui, sans-serif\">"));
        sb.Append("<title>").Append(Encode(title)).Append("</title>");
        sb.Append("<desc>").Append(Encode(description)).Append("</desc>");
        return sb;
    }

    private static HtmlString Close(StringBuilder sb) => new(sb.Append("</svg>").ToString());

    private static string Describe(IReadOnlyList<ChartBar> bars, string format) =>
        string.Join("; ", bars.Select(b => b.Label + ": " + b.Value.ToString(format, CultureInfo.InvariantCulture)));

    private static List<double> TickValues(double min, double max)
    {
        var span = max - min;
        var raw = span / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(min / step) * step; t <= max + (step / 1000); t += step)
        {
            ticks.Add(t);
        }

        return ticks;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
