using Inovasi.Search.Index.Storage;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Internal;

/// <summary>A write-up as the writer holds it: metadata, the compressed record, its term vector and its source.</summary>
internal sealed record DocEntry(DocumentMetadata Meta, byte[] InnovationBlob, byte[] TermBlob, string? SourcePath, byte[] ContentHash, long SourceBytes)
{
    public string Id => Meta.Id;
}

/// <summary>Scoring constants fixed for the lifetime of an index.</summary>
internal sealed class ScoringParameters
{
    public ScoringParameters(InnovationIndexOptions options)
    {
        K1 = options.K1;
        B = options.B;
        var w = options.FieldWeights;
        Weights = [w.Title, w.Summary, w.Body, w.Agency, w.Region, w.Tags, w.Affairs];
    }

    public double K1 { get; }

    public double B { get; }

    /// <summary>BM25F weight per <see cref="IndexField"/>.</summary>
    public double[] Weights { get; }

    /// <summary>Inverse document frequency (BM25, with the +1 that keeps it positive).</summary>
    public static double Idf(int documents, int df) => Math.Log(1.0 + ((documents - df + 0.5) / (df + 0.5)));

    /// <summary>The BM25 saturation of a (pseudo) term frequency: <c>tf (k1 + 1) / (tf + k1)</c>.</summary>
    public double Saturate(double tf) => tf <= 0 ? 0 : tf * (K1 + 1) / (tf + K1);

    /// <summary>Length-normalised, weighted frequency of one field (one summand of BM25F's pseudo frequency).</summary>
    public double FieldFrequency(int field, int tf, int length, double averageLength, double weight) =>
        averageLength <= 0 ? weight * tf : weight * tf / (1 - B + (B * length / averageLength));
}

/// <summary>
/// An immutable in-memory index over one state of the store: documents in id order (the ordinal is the
/// tie-break), a sorted term dictionary, flat postings with precomputed BM25F impacts and packed positions,
/// metadata codes for filters and facets, and the surface-word lexicon for typo correction.
/// </summary>
/// <remarks>Readers share it freely; writers never change it, they build the next one.</remarks>
internal sealed class Snapshot
{
    public required ScoringParameters Scoring { get; init; }

    /// <summary>The documents in ordinal (id) order.</summary>
    public required DocEntry[] Entries { get; init; }

    /// <summary>Write-ups decoded so far (on demand: hits, <see cref="InnovationIndex.Get"/>).</summary>
    public required Innovation?[] Decoded { get; init; }

    public required Dictionary<string, int> OrdinalById { get; init; }

    /// <summary>Token count per document and field: <c>[doc * FieldCount + field]</c>.</summary>
    public required int[] FieldLengths { get; init; }

    public required double[] AverageFieldLengths { get; init; }

    /// <summary>Distinct indexed terms, sorted ordinally (the term index is the position here).</summary>
    public required string[] Terms { get; init; }

    /// <summary>Start of each term's postings; one extra entry at the end.</summary>
    public required int[] TermStarts { get; init; }

    public required double[] Idf { get; init; }

    public required double[] MaxImpact { get; init; }

    public required int[] PostingDocs { get; init; }

    public required double[] PostingImpacts { get; init; }

    /// <summary>Start of each posting's packed positions; one extra entry at the end.</summary>
    public required int[] PositionStarts { get; init; }

    public required int[] Positions { get; init; }

    public required DocumentFacets Facets { get; init; }

    public required Lexicon Lexicon { get; init; }

    public int Count => Entries.Length;

    /// <summary>The write-up at an ordinal, decoded once and then cached for the life of the snapshot.</summary>
    public Innovation Document(int ordinal)
    {
        var cached = Volatile.Read(ref Decoded[ordinal]);
        if (cached is null)
        {
            cached = InnovationCodec.Decode(Entries[ordinal].InnovationBlob);
            Volatile.Write(ref Decoded[ordinal], cached);
        }

        return cached;
    }

    public long SourceBytes { get; init; }

    public int DocumentFrequency(int term) => TermStarts[term + 1] - TermStarts[term];

    /// <summary>Finds a term by binary search; -1 when absent.</summary>
    public int FindTerm(ReadOnlySpan<char> term)
    {
        var lo = 0;
        var hi = Terms.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = term.SequenceCompareTo(Terms[mid]);
            if (c == 0)
            {
                return mid;
            }

            if (c > 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The range of terms starting with <paramref name="prefix"/> (ordinal order makes it contiguous).</summary>
    public (int Start, int End) PrefixRange(ReadOnlySpan<char> prefix)
    {
        var lo = 0;
        var hi = Terms.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (Terms[mid].AsSpan().SequenceCompareTo(prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < Terms.Length && Terms[end].AsSpan().StartsWith(prefix, StringComparison.Ordinal))
        {
            end++;
        }

        return (lo, end);
    }
}
