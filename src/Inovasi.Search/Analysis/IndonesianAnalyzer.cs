namespace Inovasi.Search.Analysis;

/// <summary>
/// Turns Indonesian text into tokens: Unicode-aware tokenization, folding, lower-casing, stopword removal and
/// stemming. Built once by <see cref="IndonesianAnalyzerBuilder"/> and reused.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe: one instance serves every thread.</threadsafety></remarks>
public sealed class IndonesianAnalyzer
{
    /// <summary>
    /// Identifies the analysis rules. An index stores it and is rebuilt when it changes, so bump it whenever a
    /// change could produce different terms for the same text.
    /// </summary>
    public const string Version = "0.1";

    internal IndonesianAnalyzer(StemmingMode stemming, bool removeStopwords)
    {
        Stemming = stemming;
        RemoveStopwords = removeStopwords;
    }

    /// <summary>The analyzer with the default options (derivational stemming, stopwords removed).</summary>
    public static IndonesianAnalyzer Default { get; } = new IndonesianAnalyzerBuilder().Build();

    /// <summary>The stemming mode.</summary>
    public StemmingMode Stemming { get; }

    /// <summary>Whether stopwords are removed.</summary>
    public bool RemoveStopwords { get; }

    /// <summary>Analyzes text into a list of tokens (convenience; allocates a string per token).</summary>
    /// <param name="text">The text; any string, however malformed.</param>
    /// <returns>The tokens in text order.</returns>
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
        Span<char> buffer = stackalloc char[64];
        var position = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            var length = Math.Min(word.Length, buffer.Length);
            word[..length].ToLowerInvariant(buffer);
            sink.OnToken(buffer[..length], start, i, position++);
        }
    }

    private struct ListSink : ITokenSink
    {
        public ListSink() => Tokens = [];

        public List<Token> Tokens { get; }

        public readonly void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position) =>
            Tokens.Add(new Token(term.ToString(), start, end, position));
    }
}
