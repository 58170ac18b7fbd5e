namespace Inovasi.Search.Analysis;

/// <summary>Configures an <see cref="IndonesianAnalyzer"/>; <see cref="Build"/> freezes it.</summary>
/// <remarks><threadsafety>Not thread-safe; build once, share the analyzer.</threadsafety></remarks>
public sealed class IndonesianAnalyzerBuilder
{
    private StemmingMode _stemming = StemmingMode.Derivational;
    private bool _removeStopwords = true;

    /// <summary>Sets the stemming mode (default <see cref="StemmingMode.Derivational"/>).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>This builder.</returns>
    public IndonesianAnalyzerBuilder WithStemming(StemmingMode mode)
    {
        _stemming = mode;
        return this;
    }

    /// <summary>Whether stopwords (the Tala/Lucene list shipped as data) are removed (default true).</summary>
    /// <param name="remove">True to remove stopwords.</param>
    /// <returns>This builder.</returns>
    public IndonesianAnalyzerBuilder WithStopwords(bool remove = true)
    {
        _removeStopwords = remove;
        return this;
    }

    /// <summary>Creates the immutable, thread-safe analyzer.</summary>
    /// <returns>The analyzer.</returns>
    public IndonesianAnalyzer Build() => new(_stemming, _removeStopwords);
}
