using System.Collections.Frozen;
using System.Text;

namespace Inovasi.Cli.Import;

/// <summary>
/// Turns the directory's plain-text fields into Markdown without changing their text: leftover HTML tags are
/// dropped, each source line becomes its own paragraph (or list item), and characters Markdown would read as
/// markup are escaped so the text renders as written.
/// </summary>
internal static class LanText
{
    // HTML element names; "<" followed by one of these starts a tag to drop. "<70" stays text.
    private static readonly FrozenSet<string> s_htmlTags = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "b", "br", "div", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol",
        "p", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul");

    /// <summary>The lines of a field after dropping markup: trimmed, empty lines removed.</summary>
    public static List<string> Lines(string? text)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        foreach (var raw in StripTags(text).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The field as Markdown: one block per source line, blocks separated by a blank line.</summary>
    public static string ToMarkdown(string? text) => string.Join("\n\n", Lines(text).Select(EscapeLine));

    /// <summary>
    /// Removes HTML tags (<c>&lt;img …&gt;</c>, <c>&lt;/p&gt;</c>). A tag that never closes (the source truncated
    /// some fields inside a base64 image) is removed to the end of the text. Carriage returns become line breaks.
    /// </summary>
    public static string StripTags(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && TagNameAt(text, i + 1) is { } name && s_htmlTags.Contains(name))
            {
                var close = text.IndexOf('>', i);
                if (close < 0)
                {
                    break;
                }

                i = close + 1;
                continue;
            }

            if (c == '\r')
            {
                sb.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escapes one trimmed line so Markdown shows it as written. A leading list marker (<c>- </c>, <c>* </c>,
    /// <c>+ </c>, <c>1. </c>) is kept as a list item; what would start another block (heading <c>#</c>, quote
    /// <c>&gt;</c>, thematic break, setext underline, code fence, table row) is escaped, and so are inline markup
    /// characters (<c>\</c>, <c>`</c>, <c>*</c>, <c>_</c>, <c>[</c>, <c>]</c>, an HTML-like <c>&lt;</c> and an
    /// entity-like <c>&amp;</c>).
    /// </summary>
    public static string EscapeLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var sb = new StringBuilder(line.Length + 8);
        var start = 0;
        var marker = ListMarkerLength(line);
        if (marker > 0)
        {
            sb.Append(line, 0, marker);
            start = marker;
        }

        var body = line.AsSpan(start);
        var blockEscape = body.Length > 0 ? BlockStartEscape(body) : -1;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var escape = i == blockEscape || c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' => true,
                '<' => i + 1 < body.Length && (char.IsAsciiLetter(body[i + 1]) || body[i + 1] is '/' or '!' or '?'),
                '&' => LooksLikeEntity(body[(i + 1)..]),
                '|' => true,
                _ => false,
            };
            if (escape)
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The URLs in a free-text source note: words starting with <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
    /// <remarks><c>www.</c> gets <c>http://</c> in front; surrounding brackets, quotes and trailing punctuation are not part of a URL. Order kept, duplicates dropped.</remarks>
    public static List<string> Urls(string? text)
    {
        var urls = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return urls;
        }

        foreach (var word in text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimStart('(', '[', '"', '“').TrimEnd('.', ',', ';', ')', ']', ':', '"', '”');
            if (w.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                w = "http://" + w;
            }

            if ((w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                && Uri.TryCreate(w, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal)
                && !urls.Contains(w))
            {
                urls.Add(w);
            }
        }

        return urls;
    }

    /// <summary>
    /// A slug of at most <paramref name="maxLength"/> characters: lower-case ASCII letters and digits, other
    /// characters become one hyphen, cut at a hyphen.
    /// </summary>
    public static string Slug(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().TrimEnd('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];
        }

        return slug;
    }

    private static string? TagNameAt(string text, int i)
    {
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start && (i == text.Length || text[i] is ' ' or '>' or '/' or '\n') ? text[start..i] : null;
    }

    private static int ListMarkerLength(string line)
    {
        if (line.Length >= 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
        {
            return 2;
        }

        var i = 0;
        while (i < line.Length && i < 9 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ' ? i + 2 : 0;
    }

    // CommonMark block starts that the text must not trigger: ATX heading, block quote, thematic break or
    // setext underline (a line of -, = or *), fenced code, and a list marker with nothing after it. Returns the
    // index of the character to escape, or -1.
    private static int BlockStartEscape(ReadOnlySpan<char> s)
    {
        var c = s[0];
        if (c is '#' or '>' or '=' or '~')
        {
            return 0;
        }

        if (c is '-' or '+')
        {
            return s.Length == 1 || s[1] == ' ' || s.TrimEnd().IndexOfAnyExcept(c, ' ') < 0 ? 0 : -1;
        }

        // An ordered-list marker with nothing after it ("1." or "2)") is an empty list item: escape the delimiter.
        var digits = s.IndexOfAnyExcept("0123456789");
        return digits is > 0 and <= 9 && digits == s.Length - 1 && s[digits] is '.' or ')' ? digits : -1;
    }

    private static bool LooksLikeEntity(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '#')
        {
            i++;
        }

        var start = i;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        return i > start && i < s.Length && s[i] == ';';
    }
}
