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

        // The documents are cut into chunks that are counted and filled in parallel: each chunk knows, from its own
        // counts, where its postings of every term start, so the chunks never write to the same place and each
        // term's documents still ascend.
        var chunks = Math.Clamp(n / 4096, 1, Math.Max(1, Environment.ProcessorCount));
        var chunkStart = new int[chunks + 1];
        for (var c = 0; c <= chunks; c++)
        {
            chunkStart[c] = (int)((long)n * c / chunks);
        }

        var chunkDf = new int[chunks][];
        var chunkPositions = new int[chunks][];
        Parallel.For(0, chunks, c =>
        {
            var counter = new CountingVisitor { Df = new int[globalCount], PositionCount = new int[globalCount], Lengths = fieldLengths };
            for (var d = chunkStart[c]; d < chunkStart[c + 1]; d++)
            {
                counter.Doc = d;
                TermVector.Walk(docs[d].TermBlob, ref counter);
            }

            chunkDf[c] = counter.Df;
            chunkPositions[c] = counter.PositionCount;
        });

        var df = new int[globalCount];
        var positionCount = new long[globalCount];
        for (var c = 0; c < chunks; c++)
        {
            for (var g = 0; g < globalCount; g++)
            {
                df[g] += chunkDf[c][g];
                positionCount[g] += chunkPositions[c][g];
            }
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

        // Pass 2: fill postings, each chunk from its own start per term.
        var postingDocs = new int[postings];
        var impacts = new double[postings];
        var positionStarts = new int[postings + 1];
        var positions = new int[totalPositions];
        var cursors = new int[chunks][];
        var positionCursors = new int[chunks][];
        var running = new int[terms.Length];
        var runningPositions = new int[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            running[t] = termStarts[t];
            runningPositions[t] = (int)positionStartOfTerm[t];
        }

        for (var c = 0; c < chunks; c++)
        {
            cursors[c] = (int[])running.Clone();
            positionCursors[c] = (int[])runningPositions.Clone();
            for (var t = 0; t < terms.Length; t++)
            {
                running[t] += chunkDf[c][usedIds[t]];
                runningPositions[t] += chunkPositions[c][usedIds[t]];
            }
        }

        Parallel.For(0, chunks, c =>
        {
            var filler = new FillingVisitor
            {
                Local = local,
                Cursor = cursors[c],
                PositionCursor = positionCursors[c],
                Docs = postingDocs,
                Impacts = impacts,
                PositionStarts = positionStarts,
                Positions = positions,
                Idf = idf,
                Averages = averages,
                Scoring = scoring,
                Norms = new double[fieldCount],
                Field = new int[fieldCount],
            };
            for (var d = chunkStart[c]; d < chunkStart[c + 1]; d++)
            {
                filler.Doc = d;
                TermVector.Walk(docs[d].TermBlob, ref filler);
            }
        });

        positionStarts[postings] = (int)totalPositions;
        var maxImpact = new double[terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            var max = 0.0;
            for (var p = termStarts[t]; p < termStarts[t + 1]; p++)
            {
                max = Math.Max(max, impacts[p]);
            }

            maxImpact[t] = max;
        }

        // Blocks for block-max pruning, and bit sets of the frequent terms for counting.
        var blockStarts = new int[terms.Length + 1];
        for (var t = 0; t < terms.Length; t++)
        {
            var count = termStarts[t + 1] - termStarts[t];
            blockStarts[t + 1] = blockStarts[t] + ((count + Snapshot.BlockSize - 1) / Snapshot.BlockSize);
        }

        var blockMax = new double[blockStarts[terms.Length]];
        var blockLastDoc = new int[blockStarts[terms.Length]];
        var termBits = new ulong[]?[terms.Length];
        var bitWords = (n + 63) >> 6;
        Parallel.For(0, terms.Length, t =>
        {
            var start = termStarts[t];
            var end = termStarts[t + 1];
            for (var b = blockStarts[t]; b < blockStarts[t + 1]; b++)
            {
                var from = start + ((b - blockStarts[t]) * Snapshot.BlockSize);
                var to = Math.Min(end, from + Snapshot.BlockSize);
                var max = 0.0;
                for (var p = from; p < to; p++)
                {
                    max = Math.Max(max, impacts[p]);
                }

                blockMax[b] = max;
                blockLastDoc[b] = postingDocs[to - 1];
            }

            if ((long)(end - start) * 16 >= n && n >= 1024)
            {
                var bits = new ulong[bitWords];
                for (var p = start; p < end; p++)
                {
                    bits[postingDocs[p] >> 6] |= 1UL << postingDocs[p];
                }

                termBits[t] = bits;
            }
        });

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
            BlockStarts = blockStarts,
            BlockMax = blockMax,
            BlockLastDoc = blockLastDoc,
            TermBits = termBits,
            PostingDocs = postingDocs,
            PostingImpacts = impacts,
            PositionStarts = positionStarts,
            Positions = positions,
            Facets = DocumentFacets.Build(metadata),
            Lexicon = Lexicon.Build(lexiconWords),
            SourceBytes = sourceBytes,
        };
    }

    private struct CountingVisitor : ITermVectorVisitor
    {
        public int[] Df;
        public int[] PositionCount;
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

        /// <summary>Per field of the current document, the BM25F weight over its length normalisation.</summary>
        public double[] Norms;
        public int[] Field;
        public int Doc;

        public readonly void FieldLengths(ReadOnlySpan<int> lengths)
        {
            for (var f = 0; f < Norms.Length; f++)
            {
                Norms[f] = Scoring.FieldFrequency(f, 1, lengths[f], Averages[f], Scoring.Weights[f]);
            }
        }

        public readonly void Term(int termId, ReadOnlySpan<int> positions)
        {
            var t = Local[termId];
            var p = Cursor[t]++;
            Docs[p] = Doc;
            var start = PositionCursor[t];
            PositionStarts[p] = start;
            positions.CopyTo(Positions.AsSpan(start, positions.Length));
            PositionCursor[t] = start + positions.Length;

            // Positions are sorted by field: count each run.
            var tf = 0.0;
            var i = 0;
            while (i < positions.Length)
            {
                var field = positions[i] >>> TermVector.PositionBits;
                var run = i;
                while (i < positions.Length && positions[i] >>> TermVector.PositionBits == field)
                {
                    i++;
                }

                tf += (i - run) * Norms[field];
            }

            Impacts[p] = Idf[t] * Scoring.Saturate(tf);
        }
    }
}
