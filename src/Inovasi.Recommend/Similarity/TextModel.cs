using System.Numerics.Tensors;
using System.Text;
using Inovasi.Search.Analysis;
using Inovasi.Search.Writeups;
using MathNet.Numerics.LinearAlgebra;

namespace Inovasi.Recommend.Similarity;

/// <summary>
/// The content model: TF-IDF over the analyzer's terms, reduced by a randomized truncated SVD to a dense
/// embedding per write-up (unit length, so a dot product is the cosine).
/// </summary>
/// <remarks>
/// The SVD follows Halko, Martinsson and Tropp (2011), "Finding structure with randomness", Algorithms 4.3/4.4:
/// a Gaussian sketch <c>Y = A Ω</c> refined by power iterations, an orthonormal basis <c>Q</c> of its range, then
/// the small matrix <c>B = Qᵀ A</c>, whose right singular vectors come from the eigen-decomposition of
/// <c>B Bᵀ</c> (MathNet.Numerics). Orthonormalisation uses the eigen-decomposition of the Gram matrix, which
/// drops directions the data do not span, so a tiny corpus of low rank gets fewer dimensions, never NaNs.
/// A write-up's embedding is its TF-IDF row projected on the right singular vectors (<c>U Σ</c>), so a new text
/// folds in the same way. Everything is deterministic for a seed.
/// <threadsafety>Immutable after construction.</threadsafety>
/// </remarks>
internal sealed class TextModel
{
    private readonly Dictionary<string, int> _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _idf;
    private readonly float[] _projection; // V x Dimensions, row-major
    private readonly IndonesianAnalyzer _analyzer;
    private readonly bool _sublinear;

    private TextModel(IndonesianAnalyzer analyzer, bool sublinear, Dictionary<string, int> vocabulary, float[] idf,
        float[] projection, int dimensions, float[] embeddings, int[] rowStart, int[] columns, float[] values)
    {
        _analyzer = analyzer;
        _sublinear = sublinear;
        _vocabulary = vocabulary;
        _lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _idf = idf;
        _projection = projection;
        Dimensions = dimensions;
        Embeddings = embeddings;
        RowStart = rowStart;
        Columns = columns;
        Values = values;
    }

    /// <summary>Embedding dimensions actually kept.</summary>
    public int Dimensions { get; }

    /// <summary>Embeddings, n x <see cref="Dimensions"/>, row-major, each row unit length (or zero).</summary>
    public float[] Embeddings { get; }

    /// <summary>CSR row starts of each write-up's distinct term ids.</summary>
    public int[] RowStart { get; }

    /// <summary>CSR term ids, sorted within each row.</summary>
    public int[] Columns { get; }

    /// <summary>CSR TF-IDF weights (each row unit length), parallel to <see cref="Columns"/>.</summary>
    public float[] Values { get; }

    /// <summary>The vocabulary size.</summary>
    public int VocabularySize => _idf.Length;

    /// <summary>Inverse document frequency of a term.</summary>
    public float Idf(int term) => _idf[term];

    /// <summary>The embedding row of write-up <paramref name="item"/>.</summary>
    public ReadOnlySpan<float> Embedding(int item) => Embeddings.AsSpan(item * Dimensions, Dimensions);

    /// <summary>The text a write-up contributes: title, summary, tags and sections (or the body).</summary>
    public static string TextOf(Innovation innovation)
    {
        var sb = new StringBuilder();
        sb.Append(innovation.Title).Append(". ").Append(innovation.Title).Append(". ");
        if (innovation.Summary is not null)
        {
            sb.Append(innovation.Summary).Append(' ');
        }

        foreach (var tag in innovation.Tags)
        {
            sb.Append(tag).Append(". ");
        }

        if (innovation.Background is null && innovation.Solution is null && innovation.Impact is null)
        {
            sb.Append(innovation.Body);
        }
        else
        {
            sb.Append(innovation.Background).Append(' ').Append(innovation.Solution).Append(' ').Append(innovation.Impact);
        }

        return sb.ToString();
    }

