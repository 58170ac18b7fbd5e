using Inovasi.Search.Index.Internal;
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
        var state = t_state ??= new State();
        state.Reset();
        var sink = new CollectingSink(state);
        var fieldLengths = new int[TermVector.FieldCount];
        var nextPosition = new int[TermVector.FieldCount];
        foreach (var (field, text) in FieldTexts(innovation))
        {
            state.Field = field;
            state.Text = text;
            state.BasePosition = nextPosition[(int)field];
            state.MaxPosition = -1;
            state.Count = 0;
            analyzer.Analyze(text.AsSpan(), ref sink);
            fieldLengths[(int)field] += state.Count;
            if (state.MaxPosition >= 0)
            {
                nextPosition[(int)field] = state.MaxPosition + ValueGap;
            }
        }

        state.Text = "";
        return state.ToDocument(fieldLengths);
    }

    [ThreadStatic]
    private static State? t_state;

    /// <summary>Scratch space reused by one thread across documents: a term table and flat token arrays.</summary>
    private sealed class State
    {
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
        private readonly List<string> _termList = [];
        private readonly List<(string Word, int Term)> _wordList = [];
        private int[] _tokenTerms = new int[1024];
        private int[] _tokenPositions = new int[1024];
        private int _tokens;

        public State()
        {
            _termLookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
            _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public IndexField Field { get; set; }

        public string Text { get; set; } = "";

        public int BasePosition { get; set; }

        public int MaxPosition { get; set; }

        public int Count { get; set; }

        public void Reset()
        {
            _terms.Clear();
            _words.Clear();
            _termList.Clear();
            _wordList.Clear();
            _tokens = 0;
        }

        public void Add(ReadOnlySpan<char> term, int start, int end, int position)
        {
            var p = BasePosition + position;
            if (p > TermVector.PositionMask)
            {
                return;
            }

            Count++;
            MaxPosition = Math.Max(MaxPosition, p);
            if (!_termLookup.TryGetValue(term, out var local))
            {
                local = _termList.Count;
                var text = term.ToString();
                _terms[text] = local;
                _termList.Add(text);
            }

            if (_tokens == _tokenTerms.Length)
            {
                Array.Resize(ref _tokenTerms, _tokens * 2);
                Array.Resize(ref _tokenPositions, _tokens * 2);
            }

            _tokenTerms[_tokens] = local;
            _tokenPositions[_tokens] = TermVector.Pack(Field, p);
            _tokens++;

            // The lexicon needs surface words only where they differ from their term (the terms are in it anyway).
            var surface = Text.AsSpan(start, Math.Min(end, Text.Length) - start);
            if (surface.Length is > 0 and <= Lexicon.MaxWordLength && !SameLowerCase(surface, term))
            {
                Span<char> lower = stackalloc char[surface.Length];
                surface.ToLowerInvariant(lower);
                if (!_wordLookup.Contains(lower))
                {
                    var word = lower.ToString();
                    _words.Add(word);
                    _wordList.Add((word, local));
                }
            }
        }

        public AnalyzedDocument ToDocument(int[] fieldLengths)
        {
            var terms = _termList.ToArray();
            var starts = new int[terms.Length + 1];
            for (var i = 0; i < _tokens; i++)
            {
                starts[_tokenTerms[i] + 1]++;
            }

            for (var t = 0; t < terms.Length; t++)
            {
                starts[t + 1] += starts[t];
            }

            // Counting sort by term; tokens come field by field in position order, so each term's positions ascend.
            var positions = new int[_tokens];
            var cursor = starts.AsSpan(0, terms.Length).ToArray();
            for (var i = 0; i < _tokens; i++)
            {
                positions[cursor[_tokenTerms[i]]++] = _tokenPositions[i];
            }

            for (var t = 0; t < terms.Length; t++)
            {
                if (!IsSorted(positions.AsSpan(starts[t], starts[t + 1] - starts[t])))
                {
                    Array.Sort(positions, starts[t], starts[t + 1] - starts[t]);
                }
            }

            var words = new string[_wordList.Count];
            var wordTerms = new int[_wordList.Count];
            for (var w = 0; w < words.Length; w++)
            {
                (words[w], wordTerms[w]) = _wordList[w];
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

        private static bool IsSorted(ReadOnlySpan<int> values)
        {
            for (var i = 1; i < values.Length; i++)
            {
                if (values[i] < values[i - 1])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameLowerCase(ReadOnlySpan<char> surface, ReadOnlySpan<char> term)
        {
            if (surface.Length != term.Length)
            {
                return false;
            }

            for (var i = 0; i < surface.Length; i++)
            {
                if (char.ToLowerInvariant(surface[i]) != term[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    private readonly struct CollectingSink(State state) : ITokenSink
    {
        public void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position)
        {
            if (!term.IsEmpty)
            {
                state.Add(term, start, end, position);
            }
        }
    }
}
