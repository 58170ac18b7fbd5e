namespace Inovasi.Cli.Import;

/// <summary>
/// A label and the keywords that assign it. A keyword is one or more words that must occur consecutively in the
/// text (case-insensitive, punctuation ignored: <c>e-surat</c> is the words <c>e surat</c>); a word ending in
/// <c>*</c> matches any word starting with it (<c>arsip*</c> matches <c>arsip</c>, <c>arsiparis</c>).
/// </summary>
/// <param name="Label">The value assigned (a klaster, an urusan, an unsur_skm code).</param>
/// <param name="Keywords">The keywords, in the form written above.</param>
internal sealed record KeywordRule(string Label, IReadOnlyList<string> Keywords)
{
    /// <summary>The first keyword found in <paramref name="words"/>, or <see langword="null"/>.</summary>
    public string? FirstMatch(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var keyword in Keywords)
        {
            if (Contains(words, keyword))
            {
                return keyword;
            }
        }

        return null;
    }

    /// <summary>Whether the word sequence <paramref name="keyword"/> occurs in <paramref name="words"/>.</summary>
    public static bool Contains(IReadOnlyList<string> words, string keyword)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentException.ThrowIfNullOrEmpty(keyword);
        var parts = keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start + parts.Length <= words.Count; start++)
        {
            var all = true;
            for (var k = 0; k < parts.Length && all; k++)
            {
                all = WordMatches(words[start + k], parts[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordMatches(string word, string pattern) =>
        pattern.EndsWith('*')
            ? word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal)
            : string.Equals(word, pattern, StringComparison.Ordinal);
}
