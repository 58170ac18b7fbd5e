using Inovasi.Search.Index.Internal;

namespace Inovasi.Search.Index.Scoring;

/// <summary>One scored clause of a plan: a single term (read straight from the postings) or a materialised set.</summary>
internal sealed class Clause
{
    private readonly Snapshot _snapshot;

    private readonly List<(int Term, double Weight)>? _termAlternatives;
    private readonly List<(DocSet Set, double Weight)>? _setAlternatives;

    private Clause(Snapshot snapshot, int term, double weight, DocSet? set)
    {
        _snapshot = snapshot;
        Term = term;
        Weight = weight;
        Set = set;
    }

    private Clause(Snapshot snapshot, List<(int Term, double Weight)> terms, List<(DocSet Set, double Weight)> sets)
        : this(snapshot, -1, 1.0, null)
    {
        _termAlternatives = terms;
        _setAlternatives = sets;
    }

    /// <summary>Whether this clause is the best of several alternatives, read lazily (no materialised union).</summary>
    public bool IsAlternatives => _termAlternatives is not null;

    public int Term { get; }

    public double Weight { get; }

    public DocSet? Set { get; }

    public int Cost => IsAlternatives ? CreateCursor().Cost : Set?.Count ?? (_snapshot.TermStarts[Term + 1] - _snapshot.TermStarts[Term]);

    public static Clause ForTerm(Snapshot snapshot, int term, double weight) => new(snapshot, term, weight, null);

    public static Clause ForSet(Snapshot snapshot, DocSet set) => new(snapshot, -1, 1.0, set);

    public static Clause ForAlternatives(Snapshot snapshot, List<(int Term, double Weight)> terms, List<(DocSet Set, double Weight)> sets) =>
        new(snapshot, terms, sets);

    public Cursor CreateCursor()
    {
        if (_termAlternatives is not null)
        {
            var children = new List<Cursor>();
            foreach (var (term, weight) in _termAlternatives)
            {
                children.Add(new TermCursor(_snapshot, term, weight));
            }

            foreach (var (set, weight) in _setAlternatives!)
            {
                if (set.Count > 0)
                {
                    children.Add(new DocSetCursor(set, weight));
                }
            }

            return new MaxCursor([.. children]);
        }

        return Set is null ? new TermCursor(_snapshot, Term, Weight) : new DocSetCursor(Set);
    }

    public DocSet Materialize()
    {
        if (_termAlternatives is not null)
        {
            var cursor = CreateCursor();
            var found = new List<int>();
            var foundScores = new List<double>();
            for (cursor.Next(); cursor.Doc != Cursor.Exhausted; cursor.Next())
            {
                found.Add(cursor.Doc);
                foundScores.Add(cursor.Score());
            }

            return new DocSet([.. found], [.. foundScores], found.Count);
        }

        if (Set is not null)
        {
            return Set;
        }

        var start = _snapshot.TermStarts[Term];
        var count = _snapshot.TermStarts[Term + 1] - start;
        var docs = new int[count];
        var scores = new double[count];
        Array.Copy(_snapshot.PostingDocs, start, docs, 0, count);
        for (var i = 0; i < count; i++)
        {
            scores[i] = _snapshot.PostingImpacts[start + i] * Weight;
        }

        return new DocSet(docs, scores, count);
    }
}

/// <summary>Metadata conditions, all required (from the request and from <c>klaster:</c>-style filters).</summary>
internal sealed class MetadataFilter
{
    public List<int> Clusters { get; } = [];

    public List<int> Regions { get; } = [];

    public List<int> Agencies { get; } = [];

    public List<int> Affairs { get; } = [];

    public int ElementMask { get; set; }

    public bool? Digital { get; set; }

    public List<byte> Stages { get; } = [];

    public int YearFrom { get; set; } = int.MinValue;

    public int YearTo { get; set; } = int.MaxValue;

    /// <summary>A filter that no document can pass (an unknown value, contradicting filters).</summary>
    public bool Impossible { get; set; }

    public bool IsEmpty =>
        !Impossible && Clusters.Count == 0 && Regions.Count == 0 && Agencies.Count == 0 && Affairs.Count == 0
        && ElementMask == 0 && Digital is null && Stages.Count == 0 && YearFrom == int.MinValue && YearTo == int.MaxValue;

    public bool Accepts(DocumentFacets f, int d)
    {
        if (Impossible)
        {
            return false;
        }

        foreach (var c in Clusters)
        {
            if (f.Cluster[d] != c)
            {
                return false;
            }
        }

        foreach (var c in Regions)
        {
            if (f.Region[d] != c)
            {
                return false;
            }
        }

        foreach (var c in Agencies)
        {
            if (f.Agency[d] != c)
            {
                return false;
            }
        }

        foreach (var c in Affairs)
        {
            var found = false;
            for (var k = f.AffairStarts[d]; k < f.AffairStarts[d + 1]; k++)
            {
                found |= f.AffairCodes[k] == c;
            }

            if (!found)
            {
                return false;
            }
        }

        if ((f.ElementMask[d] & ElementMask) != ElementMask)
        {
            return false;
        }

        if (Digital is { } digital && f.IsDigital[d] != digital)
        {
            return false;
        }

        foreach (var s in Stages)
        {
            if (f.Stage[d] != s)
            {
                return false;
            }
        }

        var year = f.Year[d];
        return year >= YearFrom && year <= YearTo;
    }
}

/// <summary>A compiled query: positive (relaxed) clauses, required clauses, exclusions and metadata filters.</summary>
internal sealed class QueryPlan
{
    public List<Clause> Positive { get; } = [];

    /// <summary>The intersection of the required clauses (field-restricted words), or null when there are none.</summary>
    public DocSet? Required { get; set; }

    /// <summary>Documents excluded by <c>-x</c>, as a bit set over ordinals, or null.</summary>
    public ulong[]? Excluded { get; set; }

    public MetadataFilter Filter { get; } = new();

    /// <summary>Terms to mark in snippets.</summary>
    public HashSet<string> HighlightTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>Query spans replaced by a correction: (start, length, replacement).</summary>
    public List<(int Start, int Length, string Replacement)> Corrections { get; } = [];

    public List<string> Messages { get; } = [];

    /// <summary>Whether the query held anything to match on (words, required words, filters or exclusions).</summary>
    public bool HasConditions { get; set; }
}
