using Inovasi.Search.Analysis;

namespace Inovasi.Search;

/// <summary>How <see cref="InnovationIndex.Open"/> treats a file written with another schema or analyzer version.</summary>
public enum IndexVersionPolicy
{
    /// <summary>
    /// Rebuild: on another analyzer version, re-analyze the stored write-ups (nothing is lost); on another schema
    /// version, start an empty index (index the folder again). <see cref="InnovationIndex.OpenNotice"/> says which.
    /// </summary>
    Rebuild,

    /// <summary>Refuse with an <see cref="IndexVersionException"/> that names both versions.</summary>
    Refuse,
}

/// <summary>Weights of the indexed fields in BM25F scoring (a term in the title counts as several in the body).</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record FieldWeights
{
    /// <summary>Title (<c>judul</c>); default 4.</summary>
    public double Title { get; init; } = 4.0;

    /// <summary>Summary (<c>ringkasan</c>); default 2.</summary>
    public double Summary { get; init; } = 2.0;

    /// <summary>Body text; default 1.</summary>
    public double Body { get; init; } = 1.0;

    /// <summary>Agency (<c>opd</c>); default 1.5.</summary>
    public double Agency { get; init; } = 1.5;

    /// <summary>Region (<c>pemda</c> and <c>provinsi</c>); default 1.</summary>
    public double Region { get; init; } = 1.0;

    /// <summary>Tags and awards (<c>tag</c>, <c>penghargaan</c>); default 2.</summary>
    public double Tags { get; init; } = 2.0;

    /// <summary>Government affairs (<c>urusan</c>); default 1.</summary>
    public double Affairs { get; init; } = 1.0;
}

/// <summary>Options of an <see cref="InnovationIndex"/>, fixed when it is opened.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record InnovationIndexOptions
{
    /// <summary>The analyzer for documents and queries (default <see cref="IndonesianAnalyzer.Default"/>).</summary>
    public IndonesianAnalyzer Analyzer { get; init; } = IndonesianAnalyzer.Default;

    /// <summary>Synonyms and acronyms expanded at query time (default <see cref="SynonymMap.Default"/>).</summary>
    public SynonymMap Synonyms { get; init; } = SynonymMap.Default;

    /// <summary>BM25F field weights.</summary>
    public FieldWeights FieldWeights { get; init; } = new();

    /// <summary>BM25 term-frequency saturation k1 (default 1.2); must be positive.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation b, 0..1 (default 0.75).</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Weight of a synonym or acronym expansion relative to the word typed (default 0.9).</summary>
    public double SynonymWeight { get; init; } = 0.9;

    /// <summary>Weight of a typo correction relative to a word found as typed (default 0.7).</summary>
    public double CorrectionWeight { get; init; } = 0.7;

    /// <summary>Whether unknown words are corrected to close indexed words (default <see langword="true"/>).</summary>
    public bool TypoTolerance { get; init; } = true;

    /// <summary>Longest query accepted, in characters (default 1000); longer input is cut with a message.</summary>
    public int MaxQueryLength { get; init; } = 1000;

    /// <summary>Most words, phrases and filters a query may hold (default 64); the rest is ignored with a message.</summary>
    public int MaxClauses { get; init; } = 64;

    /// <summary>Most indexed terms a <c>word*</c> prefix expands to, most frequent first (default 64).</summary>
    public int MaxPrefixExpansions { get; init; } = 64;

    /// <summary>Most values reported per facet, most frequent first (default 50).</summary>
    public int MaxFacetValues { get; init; } = 50;

    /// <summary>Approximate length of a snippet in characters (default 200).</summary>
    public int SnippetLength { get; init; } = 200;

    /// <summary>What to do with a file of another schema or analyzer version (default <see cref="IndexVersionPolicy.Rebuild"/>).</summary>
    public IndexVersionPolicy VersionPolicy { get; init; } = IndexVersionPolicy.Rebuild;

    /// <summary>Time source for <see cref="SearchResult.Elapsed"/> (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Analyzer);
        ArgumentNullException.ThrowIfNull(Synonyms);
        ArgumentNullException.ThrowIfNull(FieldWeights);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(K1);
        ArgumentOutOfRangeException.ThrowIfNegative(B);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(B, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(SynonymWeight);
        ArgumentOutOfRangeException.ThrowIfNegative(CorrectionWeight);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxQueryLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxClauses);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPrefixExpansions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFacetValues);
        ArgumentOutOfRangeException.ThrowIfLessThan(SnippetLength, 20);
        foreach (var w in new[] { FieldWeights.Title, FieldWeights.Summary, FieldWeights.Body, FieldWeights.Agency, FieldWeights.Region, FieldWeights.Tags, FieldWeights.Affairs })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(w, nameof(FieldWeights));
        }
    }
}
