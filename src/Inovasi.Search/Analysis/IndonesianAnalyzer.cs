using Inovasi.Search.Analysis.Internal;

namespace Inovasi.Search.Analysis;

/// <summary>
/// Turns Indonesian text into tokens: Unicode-aware tokenization, folding, lower-casing, stopword removal and
/// stemming. Built once by <see cref="IndonesianAnalyzerBuilder"/> and reused.
/// </summary>
/// <remarks>
/// <para>Tokenization, in order:</para>
/// <list type="bullet">
/// <item>A word is a run of letters and digits of any script, with combining marks inside it; an apostrophe
/// between letters joins (<c>Jum'at</c> → <c>jumat</c>), and <c>.</c> or <c>,</c> between digits keeps a number
/// whole (<c>1.250,5</c>). Everything else separates words; lone surrogates are separators.</item>
/// <item>Letters are lower-cased and folded (<c>é</c> → <c>e</c>); terms longer than
/// <see cref="MaxTermLength"/> characters are cut to that length.</item>
/// <item>Words joined by hyphens form a compound. Reduplication becomes one token (<c>kupu-kupu</c> →
/// <c>kupu</c>; <c>berlari-lari</c> → <c>berlari</c>, <c>rumah-rumahnya</c> → <c>rumahnya</c>, then stemmed);
/// a compound with a part of one or two letters is joined into one token (<c>e-KTP</c> → <c>ektp</c>,
/// <c>KTP-el</c> → <c>ktpel</c>, <c>Si-Surat</c> → <c>sisurat</c>); any other compound gives one token per part
/// (<c>surat-menyurat</c> → <c>surat</c>, <c>surat</c>). Queries and documents go through the same rules.</item>
/// <item>Stopwords are dropped but keep their position, so phrase positions stay exact.</item>
/// <item>Terms made only of the letters a to z are stemmed (<see cref="IndonesianStemmer"/>); numbers,
/// mixed letters and digits, and other scripts are kept as folded.</item>
/// </list>
/// <para>Offsets are UTF-16 indexes into the original text; a token's <c>End</c> is exclusive, and analyzing
/// exactly the span <c>[Start, End)</c> again yields the same term.</para>
/// <threadsafety>Immutable and thread-safe: one instance serves every thread.</threadsafety>
/// </remarks>
public sealed class IndonesianAnalyzer
{
    /// <summary>
    /// Identifies the analysis rules. An index stores it and is rebuilt when it changes, so bump it whenever a
    /// change could produce different terms for the same text.
    /// </summary>
    public const string Version = "1.0";

    /// <summary>Terms are cut to this many UTF-16 characters.</summary>
    public const int MaxTermLength = 64;

    private const int MaxParts = 8;

    private readonly IndonesianStemmer _stemmer;

    internal IndonesianAnalyzer(StemmingMode stemming, StopwordSet stopwords, IndonesianStemmer stemmer)
    {
        Stemming = stemming;
        Stopwords = stopwords;
        _stemmer = stemmer;
    }

    /// <summary>The analyzer with the default options (derivational stemming, stopwords removed).</summary>
    public static IndonesianAnalyzer Default { get; } = new IndonesianAnalyzerBuilder().Build();

    /// <summary>The stemming mode.</summary>
    public StemmingMode Stemming { get; }

    /// <summary>Whether stopwords are removed.</summary>
    public bool RemoveStopwords => Stopwords.Count > 0;

    /// <summary>The stopwords removed (empty when none are).</summary>
    public StopwordSet Stopwords { get; }

    /// <summary>The stemmer applied to each term.</summary>
    public IndonesianStemmer Stemmer => _stemmer;

