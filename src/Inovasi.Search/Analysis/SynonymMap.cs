using System.Collections.Frozen;
using System.Globalization;
using Inovasi.Search.Analysis.Internal;

namespace Inovasi.Search.Analysis;

/// <summary>
/// Groups of equivalent surface phrases (acronyms and their expansions, spelling variants, loan words), used to
/// expand queries: <c>disdukcapil</c> ~ <c>dinas kependudukan dan catatan sipil</c>, <c>daring</c> ~ <c>online</c>.
/// </summary>
/// <remarks>
/// <para>Data format (one group a line): phrases separated by <c>|</c>; <c>#</c> starts a comment. Phrases are
/// compared lower-cased with single spaces. A phrase may sit in several groups; its alternatives are the union.</para>
/// <para>Phrases are surface text, not terms: callers analyze each alternative with the same analyzer as the
/// documents.</para>
/// <threadsafety>Immutable after construction; thread-safe.</threadsafety>
/// </remarks>
public sealed class SynonymMap
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    private SynonymMap(FrozenDictionary<string, string[]> alternatives, int maxPhraseWords)
    {
        _alternatives = alternatives;
        MaxPhraseWords = maxPhraseWords;
    }

    /// <summary>
    /// The synonym data shipped with the library: the hand-made OPD list (<c>Resources/synonyms.txt</c>) and the
    /// acronyms mined from national regulations (<c>Resources/synonyms-singkatan.txt</c>).
    /// </summary>
    public static SynonymMap Default { get; } = LoadDefault();

    /// <summary>The largest number of words in any phrase, so a caller knows how far to look ahead.</summary>
    public int MaxPhraseWords { get; }

    /// <summary>Number of distinct phrases known.</summary>
    public int Count => _alternatives.Count;

    /// <summary>Parses synonym data.</summary>
    /// <param name="reader">The data.</param>
    /// <param name="source">Name of the source, for error messages.</param>
    /// <returns>The map.</returns>
    /// <exception cref="FormatException">A line has fewer than two phrases; the message names the line.</exception>
    public static SynonymMap Parse(TextReader reader, string source = "synonyms")
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse([(reader, source)]);
    }

    private static SynonymMap Parse(IEnumerable<(TextReader Reader, string Source)> inputs)
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var maxWords = 1;
        foreach (var (reader, source) in inputs)
        {
            maxWords = Math.Max(maxWords, ParseInto(reader, source, groups));
        }

        return new SynonymMap(
            groups.ToFrozenDictionary(g => g.Key, g => g.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            maxWords);
    }

    private static int ParseInto(TextReader reader, string source, Dictionary<string, HashSet<string>> groups)
    {
        var maxWords = 1;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var phrases = content.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(Normalize).Distinct(StringComparer.Ordinal).ToArray();
            if (phrases.Length < 2)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{lineNumber}: a synonym group needs at least two phrases separated by '|'"));
            }

            foreach (var phrase in phrases)
            {
                maxWords = Math.Max(maxWords, phrase.Count(c => c == ' ') + 1);
                if (!groups.TryGetValue(phrase, out var set))
                {
                    groups[phrase] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                foreach (var other in phrases)
                {
                    if (!string.Equals(other, phrase, StringComparison.Ordinal))
                    {
                        set.Add(other);
                    }
                }
            }
        }

        return maxWords;
    }

    /// <summary>The phrases equivalent to <paramref name="phrase"/> (not including itself).</summary>
    /// <param name="phrase">Surface text; compared lower-cased, with runs of white space as one space.</param>
    /// <returns>The alternatives, or an empty list.</returns>
    public IReadOnlyList<string> Alternatives(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return _alternatives.TryGetValue(Normalize(phrase), out var alternatives) ? alternatives : [];
    }

    private static string Normalize(string phrase) =>
        string.Join(' ', phrase.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static SynonymMap LoadDefault()
    {
        using var hand = EmbeddedData.Open("synonyms.txt");
        using var mined = EmbeddedData.Open("synonyms-singkatan.txt");
        return Parse([(hand, "synonyms.txt"), (mined, "synonyms-singkatan.txt")]);
    }
}
