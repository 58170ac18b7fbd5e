using Inovasi.Search.Index.Storage;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Internal;

/// <summary>Builds a <see cref="Snapshot"/> from the writer's documents (two passes over their term vectors).</summary>
internal static class SnapshotBuilder
{
    public static Snapshot Build(
        IEnumerable<DocEntry> entries,
        IReadOnlyList<string> globalTerms,
        IEnumerable<KeyValuePair<string, int>> words,
        ScoringParameters scoring)
    {
        var docs = entries.ToArray();
        Array.Sort(docs, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var n = docs.Length;
        var fieldCount = TermVector.FieldCount;
        var fieldLengths = new int[n * fieldCount];
        var globalCount = globalTerms.Count;
        var df = new int[globalCount];
        var positionCount = new long[globalCount];

        // Pass 1: field lengths, document frequencies and position counts.
        var counter = new CountingVisitor { Df = df, PositionCount = positionCount, Lengths = fieldLengths };
        for (var d = 0; d < n; d++)
        {
            counter.Doc = d;
            TermVector.Walk(docs[d].TermBlob, ref counter);
        }

        var averages = new double[fieldCount];
        for (var d = 0; d < n; d++)
        {
            for (var f = 0; f < fieldCount; f++)
            {
                averages[f] += fieldLengths[(d * fieldCount) + f];
            }
        }

        for (var f = 0; f < fieldCount; f++)
        {
            averages[f] = n == 0 ? 0 : averages[f] / n;
        }

        // Sorted dictionary of the terms in use, and a map from global id to it.
        var used = new List<int>();
        for (var g = 0; g < globalCount; g++)
        {
            if (df[g] > 0)
            {
                used.Add(g);
            }
        }

        var usedIds = used.ToArray();
        var terms = new string[usedIds.Length];
        for (var i = 0; i < usedIds.Length; i++)
        {
            terms[i] = globalTerms[usedIds[i]];
        }

        Array.Sort(terms, usedIds, StringComparer.Ordinal);
        var local = new int[globalCount];
        Array.Fill(local, -1);
        for (var i = 0; i < usedIds.Length; i++)
        {
            local[usedIds[i]] = i;
        }

        var termStarts = new int[terms.Length + 1];
        var positionStartOfTerm = new long[terms.Length + 1];
        for (var t = 0; t < terms.Length; t++)
        {
            termStarts[t + 1] = termStarts[t] + df[usedIds[t]];
            positionStartOfTerm[t + 1] = positionStartOfTerm[t] + positionCount[usedIds[t]];
        }

        var postings = termStarts[terms.Length];
        var totalPositions = positionStartOfTerm[terms.Length];
        if (totalPositions > int.MaxValue - 1)
        {
            throw new InvalidOperationException("The corpus has more token positions than one index can hold (2^31).");
        }

        var idf = new double[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            idf[t] = ScoringParameters.Idf(n, df[usedIds[t]]);
        }

        // Pass 2: fill postings in document order, so each term's documents ascend.
        var filler = new FillingVisitor
        {
            Local = local,
            Cursor = new int[terms.Length],
            PositionCursor = new int[terms.Length],
            Docs = new int[postings],
            Impacts = new double[postings],
            PositionStarts = new int[postings + 1],
            Positions = new int[totalPositions],
            Idf = idf,
            Averages = averages,
            Scoring = scoring,
            Lengths = fieldLengths,
            Field = new int[fieldCount],
        };
        for (var t = 0; t < terms.Length; t++)
        {
            filler.Cursor[t] = termStarts[t];
            filler.PositionCursor[t] = (int)positionStartOfTerm[t];
        }

        for (var d = 0; d < n; d++)
        {
            filler.Doc = d;
            TermVector.Walk(docs[d].TermBlob, ref filler);
        }

        // Positions of posting p start where the term's positions start plus what earlier postings used.
        for (var t = 0; t < terms.Length; t++)
        {
            var p0 = termStarts[t];
            var cursor = (int)positionStartOfTerm[t];
            for (var p = p0; p < termStarts[t + 1]; p++)
            {
                var count = filler.PositionStarts[p];
                filler.PositionStarts[p] = cursor;
                cursor += count;
            }
        }

        filler.PositionStarts[postings] = (int)totalPositions;
        var maxImpact = new double[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var max = 0.0;
            for (var p = termStarts[t]; p < termStarts[t + 1]; p++)
            {
                max = Math.Max(max, filler.Impacts[p]);
            }

            maxImpact[t] = max;
        }

        var metadata = new DocumentMetadata[n];
        var byId = new Dictionary<string, int>(n, StringComparer.Ordinal);
        long sourceBytes = 0;
        for (var d = 0; d < n; d++)
        {
            metadata[d] = docs[d].Meta;
            byId[docs[d].Id] = d;
            sourceBytes += docs[d].SourceBytes;
        }

        // The lexicon: every term as itself, plus the surface words that differ from their term.
        var lexiconWords = new List<(string, int)>(terms.Length);
        for (var t = 0; t < terms.Length; t++)
        {
            lexiconWords.Add((terms[t], t));
        }

        foreach (var (word, globalId) in words)
        {
            if (globalId >= 0 && globalId < globalCount && local[globalId] >= 0 && !string.Equals(word, globalTerms[globalId], StringComparison.Ordinal))
            {
                lexiconWords.Add((word, local[globalId]));
            }
        }

        return new Snapshot
        {
            Scoring = scoring,
            Entries = docs,
            Decoded = new Innovation?[n],
            OrdinalById = byId,
            FieldLengths = fieldLengths,
            AverageFieldLengths = averages,
            Terms = terms,
            TermStarts = termStarts,
            Idf = idf,
            MaxImpact = maxImpact,
            PostingDocs = filler.Docs,
            PostingImpacts = filler.Impacts,
            PositionStarts = filler.PositionStarts,
            Positions = filler.Positions,
            Facets = DocumentFacets.Build(metadata),
            Lexicon = Lexicon.Build(lexiconWords),
            SourceBytes = sourceBytes,
        };
    }

    private struct CountingVisitor : ITermVectorVisitor
    {
        public int[] Df;
        public long[] PositionCount;
        public int[] Lengths;
        public int Doc;

        public readonly void FieldLengths(ReadOnlySpan<int> lengths) =>
            lengths.CopyTo(Lengths.AsSpan(Doc * TermVector.FieldCount, TermVector.FieldCount));

        public readonly void Term(int termId, ReadOnlySpan<int> positions)
        {
            if ((uint)termId >= (uint)Df.Length)
            {
                throw new InvalidDataException("A stored term vector names an unknown term: the index file is damaged.");
            }

            Df[termId]++;
            PositionCount[termId] += positions.Length;
        }
    }

    private struct FillingVisitor : ITermVectorVisitor
    {
        public int[] Local;
        public int[] Cursor;
        public int[] PositionCursor;
        public int[] Docs;
        public double[] Impacts;
        public int[] PositionStarts;
        public int[] Positions;
        public double[] Idf;
        public double[] Averages;
        public ScoringParameters Scoring;
        public int[] Lengths;
        public int[] Field;
        public int Doc;

        public readonly void FieldLengths(ReadOnlySpan<int> lengths)
        {
        }

        public readonly void Term(int termId, ReadOnlySpan<int> positions)
        {
            var t = Local[termId];
            var p = Cursor[t]++;
            Docs[p] = Doc;
            PositionStarts[p] = positions.Length;
            positions.CopyTo(Positions.AsSpan(PositionCursor[t], positions.Length));
            PositionCursor[t] += positions.Length;
            Array.Clear(Field);
            foreach (var packed in positions)
            {
                Field[(int)TermVector.FieldOf(packed)]++;
            }

            var tf = 0.0;
            var baseIndex = Doc * TermVector.FieldCount;
            for (var f = 0; f < Field.Length; f++)
            {
                if (Field[f] > 0)
                {
                    tf += Scoring.FieldFrequency(f, Field[f], Lengths[baseIndex + f], Averages[f], Scoring.Weights[f]);
                }
            }

            Impacts[p] = Idf[t] * Scoring.Saturate(tf);
        }
    }
}
