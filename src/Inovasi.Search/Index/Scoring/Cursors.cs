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

    /// <summary>
    /// A bound on the score of every document of this clause from <paramref name="target"/> (at or after the current
    /// position) up to <paramref name="blockEnd"/> (inclusive): the maximum impact of the current block.
    /// </summary>
    public abstract double BlockMax(int target, out int blockEnd);

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
    private readonly double[] _blockMax;
    private readonly int[] _blockLastDoc;
    private readonly int _firstBlock;
    private readonly int _endBlock;
    private int _block;
    private int _i;

    public TermCursor(Snapshot snapshot, int term, double weight)
    {
        _blockMax = snapshot.BlockMax;
        _blockLastDoc = snapshot.BlockLastDoc;
        _firstBlock = snapshot.BlockStarts[term];
        _endBlock = snapshot.BlockStarts[term + 1];
        _block = _firstBlock;
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

    public override double BlockMax(int target, out int blockEnd)
    {
        // Blocks are fixed runs of postings; move to the block holding the first posting at or after target.
        var b = Math.Max(_block, _firstBlock + ((Math.Max(_i, _start) - _start) / Snapshot.BlockSize));
        while (b < _endBlock && _blockLastDoc[b] < target)
        {
            b++;
        }

        _block = b;
        if (b >= _endBlock)
        {
            blockEnd = Exhausted - 1;
            return 0;
        }

        blockEnd = _blockLastDoc[b];
        return _blockMax[b] * _weight;
    }

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
    private readonly double[] _blockMax;
    private readonly double _weight;
    private int _block;
    private int _i = -1;

    public DocSetCursor(DocSet set, double weight = 1.0)
    {
        _set = set;
        _weight = weight;
        _blockMax = new double[(set.Count + Snapshot.BlockSize - 1) / Snapshot.BlockSize];
        var max = 0.0;
        for (var i = 0; i < set.Count; i++)
        {
            max = Math.Max(max, set.Scores[i]);
            var b = i / Snapshot.BlockSize;
            _blockMax[b] = Math.Max(_blockMax[b], set.Scores[i]);
        }

        UpperBound = max * weight;
    }

    public override double BlockMax(int target, out int blockEnd)
    {
        var b = Math.Max(_block, Math.Max(_i, 0) / Snapshot.BlockSize);
        while (b < _blockMax.Length && _set.Docs[Math.Min(_set.Count, (b + 1) * Snapshot.BlockSize) - 1] < target)
        {
            b++;
        }

        _block = b;
        if (b >= _blockMax.Length)
        {
            blockEnd = Exhausted - 1;
            return 0;
        }

        blockEnd = _set.Docs[Math.Min(_set.Count, (b + 1) * Snapshot.BlockSize) - 1];
        return _blockMax[b] * _weight;
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

    public override double Score() => _set.Scores[_i] * _weight;

    public override void MarkAll(ulong[] bits)
    {
        for (var i = 0; i < _set.Count; i++)
        {
            var d = _set.Docs[i];
            bits[d >> 6] |= 1UL << d;
        }
    }
}

/// <summary>
/// The best of several alternatives (a word and its synonyms) without materialising their union: the document
/// is the smallest of the children's, the score the largest among the children on it (DisjunctionMax).
/// </summary>
internal sealed class MaxCursor : Cursor
{
    private readonly Cursor[] _children;

    public MaxCursor(Cursor[] children)
    {
        _children = children;
        var max = 0.0;
        foreach (var c in children)
        {
            max = Math.Max(max, c.UpperBound);
        }

        UpperBound = max;
    }

    public override int Cost
    {
        get
        {
            var cost = 0;
            foreach (var c in _children)
            {
                cost += c.Cost;
            }

            return cost;
        }
    }

    public override void Next()
    {
        if (Doc < 0)
        {
            foreach (var c in _children)
            {
                c.Next();
            }
        }
        else
        {
            foreach (var c in _children)
            {
                if (c.Doc == Doc)
                {
                    c.Next();
                }
            }
        }

        Sync();
    }

    public override void Advance(int target)
    {
        if (Doc >= target)
        {
            return;
        }

        foreach (var c in _children)
        {
            if (c.Doc < 0)
            {
                c.Next();
            }

            c.Advance(target);
        }

        Sync();
    }

    public override double Score()
    {
        var best = 0.0;
        foreach (var c in _children)
        {
            if (c.Doc == Doc)
            {
                best = Math.Max(best, c.Score());
            }
        }

        return best;
    }

    public override double BlockMax(int target, out int blockEnd)
    {
        var best = 0.0;
        blockEnd = Exhausted - 1;
        foreach (var c in _children)
        {
            if (c.Doc == Exhausted)
            {
                continue;
            }

            best = Math.Max(best, c.BlockMax(target, out var end));
            blockEnd = Math.Min(blockEnd, end);
        }

        return best;
    }

    public override void MarkAll(ulong[] bits)
    {
        foreach (var c in _children)
        {
            c.MarkAll(bits);
        }
    }

    private void Sync()
    {
        var doc = Exhausted;
        foreach (var c in _children)
        {
            doc = Math.Min(doc, c.Doc);
        }

        Doc = doc;
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
