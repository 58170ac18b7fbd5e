namespace Inovasi.Search.Analysis;

/// <summary>One token of analysed text: the indexed term and where it came from.</summary>
/// <param name="Term">The normalised term (lower-cased, folded, stemmed as the analyzer is configured).</param>
/// <param name="Start">Offset of the first character of the source span in the original text.</param>
/// <param name="End">Offset just past the last character of the source span (exclusive).</param>
/// <param name="Position">Ordinal position of the token in the stream; stopwords leave gaps, so phrases stay exact.</param>
/// <remarks><threadsafety>Immutable value.</threadsafety></remarks>
public readonly record struct Token(string Term, int Start, int End, int Position);

/// <summary>Receives tokens from <see cref="IndonesianAnalyzer.Analyze{TSink}(ReadOnlySpan{char}, ref TSink)"/> without allocation.</summary>
/// <remarks>
/// The <c>term</c> span is only valid during the call: copy it (or look it up in a dictionary with an
/// alternate span lookup) before returning.
/// </remarks>
public interface ITokenSink
{
    /// <summary>Called once per token, in text order.</summary>
    /// <param name="term">The normalised term; valid only during the call.</param>
    /// <param name="start">Start offset of the source span in the original text.</param>
    /// <param name="end">End offset (exclusive) of the source span.</param>
    /// <param name="position">Token position.</param>
    void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position);
}
