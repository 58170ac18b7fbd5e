using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Inovasi.Web.Rendering;

/// <summary>Turns plain text plus highlight offsets into HTML: every segment, inside or between the
/// highlights, is HTML-encoded on its own and highlights become <c>&lt;mark&gt;</c>. The text is never trusted
/// as HTML.</summary>
internal static class HighlightedText
{
    /// <summary>Renders <paramref name="text"/> with its highlights. Highlights that overlap, run past the end
    /// or go backwards are clipped or skipped, never thrown on.</summary>
    public static IHtmlContent Render(string text, IEnumerable<(int Start, int Length)> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        var encoder = HtmlEncoder.Default;
        var sb = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var (start, length) in highlights.OrderBy(h => h.Start))
        {
            var from = Math.Max(start, position);
            var to = Math.Min(text.Length, start + Math.Max(0, length));
            if (from >= to || from < 0)
            {
                continue;
            }

            sb.Append(encoder.Encode(text[position..from]));
            sb.Append("<mark>").Append(encoder.Encode(text[from..to])).Append("</mark>");
            position = to;
        }

        sb.Append(encoder.Encode(text[position..]));
        return new HtmlString(sb.ToString());
    }
}
