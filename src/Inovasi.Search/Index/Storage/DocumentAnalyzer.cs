using System.Runtime.InteropServices;
using Inovasi.Search.Analysis;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Storage;

/// <summary>The analyzed form of one write-up before term ids are assigned.</summary>
internal sealed class AnalyzedDocument
{
    public required string[] Terms { get; init; }

    /// <summary>Start of each term's packed positions; one extra entry at the end.</summary>
    public required int[] PositionStarts { get; init; }

    public required int[] Positions { get; init; }

    public required int[] FieldLengths { get; init; }

    /// <summary>Distinct lower-cased surface words, for typo correction.</summary>
    public required string[] Words { get; init; }

    /// <summary>For each of <see cref="Words"/>, the index in <see cref="Terms"/> of its term.</summary>
    public required int[] WordTerms { get; init; }
}

/// <summary>Splits a write-up into its indexed fields and analyzes each with the index's analyzer.</summary>
internal static class DocumentAnalyzer
{
    /// <summary>Gap left between two values of one field (two tags) so that a phrase never spans them.</summary>
    private const int ValueGap = 16;

    public static IEnumerable<(IndexField Field, string Text)> FieldTexts(Innovation innovation)
    {
        yield return (IndexField.Title, innovation.Title);
        if (innovation.Summary is { Length: > 0 } summary)
        {
            yield return (IndexField.Summary, summary);
        }

        yield return (IndexField.Body, innovation.Body);
        yield return (IndexField.Agency, innovation.Agency);
        yield return (IndexField.Region, innovation.Region);
        if (innovation.Province is { Length: > 0 } province)
        {
            yield return (IndexField.Region, province);
        }

        foreach (var tag in innovation.Tags)
        {
            yield return (IndexField.Tags, tag);
        }

        foreach (var award in innovation.Awards)
        {
            yield return (IndexField.Tags, award);
        }

        foreach (var affair in innovation.Affairs)
        {
            yield return (IndexField.Affairs, affair);
        }
    }

    public static AnalyzedDocument Analyze(Innovation innovation, IndonesianAnalyzer analyzer)
    {
        var sink = new CollectingSink();
        var fieldLengths = new int[TermVector.FieldCount];
        var nextPosition = new int[TermVector.FieldCount];
        foreach (var (field, text) in FieldTexts(innovation))
        {
            sink.Field = field;
            sink.Text = text;
            sink.BasePosition = nextPosition[(int)field];
            sink.MaxPosition = -1;
            sink.Count = 0;
            analyzer.Analyze(text.AsSpan(), ref sink);
            fieldLengths[(int)field] += sink.Count;
            if (sink.MaxPosition >= 0)
            {
                nextPosition[(int)field] = sink.MaxPosition + ValueGap;
            }
        }

        return sink.ToDocument(fieldLengths);
    }

    private struct CollectingSink : ITokenSink
    {
        private readonly Dictionary<string, List<int>> _terms;
        private readonly Dictionary<string, string> _words;
        private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _termLookup;

        public CollectingSink()
        {
            _terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            _words = new Dictionary<string, string>(StringComparer.Ordinal);
            _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
            Text = "";
        }

        public IndexField Field { get; set; }

        public string Text { get; set; }

        public int BasePosition { get; set; }

        public int MaxPosition { get; set; }

        public int Count { get; set; }

        public void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position)
        {
            if (term.IsEmpty)
            {
                return;
            }

            var p = BasePosition + position;
            if (p > TermVector.PositionMask)
            {
                return;
            }

            Count++;
            MaxPosition = Math.Max(MaxPosition, p);
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_termLookup, term, out var exists);
            list ??= [];
            list.Add(TermVector.Pack(Field, p));
            var surfaceSpan = Text.AsSpan(start, Math.Min(end, Text.Length) - start);
            if (surfaceSpan.Length is > 0 and <= 40)
            {
                Span<char> lower = stackalloc char[surfaceSpan.Length];
                surfaceSpan.ToLowerInvariant(lower);
                var wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!wordLookup.ContainsKey(lower))
                {
                    wordLookup[lower] = term.ToString();
                }
            }
        }

        public readonly AnalyzedDocument ToDocument(int[] fieldLengths)
        {
            var terms = new string[_terms.Count];
            var index = 0;
            foreach (var key in _terms.Keys)
            {
                terms[index++] = key;
            }

            Array.Sort(terms, StringComparer.Ordinal);
            var starts = new int[terms.Length + 1];
            var total = 0;
            for (var t = 0; t < terms.Length; t++)
            {
                starts[t] = total;
                total += _terms[terms[t]].Count;
            }

            starts[terms.Length] = total;
            var positions = new int[total];
            var termIndex = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
            for (var t = 0; t < terms.Length; t++)
            {
                var list = _terms[terms[t]];
                list.Sort();
                list.CopyTo(positions, starts[t]);
                termIndex[terms[t]] = t;
            }

            var words = new string[_words.Count];
            var wordTerms = new int[_words.Count];
            index = 0;
            foreach (var (word, term) in _words)
            {
                words[index] = word;
                wordTerms[index++] = termIndex[term];
            }

            return new AnalyzedDocument
            {
                Terms = terms,
                PositionStarts = starts,
                Positions = positions,
                FieldLengths = fieldLengths,
                Words = words,
                WordTerms = wordTerms,
            };
        }
    }
}
