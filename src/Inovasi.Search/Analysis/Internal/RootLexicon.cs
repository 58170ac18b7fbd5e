using System.Collections.Frozen;
using System.Globalization;

namespace Inovasi.Search.Analysis.Internal;

/// <summary>
/// Attested Indonesian roots with a weight (how often the corpus shows them), derived from real text by
/// <c>tools/lexicon/build_roots.py</c> and shipped as <c>Resources/roots.txt</c>.
/// </summary>
/// <remarks><threadsafety>Immutable; thread-safe.</threadsafety></remarks>
internal sealed class RootLexicon
{
    private readonly FrozenDictionary<string, int> _weights;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal RootLexicon(IEnumerable<KeyValuePair<string, int>> weights)
    {
        _weights = weights.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with the library.</summary>
    public static RootLexicon Default { get; } = Load();

    /// <summary>An empty lexicon: the stemmer then follows Tala's rules alone.</summary>
    public static RootLexicon Empty { get; } = new([]);

    public int Count => _weights.Count;

    /// <summary>The weight of an attested root, or 0 when the root is not attested.</summary>
    public int Weight(ReadOnlySpan<char> root) => _lookup.TryGetValue(root, out var weight) ? weight : 0;

    /// <summary>Parses <c>root[TAB weight]</c> lines; <c>#</c> starts a comment line.</summary>
    public static RootLexicon Parse(TextReader reader, string source)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var root = (tab < 0 ? line : line[..tab]).Trim();
            var weight = 1;
            if (tab >= 0 && !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out weight))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{lineNumber}: weight: '{line[(tab + 1)..]}' is not a non-negative integer"));
            }

            if (root.Length > 0)
            {
                weights[root] = Math.Max(1, weight);
            }
        }

        return new RootLexicon(weights);
    }

    private static RootLexicon Load()
    {
        using var reader = EmbeddedData.Open("roots.txt");
        return Parse(reader, "roots.txt");
    }
}
