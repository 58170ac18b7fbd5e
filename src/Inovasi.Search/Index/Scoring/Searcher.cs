using System.Numerics;
using Inovasi.Search.Index.Internal;

namespace Inovasi.Search.Index.Scoring;

/// <summary>Runs a compiled plan over a snapshot: top-k with MaxScore pruning, total count, facet counts.</summary>
internal static class Searcher
{
    /// <summary>The result of executing a plan, before hits are dressed with snippets.</summary>
    public readonly record struct Outcome(Candidate[] Top, int Total, ulong[]? Matches);

    public static Outcome Execute(Snapshot snapshot, QueryPlan plan, int k, bool collectMatches, CancellationToken cancellationToken)
    {
        if (!plan.HasConditions || snapshot.Count == 0)
        {
            return new Outcome([], 0, null);
        }

        if (plan.Required is { } required)
        {
            return DriveBy(snapshot, plan, required.Docs, required.Count, required.Scores, k, collectMatches, cancellationToken);
        }

        if (plan.Positive.Count == 0)
        {
            return DriveBy(snapshot, plan, null, snapshot.Count, null, k, collectMatches, cancellationToken);
        }

        var top = MaxScore(snapshot, plan, k, cancellationToken);
        var (total, matches) = CountMatches(snapshot, plan, collectMatches, cancellationToken);
        return new Outcome(top, total, matches);
    }

    private static bool Accepts(Snapshot snapshot, QueryPlan plan, bool filtered, int doc) =>
        !filtered
        || ((plan.Excluded is null || (plan.Excluded[doc >> 6] & (1UL << doc)) == 0)
            && plan.Filter.Accepts(snapshot.Facets, doc));

