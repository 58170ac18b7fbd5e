using Inovasi.Search.Index.Internal;
using Inovasi.Search.Index.Storage;

namespace Inovasi.Search.Index.Scoring;

/// <summary>
/// Matches a sequence of terms at consecutive positions (a phrase; one term restricted to fields is the
/// one-word case) and scores it with BM25F, the phrase frequency standing in for the term frequency and the
/// sum of the terms' IDFs for the IDF.
/// </summary>
internal static class PhraseScorer
{
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="terms">Term indexes, in phrase order.</param>
    /// <param name="offsets">Position of each term relative to the first (stopword gaps kept).</param>
    /// <param name="fields">Only these fields, each with weight 1; or null for every field with its BM25F weight.</param>
    /// <param name="cancellationToken">Cancels a long evaluation.</param>
    public static DocSet Evaluate(Snapshot snapshot, int[] terms, int[] offsets, IndexField[]? fields, CancellationToken cancellationToken)
    {
        var k = terms.Length;
        var lead = 0;
        for (var i = 1; i < k; i++)
        {
            if (snapshot.DocumentFrequency(terms[i]) < snapshot.DocumentFrequency(terms[lead]))
            {
                lead = i;
            }
        }

        var idf = 0.0;
        foreach (var t in terms)
        {
            idf += snapshot.Idf[t];
        }

        var cursor = new int[k];
        for (var i = 0; i < k; i++)
        {
            cursor[i] = snapshot.TermStarts[terms[i]];
        }

        var leadStart = snapshot.TermStarts[terms[lead]];
        var leadEnd = snapshot.TermStarts[terms[lead] + 1];
        var docs = new List<int>();
        var scores = new List<double>();
        var weights = snapshot.Scoring.Weights;
        Span<int> counts = stackalloc int[TermVector.FieldCount];
        var postingOf = new int[k];
        for (var lp = leadStart; lp < leadEnd; lp++)
        {
            if (((lp - leadStart) & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var doc = snapshot.PostingDocs[lp];
            var all = true;
            for (var i = 0; i < k && all; i++)
            {
                var end = snapshot.TermStarts[terms[i] + 1];
                var c = cursor[i];
                while (c < end && snapshot.PostingDocs[c] < doc)
                {
                    c++;
                }

                cursor[i] = c;
                all = c < end && snapshot.PostingDocs[c] == doc;
                postingOf[i] = c;
            }

            if (!all)
            {
                continue;
            }

            counts.Clear();
            var firstPosting = postingOf[0];
            for (var pi = snapshot.PositionStarts[firstPosting]; pi < snapshot.PositionStarts[firstPosting + 1]; pi++)
            {
                var packed = snapshot.Positions[pi];
                var field = (int)TermVector.FieldOf(packed);
                if (fields is not null && Array.IndexOf(fields, (IndexField)field) < 0)
                {
                    continue;
                }

                var matches = true;
                for (var i = 1; i < k && matches; i++)
                {
                    matches = Contains(snapshot, postingOf[i], packed + offsets[i]);
                }

                if (matches)
                {
                    counts[field]++;
                }
            }

            var tf = 0.0;
            var baseIndex = doc * TermVector.FieldCount;
            for (var f = 0; f < TermVector.FieldCount; f++)
            {
                if (counts[f] > 0)
                {
                    tf += snapshot.Scoring.FieldFrequency(f, counts[f], snapshot.FieldLengths[baseIndex + f],
                        snapshot.AverageFieldLengths[f], fields is null ? weights[f] : 1.0);
                }
            }

            if (tf > 0)
            {
                docs.Add(doc);
                scores.Add(idf * snapshot.Scoring.Saturate(tf));
            }
        }

        return new DocSet([.. docs], [.. scores], docs.Count);
    }

    private static bool Contains(Snapshot snapshot, int posting, int packed)
    {
        var lo = snapshot.PositionStarts[posting];
        var hi = snapshot.PositionStarts[posting + 1] - 1;
        var positions = snapshot.Positions;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var v = positions[mid];
            if (v == packed)
            {
                return true;
            }

            if (v < packed)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }
}
