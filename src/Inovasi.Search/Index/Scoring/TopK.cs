namespace Inovasi.Search.Index.Scoring;

/// <summary>A scored candidate: more matched clauses first, then higher score, then lower ordinal (id order).</summary>
internal readonly record struct Candidate(int Doc, int Coord, double Score)
{
    /// <summary>Whether this candidate ranks before <paramref name="other"/>.</summary>
    public bool Beats(Candidate other) =>
        Coord != other.Coord ? Coord > other.Coord
        : Score != other.Score ? Score > other.Score
        : Doc < other.Doc;
}

/// <summary>A bounded min-heap keeping the best <c>k</c> candidates.</summary>
internal sealed class TopK
{
    private readonly Candidate[] _heap;
    private int _count;

    public TopK(int k)
    {
        Capacity = k;
        _heap = new Candidate[Math.Max(1, k)];
    }

    public int Capacity { get; }

    public int Count => _count;

    public bool IsFull => _count >= Capacity;

    /// <summary>The weakest kept candidate (valid when <see cref="IsFull"/>).</summary>
    public Candidate Min => _heap[0];

    /// <summary>Offers a candidate; returns whether it was kept.</summary>
    public bool Offer(Candidate c)
    {
        if (Capacity == 0)
        {
            return false;
        }

        if (_count < Capacity)
        {
            var i = _count++;
            _heap[i] = c;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!_heap[parent].Beats(_heap[i]))
                {
                    break;
                }

                (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
                i = parent;
            }

            return true;
        }

        if (!c.Beats(_heap[0]))
        {
            return false;
        }

        _heap[0] = c;
        var j = 0;
        while (true)
        {
            var l = (2 * j) + 1;
            var r = l + 1;
            var weakest = j;
            if (l < _count && _heap[weakest].Beats(_heap[l]))
            {
                weakest = l;
            }

            if (r < _count && _heap[weakest].Beats(_heap[r]))
            {
                weakest = r;
            }

            if (weakest == j)
            {
                break;
            }

            (_heap[weakest], _heap[j]) = (_heap[j], _heap[weakest]);
            j = weakest;
        }

        return true;
    }

    /// <summary>The kept candidates, best first.</summary>
    public Candidate[] ToSortedArray()
    {
        var result = _heap.AsSpan(0, _count).ToArray();
        Array.Sort(result, static (a, b) => a.Beats(b) ? -1 : b.Beats(a) ? 1 : 0);
        return result;
    }
}