    public static TextModel Build(IReadOnlyList<Innovation> innovations, RecommenderOptions options)
    {
        var n = innovations.Count;
        var analyzer = options.Analyzer;

        // Pass 1: terms and counts per write-up, into a provisional vocabulary.
        var provisional = new Dictionary<string, int>(StringComparer.Ordinal);
        var docTerms = new (int Term, int Count)[n][];
        var df = new List<int>();
        var counter = new TermCounter(provisional);
        for (var i = 0; i < n; i++)
        {
            counter.Reset();
            analyzer.Analyze(TextOf(innovations[i]).AsSpan(), ref counter);
            var terms = counter.Drain();
            docTerms[i] = terms;
            foreach (var (term, _) in terms)
            {
                while (df.Count <= term)
                {
                    df.Add(0);
                }

                df[term]++;
            }
        }

        // Prune by document frequency; renumber the survivors in first-seen order (deterministic).
        var maxDf = Math.Max(options.MinDocumentFrequency, (int)(options.MaxDocumentFrequencyRatio * n));
        var remap = new int[df.Count];
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = new string[df.Count];
        foreach (var (term, id) in provisional)
        {
            ordered[id] = term;
        }

        var idfList = new List<float>();
        for (var t = 0; t < df.Count; t++)
        {
            var keep = df[t] >= options.MinDocumentFrequency && (df[t] <= maxDf || n < 4);
            remap[t] = keep ? vocabulary.Count : -1;
            if (keep)
            {
                vocabulary[ordered[t]] = vocabulary.Count;
                idfList.Add((float)(Math.Log((1.0 + n) / (1.0 + df[t])) + 1.0));
            }
        }

        var idf = idfList.ToArray();
        var v = idf.Length;

        // TF-IDF rows, L2-normalised, in CSR.
        var rowStart = new int[n + 1];
        var cols = new List<int>();
        var vals = new List<float>();
        var scratch = new List<(int Term, float Weight)>();
        for (var i = 0; i < n; i++)
        {
            scratch.Clear();
            foreach (var (term, count) in docTerms[i])
            {
                var id = remap[term];
                if (id >= 0)
                {
                    var tf = options.SublinearTf ? 1f + MathF.Log(count) : count;
                    scratch.Add((id, tf * idf[id]));
                }
            }

            scratch.Sort((a, b) => a.Term.CompareTo(b.Term));
            var norm = 0f;
            foreach (var (_, w) in scratch)
            {
                norm += w * w;
            }

            norm = norm > 0 ? 1f / MathF.Sqrt(norm) : 0f;
            foreach (var (term, w) in scratch)
            {
                cols.Add(term);
                vals.Add(w * norm);
            }

            rowStart[i + 1] = cols.Count;
            docTerms[i] = [];
        }

        var columns = cols.ToArray();
        var values = vals.ToArray();
        var (projection, dims) = RandomizedSvd(rowStart, columns, values, n, v, options);
        var embeddings = new float[n * dims];
        for (var i = 0; i < n; i++)
        {
            var row = embeddings.AsSpan(i * dims, dims);
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                TensorPrimitives.MultiplyAdd(projection.AsSpan(columns[p] * dims, dims), values[p], row, row);
            }

            Normalize(row);
        }

