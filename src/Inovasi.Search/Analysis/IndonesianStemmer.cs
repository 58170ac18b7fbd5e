using System.Collections.Concurrent;
using Inovasi.Search.Analysis.Internal;

namespace Inovasi.Search.Analysis;

/// <summary>
/// The Indonesian stemmer: the affix rules of Tala (2003) with the alternatives left open by sound changes
/// resolved against a lexicon of roots attested in real text (<c>pelayanan</c> → <c>layan</c>,
/// <c>menulis</c> → <c>tulis</c>, <c>kependudukan</c> → <c>duduk</c>, while <c>kepala</c>, <c>berita</c> stay whole).
/// </summary>
/// <remarks>
/// <para>Input is one word, lower-case. Words holding anything other than the letters a to z (digits, other
/// scripts, upper case) are returned unchanged, as are words of three letters or fewer and words longer than
/// 40 letters. A stem is never longer than its word, and never shorter than three letters.</para>
/// <para>Results are memoised (up to 200,000 distinct words per instance), so stemming real text costs a
/// dictionary lookup per word once the vocabulary is warm.</para>
/// <threadsafety>Immutable apart from its memo, which is concurrent; one instance serves every thread.</threadsafety>
/// </remarks>
public sealed class IndonesianStemmer
{
    private const int MaxCachedWords = 200_000;

    private readonly StemmerEngine _engine;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _cacheLookup;

    private IndonesianStemmer(StemmingMode mode, StemmerEngine engine)
    {
        Mode = mode;
        _engine = engine;
        _cacheLookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Full (derivational) stemming with the shipped root lexicon.</summary>
    public static IndonesianStemmer Default { get; } = new(StemmingMode.Derivational, new StemmerEngine(RootLexicon.Default));

    /// <summary>Inflectional stemming only: particles (-kah, -lah, -pun) and possessive pronouns (-ku, -mu, -nya).</summary>
    public static IndonesianStemmer Inflectional { get; } = new(StemmingMode.Inflectional, new StemmerEngine(RootLexicon.Default));

    /// <summary>Tala's rules alone, without the root lexicon (a baseline for comparison, e.g. with Snowball).</summary>
    public static IndonesianStemmer TalaOnly { get; } = new(StemmingMode.Derivational, new StemmerEngine(RootLexicon.Empty));

    private static IndonesianStemmer NoStemming { get; } = new(StemmingMode.None, new StemmerEngine(RootLexicon.Empty));

    /// <summary>A stemmer over another lexicon (tests: Sastrawi's functional test dictionary).</summary>
    internal static IndonesianStemmer Create(StemmingMode mode, RootLexicon lexicon) => new(mode, new StemmerEngine(lexicon));

    /// <summary>How far this stemmer strips affixes.</summary>
    public StemmingMode Mode { get; }

    /// <summary>Number of roots in the lexicon this stemmer consults.</summary>
    public int LexiconSize => _engine.Lexicon.Count;

    /// <summary>The shared stemmer for a mode (<see cref="StemmingMode.None"/> returns words unchanged).</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The stemmer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public static IndonesianStemmer For(StemmingMode mode) => mode switch
    {
        StemmingMode.None => NoStemming,
        StemmingMode.Inflectional => Inflectional,
        StemmingMode.Derivational => Default,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown stemming mode."),
    };

    /// <summary>Stems one word.</summary>
    /// <param name="word">The word; lower-cased (invariant) before stemming.</param>
    /// <returns>The stem (the word itself when nothing applies).</returns>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        if (lower.Length > StemmerEngine.MaxWordLength)
        {
            return lower;
        }

        Span<char> buffer = stackalloc char[StemmerEngine.MaxWordLength];
        var length = StemCore(lower, buffer);
        return length == lower.Length ? lower : new string(buffer[..length]);
    }

    /// <summary>Stems one lower-case word into <paramref name="destination"/> without allocating (once warm).</summary>
    /// <param name="word">The word, lower-case.</param>
    /// <param name="destination">Receives the stem; must be at least as long as <paramref name="word"/>.</param>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="word"/>.</exception>
    public int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the word.", nameof(destination));
        }

        return StemCore(word, destination);
    }

    /// <summary>The hot path: the caller guarantees the destination is long enough.</summary>
    internal int StemCore(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (Mode == StemmingMode.None || word.Length <= StemmerEngine.MinStemLength || word.Length > StemmerEngine.MaxWordLength)
        {
            word.CopyTo(destination);
            return word.Length;
        }

        if (_cacheLookup.TryGetValue(word, out var cached))
        {
            cached.CopyTo(destination);
            return cached.Length;
        }

        var length = _engine.Stem(word, destination, Mode);
        if (_cache.Count < MaxCachedWords)
        {
            var key = word.ToString();
            _cache.TryAdd(key, length == word.Length && destination[..length].SequenceEqual(word) ? key : new string(destination[..length]));
        }

        return length;
    }
}
