using Inovasi.Search.Index.Internal;

namespace Inovasi.Search.Index.Scoring;

/// <summary>Iterates the documents of one clause in ascending ordinal order with their scores.</summary>
internal abstract class Cursor
{
    public const int Exhausted = int.MaxValue;

    /// <summary>The current document, or <see cref="Exhausted"/>.</summary>
    public int Doc { get; protected set; } = -1;

    /// <summary>No document scores more than this on this clause.</summary>
    public double UpperBound { get; protected init; }

    /// <summary>Number of documents (for ordering and counting).</summary>
    public abstract int Cost { get; }

    public abstract void Next();

    /// <summary>Moves to the first document at or after <paramref name="target"/>.</summary>
    public abstract void Advance(int target);

    public abstract double Score();

    /// <summary>Marks every document of the clause in <paramref name="bits"/>.</summary>
    public abstract void MarkAll(ulong[] bits);
}

/// <summary>The postings of one term, with its precomputed BM25F impacts times a weight.</summary>
internal sealed class TermCursor : Cursor
{
    private readonly int[] _docs;
    private readonly double[] _impacts;
    private readonly int _start;
    private readonly int _end;
    private readonly double _weight;
    private int _i;

    public TermCursor(Snapshot snapshot, int term, double weight)
    {
        _docs = snapshot.PostingDocs;
        _impacts = snapshot.PostingImpacts;
        _start = snapshot.TermStarts[term];
        _end = snapshot.TermStarts[term + 1];
        _weight = weight;
        _i = _start - 1;
        UpperBound = snapshot.MaxImpact[term] * weight;
    }

    public override int Cost => _end - _start;

    public override void Next()
    {
        _i++;
        Doc = _i < _end ? _docs[_i] : Exhausted;
    }

    public override void Advance(int target)
    {
        if (Doc >= target)
        {
            return;
        }

        // Gallop, then binary search: postings are sorted by document.
        var lo = Math.Max(_i + 1, _start);
        var step = 1;
        var hi = lo;
        while (hi < _end && _docs[hi] < target)
        {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }

        hi = Math.Min(hi, _end);
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_docs[mid] < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        _i = lo;
        Doc = _i < _end ? _docs[_i] : Exhausted;
    }

    public override double Score() => _impacts[_i] * _weight;

    public override void MarkAll(ulong[] bits)
    {
        for (var i = _start; i < _end; i++)
        {
            var d = _docs[i];
            bits[d >> 6] |= 1UL << d;
        }
    }
}

/// <summary>A materialised clause: sorted documents with their scores.</summary>
internal sealed class DocSetCursor : Cursor
{
    private readonly DocSet _set;
    private int _i = -1;

    public DocSetCursor(DocSet set)
    {
        _set = set;
        var max = 0.0;
        for (var i = 0; i < set.Count; i++)
        {
            max = Math.Max(max, set.Scores[i]);
        }

        UpperBound = max;
    }

    public override int Cost => _set.Count;

    public override void Next()
    {
        _i++;
        Doc = _i < _set.Count ? _set.Docs[_i] : Exhausted;
    }

    public override void Advance(int target)
    {
        if (Doc >= target)
        {
            return;
        }

        var i = Array.BinarySearch(_set.Docs, Math.Max(_i + 1, 0), _set.Count - Math.Max(_i + 1, 0), target);
        _i = i >= 0 ? i : ~i;
        Doc = _i < _set.Count ? _set.Docs[_i] : Exhausted;
    }

    public override double Score() => _set.Scores[_i];

    public override void MarkAll(ulong[] bits)
    {
        for (var i = 0; i < _set.Count; i++)
        {
            var d = _set.Docs[i];
            bits[d >> 6] |= 1UL << d;
        }
    }
}

/// <summary>Sorted documents with scores (the result of evaluating a clause).</summary>
internal sealed class DocSet
{
    public static readonly DocSet Empty = new([], [], 0);

    public DocSet(int[] docs, double[] scores, int count)
    {
        Docs = docs;
        Scores = scores;
        Count = count;
    }

    public int[] Docs { get; }

    public double[] Scores { get; }

    public int Count { get; }

    /// <summary>Union; a document in several inputs gets the maximum (<paramref name="sum"/> false) or the sum.</summary>
    public static DocSet Union(IReadOnlyList<DocSet> sets, bool sum)
    {
        if (sets.Count == 0)
        {
            return Empty;
        }

        if (sets.Count == 1)
        {
            return sets[0];
        }

        var acc = sets[0];
        for (var k = 1; k < sets.Count; k++)
        {
            acc = Merge(acc, sets[k], sum);
        }

        return acc;
    }

    /// <summary>Linear merge of two sorted sets.</summary>
    private static DocSet Merge(DocSet a, DocSet b, bool sum)
    {
        if (b.Count == 0)
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        var docs = new int[a.Count + b.Count];
        var scores = new double[docs.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Count && j < b.Count)
        {
            var da = a.Docs[i];
            var db = b.Docs[j];
            if (da < db)
            {
                docs[n] = da;
                scores[n++] = a.Scores[i++];
            }
            else if (db < da)
            {
                docs[n] = db;
                scores[n++] = b.Scores[j++];
            }
            else
            {
                docs[n] = da;
                scores[n++] = sum ? a.Scores[i] + b.Scores[j] : Math.Max(a.Scores[i], b.Scores[j]);
                i++;
                j++;
            }
        }

        while (i < a.Count)
        {
            docs[n] = a.Docs[i];
            scores[n++] = a.Scores[i++];
        }

        while (j < b.Count)
        {
            docs[n] = b.Docs[j];
            scores[n++] = b.Scores[j++];
        }

        return new DocSet(docs, scores, n);
    }

    /// <summary>Intersection; scores add up.</summary>
    public static DocSet Intersect(IReadOnlyList<DocSet> sets)
    {
        if (sets.Count == 0)
        {
            return Empty;
        }

        var result = sets.OrderBy(s => s.Count).ToArray();
        var acc = result[0];
        for (var k = 1; k < result.Length && acc.Count > 0; k++)
        {
            var other = result[k];
            var docs = new int[acc.Count];
            var scores = new double[acc.Count];
            var n = 0;
            var j = 0;
            for (var i = 0; i < acc.Count; i++)
            {
                var d = acc.Docs[i];
                while (j < other.Count && other.Docs[j] < d)
                {
                    j++;
                }

                if (j < other.Count && other.Docs[j] == d)
                {
                    docs[n] = d;
                    scores[n] = acc.Scores[i] + other.Scores[j];
                    n++;
                }
            }

            acc = new DocSet(docs, scores, n);
        }

        return acc;
    }

    /// <summary>The documents of <paramref name="set"/> not in <paramref name="excluded"/>.</summary>
    public static DocSet Subtract(DocSet set, DocSet excluded)
    {
        var docs = new int[set.Count];
        var scores = new double[set.Count];
        var n = 0;
        var j = 0;
        for (var i = 0; i < set.Count; i++)
        {
            var d = set.Docs[i];
            while (j < excluded.Count && excluded.Docs[j] < d)
            {
                j++;
            }

            if (j < excluded.Count && excluded.Docs[j] == d)
            {
                continue;
            }

            docs[n] = d;
            scores[n] = set.Scores[i];
            n++;
        }

        return new DocSet(docs, scores, n);
    }

    public DocSet Scale(double weight)
    {
        if (weight == 1.0)
        {
            return this;
        }

        var scores = new double[Count];
        for (var i = 0; i < Count; i++)
        {
            scores[i] = Scores[i] * weight;
        }

        return new DocSet(Docs, scores, Count);
    }
}