        return new TextModel(analyzer, options.SublinearTf, vocabulary, idf, projection, dims, embeddings, rowStart, columns, values);
    }

    /// <summary>Folds a new text into the embedding space (unit length, or all zeros when no term is known).</summary>
    public float[] Embed(string text)
    {
        var result = new float[Dimensions];
        if (Dimensions == 0)
        {
            return result;
        }

        foreach (var (term, weight) in Weights(text))
        {
            TensorPrimitives.MultiplyAdd(_projection.AsSpan(term * Dimensions, Dimensions), weight, result, result);
        }

        Normalize(result);
        return result;
    }

    /// <summary>The known terms of a text with their TF-IDF weights (not normalised).</summary>
    public List<(int Term, float Weight)> Weights(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var token in _analyzer.Analyze(text))
        {
            if (_lookup.TryGetValue(token.Term.AsSpan(), out var id))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var list = new List<(int, float)>(counts.Count);
        foreach (var (term, count) in counts.OrderBy(p => p.Key))
        {
            var tf = _sublinear ? 1f + MathF.Log(count) : count;
            list.Add((term, tf * _idf[term]));
        }

        return list;
    }

    /// <summary>The known terms of a text (at least three letters), each once, with the first surface word that
    /// produced it and its IDF, most informative first.</summary>
    public List<(int Term, string Word, float Idf)> DistinctTerms(string text)
    {
        var found = new List<(int Term, string Word, float Idf)>();
        var seen = new HashSet<int>();
        foreach (var token in _analyzer.Analyze(text))
        {
            if (token.Term.Length >= 3 && _lookup.TryGetValue(token.Term.AsSpan(), out var id) && seen.Add(id))
            {
                found.Add((id, text[token.Start..token.End].ToLowerInvariant(), _idf[id]));
            }
        }

        return [.. found.OrderByDescending(p => p.Idf).ThenBy(p => p.Word, StringComparer.Ordinal)];
    }

    /// <summary>The words of <paramref name="terms"/> (from <see cref="DistinctTerms"/>) whose term write-up
    /// <paramref name="item"/> also has, in their order, at most <paramref name="max"/>.</summary>
    public List<string> SharedWords(List<(int Term, string Word, float Idf)> terms, int item, int max)
    {
        var words = new List<string>();
        foreach (var (term, word, _) in terms)
        {
            if (words.Count == max)
            {
                break;
            }

            if (Array.BinarySearch(Columns, RowStart[item], RowStart[item + 1] - RowStart[item], term) >= 0 && !words.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>Cosine of two write-ups' TF-IDF vectors (exact, not the embedding's approximation).</summary>
    public float SparseCosine(int a, int b)
    {
        var sum = 0f;
        int i = RowStart[a], iEnd = RowStart[a + 1], j = RowStart[b], jEnd = RowStart[b + 1];
        while (i < iEnd && j < jEnd)
        {
            var c = Columns[i].CompareTo(Columns[j]);
            if (c == 0)
            {
                sum += Values[i++] * Values[j++];
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>Cosine of a text's TF-IDF vector (sorted by term, from <see cref="Weights"/>) with write-up <paramref name="item"/>.</summary>
    public float SparseCosine(List<(int Term, float Weight)> text, int item)
    {
        var norm = 0f;
        foreach (var (_, w) in text)
        {
            norm += w * w;
        }

        if (norm <= 0)
        {
            return 0;
        }

        var sum = 0f;
        int j = RowStart[item], jEnd = RowStart[item + 1];
        foreach (var (term, w) in text)
        {
            while (j < jEnd && Columns[j] < term)
            {
                j++;
            }

            if (j < jEnd && Columns[j] == term)
            {
                sum += w * Values[j];
            }
        }

        return sum / MathF.Sqrt(norm);
    }

    internal static void Normalize(Span<float> row)
    {
        var norm = TensorPrimitives.Norm(row);
        if (norm > 1e-12f)
        {
            TensorPrimitives.Divide(row, norm, row);
        }
        else
        {
            row.Clear();
        }
    }

    private static (float[] Projection, int Dimensions) RandomizedSvd(int[] rowStart, int[] cols, float[] vals, int n, int v, RecommenderOptions options)
    {
        var l = Math.Min(options.Dimensions + options.Oversampling, Math.Min(n, v));
        if (l <= 0)
        {
            return ([], 0);
        }

        // Gaussian test matrix Ω (v x l), Box-Muller from a seeded generator.
        var random = new Random(options.Seed);
        var omega = new float[v * l];
        for (var i = 0; i < omega.Length; i += 2)
        {
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var r = Math.Sqrt(-2.0 * Math.Log(u1));
            omega[i] = (float)(r * Math.Cos(2 * Math.PI * u2));
            if (i + 1 < omega.Length)
            {
                omega[i + 1] = (float)(r * Math.Sin(2 * Math.PI * u2));
            }
        }

        var y = MultiplyA(rowStart, cols, vals, n, omega, l);
        var q = Orthonormalize(y, n, ref l);
        for (var it = 0; it < options.PowerIterations && l > 0; it++)
        {
            var z = MultiplyAt(rowStart, cols, vals, n, v, q, l);
            z = Orthonormalize(z, v, ref l);
            y = MultiplyA(rowStart, cols, vals, n, z, l);
            q = Orthonormalize(y, n, ref l);
        }

        if (l == 0)
        {
            return ([], 0);
        }

        // Bᵀ = Aᵀ Q (v x l); B Bᵀ = (Aᵀ Q)ᵀ (Aᵀ Q), l x l, symmetric.
        var bt = MultiplyAt(rowStart, cols, vals, n, v, q, l);
        var gram = Gram(bt, v, l);
        var evd = gram.Evd(Symmetricity.Symmetric);
        var eigen = evd.EigenValues;
        var vectors = evd.EigenVectors;
        var order = Enumerable.Range(0, l).OrderByDescending(i => eigen[i].Real).ThenBy(i => i).ToArray();
        var top = eigen[order[0]].Real;
        var k = 0;
        while (k < Math.Min(options.Dimensions, l) && eigen[order[k]].Real > Math.Max(top, 1e-30) * 1e-10)
        {
            k++;
        }

        // Right singular vectors V = Bᵀ U_b Σ⁻¹ (v x k).
        var projection = new float[v * k];
        var m = new float[k * l]; // column j of U_b Σ⁻¹ stored as row j
        for (var j = 0; j < k; j++)
        {
            var sigma = Math.Sqrt(eigen[order[j]].Real);
            for (var c = 0; c < l; c++)
            {
                m[(j * l) + c] = (float)(vectors[c, order[j]] / sigma);
            }
        }

        for (var t = 0; t < v; t++)
        {
            var row = bt.AsSpan(t * l, l);
            for (var j = 0; j < k; j++)
            {
                projection[(t * k) + j] = TensorPrimitives.Dot(row, m.AsSpan(j * l, l));
            }
        }

        return (projection, k);
    }

    private static float[] MultiplyA(int[] rowStart, int[] cols, float[] vals, int n, float[] right, int l)
    {
        var result = new float[n * l];
        for (var i = 0; i < n; i++)
        {
            var row = result.AsSpan(i * l, l);
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                TensorPrimitives.MultiplyAdd(right.AsSpan(cols[p] * l, l), vals[p], row, row);
            }
        }

        return result;
    }

    private static float[] MultiplyAt(int[] rowStart, int[] cols, float[] vals, int n, int v, float[] left, int l)
    {
        var result = new float[v * l];
        for (var i = 0; i < n; i++)
        {
            var source = left.AsSpan(i * l, l);
            for (var p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                var target = result.AsSpan(cols[p] * l, l);
                TensorPrimitives.MultiplyAdd(source, vals[p], target, target);
            }
        }

        return result;
    }

    private static Matrix<double> Gram(float[] x, int rows, int l)
    {
        var gram = new double[l, l];
        for (var r = 0; r < rows; r++)
        {
            var row = x.AsSpan(r * l, l);
            for (var a = 0; a < l; a++)
            {
                var xa = (double)row[a];
                if (xa == 0)
                {
                    continue;
                }

                for (var b = a; b < l; b++)
                {
                    gram[a, b] += xa * row[b];
                }
            }
        }

        for (var a = 0; a < l; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gram[a, b] = gram[b, a];
            }
        }

        return Matrix<double>.Build.DenseOfArray(gram);
    }

    /// <summary>Orthonormal basis of the columns of <paramref name="x"/> (rows x l): X W Λ^(-1/2) from the Gram
    /// matrix's eigen-decomposition, dropping directions with negligible energy; applied twice for accuracy.</summary>
    private static float[] Orthonormalize(float[] x, int rows, ref int l)
    {
        for (var pass = 0; pass < 2 && l > 0; pass++)
        {
            var evd = Gram(x, rows, l).Evd(Symmetricity.Symmetric);
            var eigen = evd.EigenValues;
            var order = Enumerable.Range(0, l).OrderByDescending(i => eigen[i].Real).ThenBy(i => i).ToArray();
            var top = Math.Max(eigen[order[0]].Real, 1e-30);
            var keep = 0;
            while (keep < l && eigen[order[keep]].Real > top * 1e-9)
            {
                keep++;
            }

            var m = new float[keep * l];
            for (var j = 0; j < keep; j++)
            {
                var scale = 1.0 / Math.Sqrt(eigen[order[j]].Real);
                for (var c = 0; c < l; c++)
                {
                    m[(j * l) + c] = (float)(evd.EigenVectors[c, order[j]] * scale);
                }
            }

            var result = new float[rows * keep];
            for (var r = 0; r < rows; r++)
            {
                var row = x.AsSpan(r * l, l);
                var target = result.AsSpan(r * keep, keep);
                for (var j = 0; j < keep; j++)
                {
                    target[j] = TensorPrimitives.Dot(row, m.AsSpan(j * l, l));
                }
            }

            x = result;
            l = keep;
        }

        return x;
    }

    private struct TermCounter : ITokenSink
    {
        private readonly Dictionary<string, int> _vocabulary;
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly Dictionary<int, int> _counts;

        public TermCounter(Dictionary<string, int> vocabulary)
        {
            _vocabulary = vocabulary;
            _lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
            _counts = [];
        }

        public readonly void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position)
        {
            if (term.IsEmpty)
            {
                return;
            }

            if (!_lookup.TryGetValue(term, out var id))
            {
                id = _vocabulary.Count;
                _vocabulary.Add(term.ToString(), id);
            }

            _counts[id] = _counts.GetValueOrDefault(id) + 1;
        }

        public readonly void Reset() => _counts.Clear();

        public readonly (int Term, int Count)[] Drain()
        {
            var result = new (int, int)[_counts.Count];
            var i = 0;
            foreach (var (term, count) in _counts)
            {
                result[i++] = (term, count);
            }

            Array.Sort(result, (a, b) => a.Item1.CompareTo(b.Item1));
            return result;
        }
    }
}
