using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Inovasi.Search.Writeups;

/// <summary>The recognised sections of a write-up body (FORMAT.md, "Body").</summary>
/// <param name="Background"><c>## Latar Belakang</c>.</param>
/// <param name="Solution"><c>## Inovasi</c>.</param>
/// <param name="Impact"><c>## Manfaat</c>.</param>
/// <param name="ReplicationNotes"><c>## Replikasi</c>.</param>
internal readonly record struct BodySections(string? Background, string? Solution, string? Impact, string? ReplicationNotes);

/// <summary>
/// Finds the recommended sections of a body with Markdig, so that headings inside code blocks, block quotes or
/// lists are not mistaken for sections.
/// </summary>
/// <remarks>
/// A section is a top-level level-2 heading (ATX <c>## x</c> or setext <c>x</c> over <c>---</c>) whose text,
/// with runs of white space collapsed, equals one of the four names ignoring case. Its text runs from the line
/// after the heading to the next level-1 or level-2 heading (lower levels stay inside), trimmed of spaces, tabs and line feeds
/// at both ends; an empty section is <see langword="null"/>. A heading given twice joins its texts with a
/// blank line. <threadsafety>The Markdig pipeline is built once and shared; thread-safe.</threadsafety>
/// </remarks>
internal static class WriteupSections
{
    /// <summary>CommonMark plus pipe tables, as FORMAT.md defines the body.</summary>
    internal static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static BodySections Extract(string body)
    {
        if (body.AsSpan().IndexOfAny('#', '-') < 0)
        {
            return default;
        }

        var document = Markdown.Parse(body, Pipeline);
        string? background = null, solution = null, impact = null, replication = null;
        var count = document.Count;
        for (var i = 0; i < count; i++)
        {
            if (document[i] is not HeadingBlock { Level: 2 } heading)
            {
                continue;
            }

            var kind = Classify(heading);
            if (kind < 0)
            {
                continue;
            }

            // The section starts on the line after the heading (an ATX heading's span stops before a closing "##").
            var newline = body.IndexOf('\n', Math.Min(body.Length, heading.Span.End));
            var start = newline < 0 ? body.Length : newline + 1;
            var end = body.Length;
            for (var j = i + 1; j < count; j++)
            {
                if (document[j] is HeadingBlock { Level: <= 2 } next)
                {
                    end = Math.Max(start, next.Span.Start);
                    break;
                }
            }

            var text = body.AsSpan(start, end - start).Trim(" \t\n");
            if (text.IsEmpty)
            {
                continue;
            }

            switch (kind)
            {
                case 0: background = Join(background, text); break;
                case 1: solution = Join(solution, text); break;
                case 2: impact = Join(impact, text); break;
                default: replication = Join(replication, text); break;
            }
        }

        return new BodySections(background, solution, impact, replication);
    }

    private static string Join(string? previous, ReadOnlySpan<char> text) =>
        previous is null ? text.ToString() : string.Concat(previous, "\n\n", text);

    /// <summary>0 Latar Belakang, 1 Inovasi, 2 Manfaat, 3 Replikasi, -1 any other heading.</summary>
    private static int Classify(HeadingBlock heading)
    {
        if (heading.Inline is null)
        {
            return -1;
        }

        var sb = new StringBuilder(24);
        AppendText(heading.Inline, sb);
        var normalized = CollapseWhiteSpace(sb.ToString());
        if (normalized.Equals("latar belakang", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (normalized.Equals("inovasi", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (normalized.Equals("manfaat", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return normalized.Equals("replikasi", StringComparison.OrdinalIgnoreCase) ? 3 : -1;
    }

    private static void AppendText(ContainerInline container, StringBuilder sb)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case ContainerInline child: AppendText(child, sb); break;
            }
        }
    }

    private static string CollapseWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