    /// <summary>Analyzes text into a list of tokens (convenience; allocates a string per token).</summary>
    /// <param name="text">The text; any string, however malformed.</param>
    /// <returns>The tokens in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Token> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new ListSink();
        Analyze(text.AsSpan(), ref sink);
        return sink.Tokens;
    }

    /// <summary>Analyzes text, handing each token to <paramref name="sink"/> without allocating per token.</summary>
    /// <typeparam name="TSink">The sink type; a struct sink is called without virtual dispatch.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="sink">Receives the tokens in order.</param>
    public void Analyze<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : ITokenSink, allows ref struct
    {
        Span<int> parts = stackalloc int[MaxParts * 2];
        Span<char> term = stackalloc char[MaxTermLength];
        Span<char> other = stackalloc char[MaxTermLength];
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!TextFolding.IsLetterOrDigitAt(text, i, out var width))
            {
                i += width;
                continue;
            }

            // A group: up to MaxParts word parts joined by single hyphens.
            var count = 0;
            var end = i;
            while (true)
            {
                var partEnd = ScanPart(text, end);
                parts[count * 2] = end;
                parts[(count * 2) + 1] = partEnd;
                count++;
                end = partEnd;
                if (count == MaxParts || end + 1 >= text.Length || !TextFolding.IsHyphen(text[end])
                    || !TextFolding.IsLetterOrDigitAt(text, end + 1, out _))
                {
                    break;
                }

                end++;
            }

            var groupStart = parts[0];
            if (count == 1)
            {
                var length = TextFolding.AppendFolded(text[groupStart..end], term, 0);
                Emit(term[..length], groupStart, end, ref position, ref sink);
            }
            else if (count == 2 && Reduplicated(text, parts, term, other, out var length))
            {
                Emit(term[..length], groupStart, end, ref position, ref sink);
            }
            else if (HasShortPart(text, parts[..(count * 2)]))
            {
                var written = 0;
                for (var p = 0; p < count; p++)
                {
                    written = TextFolding.AppendFolded(text[parts[p * 2]..parts[(p * 2) + 1]], term, written);
                }

                Emit(term[..written], groupStart, end, ref position, ref sink);
            }
            else
            {
                for (var p = 0; p < count; p++)
                {
                    var start = parts[p * 2];
                    var partEnd = parts[(p * 2) + 1];
                    var length2 = TextFolding.AppendFolded(text[start..partEnd], term, 0);
                    Emit(term[..length2], start, partEnd, ref position, ref sink);
                }
            }

            i = end;
        }
    }

    /// <summary>
    /// The end of the word part starting at <paramref name="start"/> (a letter or digit): letters, digits and
    /// combining marks, an apostrophe between letters, a <c>.</c> or <c>,</c> between digits.
    /// </summary>
    private static int ScanPart(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (TextFolding.IsWordPartAt(text, i, out var width))
            {
                i += width;
                continue;
            }

            var c = text[i];
            if (i + 1 < text.Length && i > start)
            {
                var before = text[i - 1];
                var after = text[i + 1];
                if ((c is '.' or ',') && TextFolding.IsDigit(before) && TextFolding.IsDigit(after))
                {
                    i++;
                    continue;
                }

                if (TextFolding.IsApostrophe(c) && char.IsLetter(before) && char.IsLetter(after))
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    /// <summary>
    /// Reduplication of two parts: identical (<c>kupu-kupu</c>), or one part containing the other at its edge
    /// (<c>berlari-lari</c>, <c>rumah-rumahnya</c>); <paramref name="term"/> receives the longer part.
    /// </summary>
    private static bool Reduplicated(ReadOnlySpan<char> text, ReadOnlySpan<int> parts, Span<char> term, Span<char> other, out int length)
    {
        var first = TextFolding.AppendFolded(text[parts[0]..parts[1]], term, 0);
        var second = TextFolding.AppendFolded(text[parts[2]..parts[3]], other, 0);
        ReadOnlySpan<char> a = term[..first];
        ReadOnlySpan<char> b = other[..second];
        length = first;
        if (a.SequenceEqual(b))
        {
            return true;
        }

        if (first >= second && second >= 3 && a.EndsWith(b))
        {
            return true;
        }

        if (second > first && first >= 3 && b.StartsWith(a))
        {
            b.CopyTo(term);
            length = second;
            return true;
        }

        return false;
    }

    /// <summary>Whether any part is one or two letters (the <c>e-</c> of <c>e-KTP</c>, the <c>-el</c> of <c>KTP-el</c>).</summary>
    private static bool HasShortPart(ReadOnlySpan<char> text, ReadOnlySpan<int> parts)
    {
        for (var p = 0; p < parts.Length; p += 2)
        {
            var part = text[parts[p]..parts[p + 1]];
            if (part.Length <= 2 && char.IsLetter(part[0]) && char.IsLetter(part[^1]))
            {
                return true;
            }
        }

        return false;
    }

    private void Emit<TSink>(scoped ReadOnlySpan<char> folded, int start, int end, ref int position, ref TSink sink)
        where TSink : ITokenSink, allows ref struct
    {
        if (folded.IsEmpty)
        {
            return;
        }

        if (Stopwords.Contains(folded))
        {
            position++;
            return;
        }

        if (Stemming == StemmingMode.None || !StemmerEngine.IsLowerAscii(folded))
        {
            sink.OnToken(folded, start, end, position++);
            return;
        }

        Span<char> stem = stackalloc char[MaxTermLength];
        var length = _stemmer.StemCore(folded, stem);
        sink.OnToken(stem[..length], start, end, position++);
    }

    private struct ListSink : ITokenSink
    {
        public ListSink() => Tokens = [];

        public List<Token> Tokens { get; }

        public readonly void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position) =>
            Tokens.Add(new Token(term.ToString(), start, end, position));
    }
}
