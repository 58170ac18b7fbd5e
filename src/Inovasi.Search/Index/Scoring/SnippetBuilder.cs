using Inovasi.Search.Analysis;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Scoring;

/// <summary>
/// Picks the best passage of a write-up's original text for a query: the window of about
/// <c>SnippetLength</c> characters holding the most distinct matched terms (then the most matches), from the
/// summary or the body, and names its section. Highlights are offsets, never markup.
/// </summary>
internal static class SnippetBuilder
{
    public static Snippet Build(Innovation doc, HashSet<string> terms, IndonesianAnalyzer analyzer, int length)
    {
        Candidate? best = null;
        if (terms.Count > 0)
        {
            var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            if (doc.Summary is { Length: > 0 } summary)
            {
                best = BestWindow(summary, "ringkasan", lookup, analyzer, length);
            }

            var body = BestWindow(doc.Body, null, lookup, analyzer, length);
            if (body is not null && (best is null || body.Value.Rank > best.Value.Rank))
            {
                best = body;
            }

            if (best is null)
            {
                best = BestWindow(doc.Title, "judul", lookup, analyzer, length);
            }
        }

        if (best is null)
        {
            var source = doc.Summary is { Length: > 0 } s ? s : doc.Body;
            var section = doc.Summary is { Length: > 0 } ? "ringkasan" : null;
            best = new Candidate(source, section, 0, Math.Min(source.Length, length), [], 0, 0);
        }

        return Render(best.Value, doc.Body);
    }

    private readonly record struct Match(int Start, int End, string Term);

    private readonly record struct Candidate(string Source, string? Section, int Start, int End, List<Match> Matches, int Rank, int FirstMatch);

    private static Candidate? BestWindow(string text, string? section, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, IndonesianAnalyzer analyzer, int length)
    {
        var sink = new MatchSink(lookup);
        analyzer.Analyze(text.AsSpan(), ref sink);
        var matches = sink.Matches;
        if (matches.Count == 0)
        {
            return null;
        }

        var bestRank = -1;
        var bestStart = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            distinct.Clear();
            var count = 0;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= length; j++)
            {
                distinct.Add(matches[j].Term);
                count++;
            }

            var rank = (distinct.Count * 1000) + count;
            if (rank > bestRank)
            {
                bestRank = rank;
                bestStart = matches[i].Start;
            }
        }

        // Some context before the first match, cut at a word boundary.
        var start = Math.Max(0, bestStart - (length / 5));
        while (start > 0 && start < bestStart && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }

        // Never reach back over a heading line into the previous section.
        var heading = text.LastIndexOf("\n#", bestStart, StringComparison.Ordinal);
        if (heading >= 0 && heading + 1 >= start)
        {
            var lineEnd = text.IndexOf('\n', heading + 1);
            start = lineEnd < 0 || lineEnd >= bestStart ? bestStart : lineEnd + 1;
        }

        var end = Math.Min(text.Length, start + length);
        while (end < text.Length && end > start && !char.IsWhiteSpace(text[end - 1]) && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        if (end <= bestStart)
        {
            end = Math.Min(text.Length, start + length);
        }

        // Nor run on into the next section.
        var nextHeading = text.IndexOf("\n#", bestStart, StringComparison.Ordinal);
        if (nextHeading > bestStart && nextHeading < end)
        {
            end = nextHeading;
        }

        var inside = new List<Match>();
        foreach (var m in matches)
        {
            if (m.Start >= start && m.End <= end)
            {
                inside.Add(m);
            }
        }

        return new Candidate(text, section, start, end, inside, bestRank, bestStart);
    }

    private static Snippet Render(Candidate c, string body)
    {
        var chars = c.Source.AsSpan(c.Start, c.End - c.Start).ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        var highlights = new List<Highlight>(c.Matches.Count);
        foreach (var m in c.Matches)
        {
            highlights.Add(new Highlight(m.Start - c.Start, m.End - m.Start));
        }

        var section = c.Section ?? SectionAt(body, c.FirstMatch);
        return new Snippet(new string(chars), section, highlights);
    }

    /// <summary>The level-2 heading (<c>## </c>) above an offset of the body, or <c>body</c> before any.</summary>
    internal static string SectionAt(string body, int offset)
    {
        var section = "body";
        var i = 0;
        while (i <= offset && i < body.Length)
        {
            var lineEnd = body.IndexOf('\n', i);
            if (lineEnd < 0)
            {
                lineEnd = body.Length;
            }

            if (body.AsSpan(i, lineEnd - i).StartsWith("## ", StringComparison.Ordinal))
            {
                section = body[(i + 3)..lineEnd].Trim();
            }

            i = lineEnd + 1;
        }

        return section;
    }

    private struct MatchSink : ITokenSink
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public MatchSink(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup)
        {
            _lookup = lookup;
            Matches = [];
        }

        public List<Match> Matches { get; }

        public readonly void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position)
        {
            if (_lookup.TryGetValue(term, out var actual))
            {
                Matches.Add(new Match(start, end, actual));
            }
        }
    }
}
