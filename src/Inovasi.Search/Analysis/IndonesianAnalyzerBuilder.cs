namespace Inovasi.Search.Analysis;

/// <summary>Configures an <see cref="IndonesianAnalyzer"/>; <see cref="Build"/> freezes it.</summary>
/// <remarks><threadsafety>Not thread-safe; build once, share the analyzer.</threadsafety></remarks>
public sealed class IndonesianAnalyzerBuilder
{
    private StemmingMode _stemming = StemmingMode.Derivational;
    private StopwordSet _stopwords = StopwordSet.Default;
    private IndonesianStemmer? _stemmer;

    /// <summary>Sets the stemming mode (default <see cref="StemmingMode.Derivational"/>).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public IndonesianAnalyzerBuilder WithStemming(StemmingMode mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown stemming mode.");
        }

        _stemming = mode;
        return this;
    }

    /// <summary>Whether stopwords (the Tala/Lucene list shipped as data) are removed (default true).</summary>
    /// <param name="remove">True to remove the default stopwords, false to keep every word.</param>
    /// <returns>This builder.</returns>
    public IndonesianAnalyzerBuilder WithStopwords(bool remove = true)
    {
        _stopwords = remove ? StopwordSet.Default : StopwordSet.Empty;
        return this;
    }

    /// <summary>Removes the given stopwords instead of the default list.</summary>
    /// <param name="stopwords">The stopwords (folded, lower-case).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stopwords"/> is null.</exception>
    public IndonesianAnalyzerBuilder WithStopwords(StopwordSet stopwords)
    {
        ArgumentNullException.ThrowIfNull(stopwords);
        _stopwords = stopwords;
        return this;
    }

    /// <summary>Uses a specific stemmer (tests and tools: a stemmer over another lexicon).</summary>
    internal IndonesianAnalyzerBuilder WithStemmer(IndonesianStemmer stemmer)
    {
        _stemmer = stemmer;
        _stemming = stemmer.Mode;
        return this;
    }

    /// <summary>Creates the immutable, thread-safe analyzer.</summary>
    /// <returns>The analyzer.</returns>
    public IndonesianAnalyzer Build() => new(_stemming, _stopwords, _stemmer ?? IndonesianStemmer.For(_stemming));
}
