using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Inovasi.Web.Rendering;

/// <summary>Renders a write-up body as HTML with Markdig: CommonMark plus pipe tables (FORMAT.md), raw HTML
/// disabled (it is shown as text), and link or image targets other than http, https, mailto or relative
/// ones dropped so that a <c>javascript:</c> link cannot run.</summary>
/// <remarks><threadsafety>The pipeline is built once and shared; rendering is thread-safe.</threadsafety></remarks>
internal static class SafeMarkdown
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Renders <paramref name="markdown"/>; with <paramref name="dropLeadingTitle"/>, a level-1 heading
    /// that opens the body is left out (the page already shows the title).</summary>
    public static IHtmlContent Render(string markdown, bool dropLeadingTitle = false)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, s_pipeline);
        if (dropLeadingTitle && document.Count > 0 && document[0] is HeadingBlock { Level: 1 })
        {
            document.RemoveAt(0);
        }
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.Url = "#";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new HtmlString(writer.ToString());
    }

    /// <summary>Relative URLs and the http, https and mailto schemes are safe; anything else with a scheme
    /// (javascript:, data:, vbscript:, file:) is not.</summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }
}
