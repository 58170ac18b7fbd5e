using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using Inovasi.Search.Analysis.Internal;

namespace Inovasi.Search.Analysis;

/// <summary>A set of stopwords: words too common to index (<c>yang</c>, <c>dan</c>, <c>di</c>).</summary>
/// <remarks>
/// <para><see cref="Default"/> is the conservative Lucene list from appendix D of Tala (2003), shipped as
/// <c>Resources/stopwords.txt</c>: unlike broader lists it keeps content words such as <c>tahun</c>,
/// <c>masalah</c> and <c>baru</c>.</para>
/// <para>Words are compared ordinally and lower-cased as given: pass folded, lower-case terms.</para>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
/// </remarks>
public sealed class StopwordSet : IReadOnlyCollection<string>
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private StopwordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped list (<c>Resources/stopwords.txt</c>).</summary>
    public static StopwordSet Default { get; } = LoadDefault();

    /// <summary>The empty set.</summary>
    public static StopwordSet Empty { get; } = new([]);

    /// <summary>Number of stopwords.</summary>
    public int Count => _words.Count;

    /// <summary>Creates a set from words (lower-cased invariant; blanks ignored).</summary>
    /// <param name="words">The words.</param>
    /// <returns>The set.</returns>
    public static StopwordSet Create(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return new StopwordSet(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0));
    }

    /// <summary>Parses one word a line; <c>#</c> starts a comment line.</summary>
    /// <param name="reader">The data.</param>
    /// <param name="source">Name of the source, for error messages.</param>
    /// <returns>The set.</returns>
    /// <exception cref="FormatException">A line holds more than one word; the message names the line.</exception>
    public static StopwordSet Parse(TextReader reader, string source = "stopwords")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var word = line.Trim();
            if (word.Length == 0 || word[0] == '#')
            {
                continue;
            }

            if (word.AsSpan().IndexOfAny(' ', '\t') >= 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{lineNumber}: stopword: '{word}' holds more than one word"));
            }

            words.Add(word.ToLowerInvariant());
        }

        return new StopwordSet(words);
    }

    /// <summary>Whether <paramref name="word"/> is a stopword.</summary>
    /// <param name="word">A lower-case word.</param>
    /// <returns>True for a stopword.</returns>
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _words.Contains(word);
    }

    /// <summary>Whether <paramref name="word"/> is a stopword, without allocating.</summary>
    /// <param name="word">A lower-case word.</param>
    /// <returns>True for a stopword.</returns>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static StopwordSet LoadDefault()
    {
        using var reader = EmbeddedData.Open("stopwords.txt");
        return Parse(reader, "stopwords.txt");
    }
}
