using System.Globalization;
using System.Text;
using Inovasi.Search;

namespace Inovasi.Cli.Commands;

/// <summary>Renders a search result as text for people: header, hits with snippets, facets.</summary>
internal static class SearchText
{
    private static readonly CultureInfo s_c = CultureInfo.InvariantCulture;

    /// <summary>Writes <paramref name="result"/>; <paramref name="emphasis"/> selects ANSI emphasis over [brackets].</summary>
    public static void Write(TextWriter output, SearchOptions options, SearchResult result, bool emphasis)
    {
        var ms = result.Elapsed.TotalMilliseconds;
        if (result.Total == 0)
        {
            output.WriteLine(string.Create(s_c, $"Tidak ada hasil untuk \"{options.Query}\" ({ms:0.##} ms)."));
        }
        else
        {
            var first = Math.Min(result.Total, (options.Page - 1) * options.Top + 1);
            var last = (options.Page - 1) * options.Top + result.Hits.Count;
            output.WriteLine(string.Create(s_c,
                $"{result.Total} hasil untuk \"{options.Query}\", menampilkan {first}-{last} ({ms:0.##} ms)."));
        }

        if (!string.IsNullOrEmpty(result.Suggestion))
        {
            output.WriteLine($"Mungkin maksud Anda: {result.Suggestion}");
        }

        if (!string.IsNullOrEmpty(result.Message))
        {
            output.WriteLine($"Catatan: {result.Message}");
        }

        var rank = (options.Page - 1) * options.Top;
        foreach (var hit in result.Hits)
        {
            rank++;
            var innovation = hit.Innovation;
            output.WriteLine();
            output.WriteLine(string.Create(s_c, $"{rank,3}. {hit.Title}  [{hit.Id}]  skor {hit.Score:0.###}"));
            output.WriteLine(string.Create(s_c, $"     {innovation.Agency}, {innovation.Region}, {innovation.Year}"));
            if (hit.Snippet is { } snippet)
            {
                output.WriteLine($"     {Snippet(snippet, emphasis)}");
            }
        }

        WriteFacets(output, result);
        var shown = (options.Page - 1) * options.Top + result.Hits.Count;
        if (shown < result.Total)
        {
            output.WriteLine();
            output.WriteLine(string.Create(s_c, $"Halaman berikutnya: --page {options.Page + 1}"));
        }
    }

    /// <summary>
    /// The snippet on one line, prefixed by its section, with each highlight in emphasis or [brackets]. Offsets
    /// outside the text or overlapping an earlier highlight are ignored rather than trusted.
    /// </summary>
    internal static string Snippet(Snippet snippet, bool emphasis)
    {
        var text = snippet.Text;
        var builder = new StringBuilder(text.Length + 32);
        if (!string.IsNullOrEmpty(snippet.Section))
        {
            builder.Append(snippet.Section).Append(": ");
        }

        var position = 0;
        foreach (var highlight in snippet.Highlights.OrderBy(h => h.Start))
        {
            if (highlight.Start < position || highlight.Length <= 0 || highlight.Start + highlight.Length > text.Length)
            {
                continue;
            }

            AppendFlat(builder, text.AsSpan(position, highlight.Start - position));
            builder.Append(emphasis ? Terminal.Emphasis : "[");
            AppendFlat(builder, text.AsSpan(highlight.Start, highlight.Length));
            builder.Append(emphasis ? Terminal.Reset : "]");
            position = highlight.Start + highlight.Length;
        }

        AppendFlat(builder, text.AsSpan(position));
        return builder.ToString();
    }

    /// <summary>Appends text with line breaks and tabs turned into spaces, so a snippet stays on one line.</summary>
    private static void AppendFlat(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            builder.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }
    }

    private static void WriteFacets(TextWriter output, SearchResult result)
    {
        var first = true;
        foreach (var facet in result.Facets)
        {
            if (facet.Values.Count == 0)
            {
                continue;
            }

            if (first)
            {
                output.WriteLine();
                output.WriteLine("Saring menurut:");
                first = false;
            }

            var values = string.Join(", ", facet.Values.Take(8).Select(v => string.Create(s_c, $"{v.Value} ({v.Count})")));
            output.WriteLine($"  {facet.Name}: {values}");
        }
    }
}
