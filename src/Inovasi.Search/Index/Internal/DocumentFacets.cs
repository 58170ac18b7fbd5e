using Inovasi.Search.Index.Storage;

namespace Inovasi.Search.Index.Internal;

/// <summary>A string facet: distinct values (first spelling seen) and a case-insensitive code lookup.</summary>
internal sealed class FacetDictionary
{
    private readonly Dictionary<string, int> _codes;
    private readonly List<string> _values = [];

    public FacetDictionary(bool lowerCase)
    {
        LowerCase = lowerCase;
        _codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    }

    public bool LowerCase { get; }

    public IReadOnlyList<string> Values => _values;

    public int Count => _values.Count;

    public int Add(string value)
    {
        var key = value.Trim();
        if (!_codes.TryGetValue(key, out var code))
        {
            code = _values.Count;
            _codes[key] = code;
            _values.Add(LowerCase ? key.ToLowerInvariant() : key);
        }

        return code;
    }

    /// <summary>The code of a value, or -1 when no document has it.</summary>
    public int Find(string value) => _codes.TryGetValue(value.Trim(), out var code) ? code : -1;
}

/// <summary>Per-document metadata codes used by filters and facet counts.</summary>
internal sealed class DocumentFacets
{
    public const string Klaster = "klaster";
    public const string Urusan = "urusan";
    public const string Pemda = "pemda";
    public const string Opd = "opd";
    public const string Tahun = "tahun";
    public const string Unsur = "unsur";
    public const string Digital = "digital";
    public const string Tahap = "tahap";

    public required FacetDictionary Clusters { get; init; }

    public required FacetDictionary Regions { get; init; }

    public required FacetDictionary Agencies { get; init; }

    public required FacetDictionary Affairs { get; init; }

    /// <summary>Cluster code per document, -1 when none.</summary>
    public required int[] Cluster { get; init; }

    public required int[] Region { get; init; }

    public required int[] Agency { get; init; }

    /// <summary>Start of each document's affair codes in <see cref="AffairCodes"/>; one extra entry.</summary>
    public required int[] AffairStarts { get; init; }

    public required int[] AffairCodes { get; init; }

    public required int[] Year { get; init; }

    /// <summary>Bit <c>1 &lt;&lt; element</c> per survey element.</summary>
    public required int[] ElementMask { get; init; }

    /// <summary>1 when the write-up says <c>digital: true</c>.</summary>
    public required bool[] IsDigital { get; init; }

    /// <summary>Stage + 1, or 0 when not stated.</summary>
    public required byte[] Stage { get; init; }

    public static DocumentFacets Build(DocumentMetadata[] documents)
    {
        var n = documents.Length;
        var clusters = new FacetDictionary(lowerCase: true);
        var regions = new FacetDictionary(lowerCase: false);
        var agencies = new FacetDictionary(lowerCase: false);
        var affairs = new FacetDictionary(lowerCase: true);
        var cluster = new int[n];
        var region = new int[n];
        var agency = new int[n];
        var affairStarts = new int[n + 1];
        var affairCodes = new List<int>(n);
        var year = new int[n];
        var elements = new int[n];
        var digital = new bool[n];
        var stage = new byte[n];
        for (var d = 0; d < n; d++)
        {
            var doc = documents[d];
            cluster[d] = string.IsNullOrWhiteSpace(doc.Cluster) ? -1 : clusters.Add(doc.Cluster);
            region[d] = regions.Add(doc.Region);
            agency[d] = agencies.Add(doc.Agency);
            affairStarts[d] = affairCodes.Count;
            foreach (var affair in doc.Affairs)
            {
                if (!string.IsNullOrWhiteSpace(affair))
                {
                    var code = affairs.Add(affair);
                    var seen = false;
                    for (var k = affairStarts[d]; k < affairCodes.Count; k++)
                    {
                        seen |= affairCodes[k] == code;
                    }

                    if (!seen)
                    {
                        affairCodes.Add(code);
                    }
                }
            }

            year[d] = doc.Year;
            elements[d] = doc.ElementMask;
            digital[d] = doc.IsDigital;
            stage[d] = doc.Stage;
        }

        affairStarts[n] = affairCodes.Count;
        return new DocumentFacets
        {
            Clusters = clusters,
            Regions = regions,
            Agencies = agencies,
            Affairs = affairs,
            Cluster = cluster,
            Region = region,
            Agency = agency,
            AffairStarts = affairStarts,
            AffairCodes = affairCodes.ToArray(),
            Year = year,
            ElementMask = elements,
            IsDigital = digital,
            Stage = stage,
        };
    }
}

/// <summary>Surface words of the corpus with their terms, grouped by length for typo correction.</summary>
internal sealed class Lexicon
{
    public const int MaxWordLength = 40;

    public required string[] Words { get; init; }

    /// <summary>Snapshot term index of each word.</summary>
    public required int[] WordTerms { get; init; }

    /// <summary>Start of the words of each length; index by length, one extra entry.</summary>
    public required int[] LengthStarts { get; init; }

    /// <summary>The same words in ordinal order, for prefixes.</summary>
    public required string[] AlphaWords { get; init; }

    /// <summary>Snapshot term index of each of <see cref="AlphaWords"/>.</summary>
    public required int[] AlphaTerms { get; init; }

    /// <summary>The range of <see cref="AlphaWords"/> starting with <paramref name="prefix"/>.</summary>
    public (int Start, int End) PrefixRange(string prefix)
    {
        var lo = 0;
        var hi = AlphaWords.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (string.CompareOrdinal(AlphaWords[mid], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < AlphaWords.Length && AlphaWords[end].StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (lo, end);
    }

    public static Lexicon Build(IEnumerable<(string Word, int Term)> words)
    {
        var alpha = words.Where(w => w.Word.Length is > 0 and <= MaxWordLength)
            .OrderBy(w => w.Word, StringComparer.Ordinal).ToArray();
        var list = alpha.OrderBy(w => w.Word.Length).ThenBy(w => w.Word, StringComparer.Ordinal).ToArray();
        var starts = new int[MaxWordLength + 2];
        var i = 0;
        for (var length = 0; length <= MaxWordLength + 1; length++)
        {
            while (i < list.Length && list[i].Word.Length < length)
            {
                i++;
            }

            starts[length] = i;
        }

        return new Lexicon
        {
            Words = list.Select(w => w.Word).ToArray(),
            WordTerms = list.Select(w => w.Term).ToArray(),
            LengthStarts = starts,
            AlphaWords = alpha.Select(w => w.Word).ToArray(),
            AlphaTerms = alpha.Select(w => w.Term).ToArray(),
        };
    }
}