    /// <summary>
    /// MaxScore (Turtle and Flood 1995): clauses sorted by upper bound; the longest prefix whose bounds cannot
    /// lift a document above the current k-th best is "non-essential" and only probed for candidates found in
    /// the others. The score is the pair (matched clauses, BM25F), compared lexicographically, which keeps
    /// MaxScore exact under relaxation since each clause adds (1, its score).
    /// </summary>
    private static Candidate[] MaxScore(Snapshot snapshot, QueryPlan plan, int k, CancellationToken cancellationToken)
    {
        var heap = new TopK(k);
        if (k == 0)
        {
            return [];
        }

        var cursors = new Cursor[plan.Positive.Count];
        for (var i = 0; i < cursors.Length; i++)
        {
            cursors[i] = plan.Positive[i].CreateCursor();
        }

        Array.Sort(cursors, static (a, b) => a.UpperBound.CompareTo(b.UpperBound));
        var m = cursors.Length;
        var prefixBound = new double[m + 1];
        for (var i = 0; i < m; i++)
        {
            prefixBound[i + 1] = prefixBound[i] + cursors[i].UpperBound;
            cursors[i].Next();
        }

        var filtered = plan.Excluded is not null || !plan.Filter.IsEmpty;
        var firstEssential = 0;
        var steps = 0;
        var windowEnd = -1;
        while (true)
        {
            var doc = Cursor.Exhausted;
            for (var i = firstEssential; i < m; i++)
            {
                doc = Math.Min(doc, cursors[i].Doc);
            }

            if (doc == Cursor.Exhausted)
            {
                break;
            }

            if ((++steps & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Block-max: bound every document up to the nearest block end of the essential clauses; when even
            // matching every clause there cannot beat the k-th best, jump past the window.
            if (heap.IsFull && doc > windowEnd)
            {
                var end = Cursor.Exhausted - 1;
                var bound = prefixBound[firstEssential];
                for (var i = firstEssential; i < m; i++)
                {
                    bound += cursors[i].BlockMax(doc, out var blockEnd);
                    end = Math.Min(end, blockEnd);
                }

                if (CannotEnter(m, bound, heap.Min))
                {
                    for (var i = firstEssential; i < m; i++)
                    {
                        cursors[i].Advance(end + 1);
                    }

                    windowEnd = -1;
                    continue;
                }

                windowEnd = end;
            }

            var coord = 0;
            var score = 0.0;
            for (var i = firstEssential; i < m; i++)
            {
                if (cursors[i].Doc == doc)
                {
                    coord++;
                    score += cursors[i].Score();
                    cursors[i].Next();
                }
            }

            if (!Accepts(snapshot, plan, filtered, doc))
            {
                continue;
            }

            var pruned = false;
            for (var i = firstEssential - 1; i >= 0; i--)
            {
                if (heap.IsFull && CannotEnter(coord + i + 1, score + prefixBound[i + 1], heap.Min))
                {
                    pruned = true;
                    break;
                }

                var c = cursors[i];
                c.Advance(doc);
                if (c.Doc == doc)
                {
                    coord++;
                    score += c.Score();
                }
            }

            if (pruned || !heap.Offer(new Candidate(doc, coord, score)))
            {
                continue;
            }

            if (heap.IsFull)
            {
                // The threshold rose: the window's bound must be checked again.
                windowEnd = -1;
                while (firstEssential < m && CannotEnter(firstEssential + 1, prefixBound[firstEssential + 1], heap.Min))
                {
                    firstEssential++;
                }
            }
        }

        return heap.ToSortedArray();
    }

    /// <summary>
    /// Whether a document whose (coord, score) can reach at most the given bound cannot beat the weakest kept
    /// candidate. Documents come in ordinal order, so an equal key loses the tie-break; a relative margin keeps
    /// floating-point rounding from pruning a document that the full sum would let in.
    /// </summary>
    private static bool CannotEnter(int maxCoord, double maxScore, Candidate weakest) =>
        maxCoord < weakest.Coord
        || (maxCoord == weakest.Coord && maxScore < weakest.Score - (1e-9 * Math.Max(1.0, Math.Abs(weakest.Score))));

    private static (int Total, ulong[]? Matches) CountMatches(Snapshot snapshot, QueryPlan plan, bool collect, CancellationToken cancellationToken)
    {
        var words = (snapshot.Count + 63) >> 6;
        ulong[] bits;
        if (plan.Positive.Count == 1 && plan.Positive[0].Set is null && !plan.Positive[0].IsAlternatives && !collect && plan.Excluded is null && plan.Filter.IsEmpty)
        {
            return (plan.Positive[0].Cost, null);
        }

        bits = new ulong[words];
        foreach (var clause in plan.Positive)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clause.Set is null && !clause.IsAlternatives && snapshot.TermBits[clause.Term] is { } termBits)
            {
                for (var w = 0; w < words; w++)
                {
                    bits[w] |= termBits[w];
                }
            }
            else
            {
                clause.CreateCursor().MarkAll(bits);
            }
        }

        if (plan.Excluded is { } excluded)
        {
            for (var w = 0; w < words; w++)
            {
                bits[w] &= ~excluded[w];
            }
        }

        if (!plan.Filter.IsEmpty)
        {
            for (var w = 0; w < words; w++)
            {
                var word = bits[w];
                while (word != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(word);
                    word &= word - 1;
                    var doc = (w << 6) + bit;
                    if (!plan.Filter.Accepts(snapshot.Facets, doc))
                    {
                        bits[w] &= ~(1UL << bit);
                    }
                }
            }
        }

        var total = 0;
        for (var w = 0; w < words; w++)
        {
            total += BitOperations.PopCount(bits[w]);
        }

        return (total, collect ? bits : null);
    }

    /// <summary>Exhaustive scoring over a driving set (the required documents, or every document).</summary>
    private static Outcome DriveBy(Snapshot snapshot, QueryPlan plan, int[]? docs, int count, double[]? baseScores, int k, bool collect, CancellationToken cancellationToken)
    {
        var heap = new TopK(k);
        var cursors = new Cursor[plan.Positive.Count];
        for (var i = 0; i < cursors.Length; i++)
        {
            cursors[i] = plan.Positive[i].CreateCursor();
        }

        var bits = collect ? new ulong[(snapshot.Count + 63) >> 6] : null;
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            if ((i & 4095) == 4095)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var doc = docs is null ? i : docs[i];
            if (!Accepts(snapshot, plan, filtered: true, doc))
            {
                continue;
            }

            var coord = 0;
            var score = baseScores is null ? 0.0 : baseScores[i];
            foreach (var c in cursors)
            {
                c.Advance(doc);
                if (c.Doc == doc)
                {
                    coord++;
                    score += c.Score();
                }
            }

            total++;
            if (bits is not null)
            {
                bits[doc >> 6] |= 1UL << doc;
            }

            heap.Offer(new Candidate(doc, coord, score));
        }

        return new Outcome(heap.ToSortedArray(), total, bits);
    }

    /// <summary>Counts facet values over the matched documents.</summary>
    public static List<Facet> CountFacets(Snapshot snapshot, ulong[] matches, int maxValues, CancellationToken cancellationToken)
    {
        var f = snapshot.Facets;
        var clusters = new int[f.Clusters.Count];
        var regions = new int[f.Regions.Count];
        var agencies = new int[f.Agencies.Count];
        var affairs = new int[f.Affairs.Count];
        var years = new Dictionary<int, int>();
        var elements = new int[9];
        var digital = new int[2];
        var stages = new int[4];
        for (var w = 0; w < matches.Length; w++)
        {
            if ((w & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var word = matches[w];
            while (word != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                if (f.Cluster[doc] >= 0)
                {
                    clusters[f.Cluster[doc]]++;
                }

                regions[f.Region[doc]]++;
                agencies[f.Agency[doc]]++;
                for (var a = f.AffairStarts[doc]; a < f.AffairStarts[doc + 1]; a++)
                {
                    affairs[f.AffairCodes[a]]++;
                }

                years[f.Year[doc]] = years.GetValueOrDefault(f.Year[doc]) + 1;
                var mask = f.ElementMask[doc];
                while (mask != 0)
                {
                    elements[BitOperations.TrailingZeroCount(mask)]++;
                    mask &= mask - 1;
                }

                digital[f.IsDigital[doc] ? 1 : 0]++;
                stages[f.Stage[doc]]++;
            }
        }

        return
        [
            MakeFacet(DocumentFacets.Klaster, clusters, i => f.Clusters.Values[i], maxValues),
            MakeFacet(DocumentFacets.Urusan, affairs, i => f.Affairs.Values[i], maxValues),
            MakeFacet(DocumentFacets.Pemda, regions, i => f.Regions.Values[i], maxValues),
            MakeFacet(DocumentFacets.Opd, agencies, i => f.Agencies.Values[i], maxValues),
            new Facet(DocumentFacets.Tahun, years.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxValues)
                .Select(p => new FacetValue(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)).ToArray()),
            MakeFacet(DocumentFacets.Unsur, elements, i => Writeups.WriteupVocabulary.Code((Writeups.ServiceElement)i), maxValues),
            MakeFacet(DocumentFacets.Digital, digital, i => i == 1 ? "true" : "false", maxValues),
            MakeFacet(DocumentFacets.Tahap, stages.AsSpan(1).ToArray(), i => Writeups.WriteupVocabulary.Code((Writeups.InnovationStage)i), maxValues),
        ];
    }

    private static Facet MakeFacet(string name, int[] counts, Func<int, string> value, int maxValues)
    {
        var values = new List<FacetValue>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                values.Add(new FacetValue(value(i), counts[i]));
            }
        }

        values.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        if (values.Count > maxValues)
        {
            values.RemoveRange(maxValues, values.Count - maxValues);
        }

        return new Facet(name, values);
    }
}
