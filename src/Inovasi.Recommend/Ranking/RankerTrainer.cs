using Inovasi.Recommend.Features;
using MathNet.Numerics.LinearAlgebra;

namespace Inovasi.Recommend.Ranking;

/// <summary>
/// Fits the replication ranker on the replication records: an L2-regularised conditional (multinomial) logit
/// over standardised features, where each recorded replication competes with sampled write-ups the agency did
/// not replicate, solved by Newton's method; then a two-parameter logistic calibration of its score.
/// </summary>
/// <remarks>
/// <para>For a record "agency a replicated c in year y" the features are computed as a stood before y: its
/// history is what it ran before y, counts and recency only see records before y, and a's own records are left
/// out of the collaborative signals, so a record never explains itself.</para>
/// <para>Negatives are write-ups started by y that a never ran. Of <see cref="CandidatePool"/> drawn at random,
/// the <c>NegativesPerPositive</c> that the cold-start weights rank highest are kept (hard negatives, the ones a
/// ranker must beat) plus as many again drawn at random among the rest. The conditional logit then maximises the
/// probability that the replicated write-up is the one chosen in its group (McFadden 1974), which matches the
/// ranking task and cancels agency-level effects (how often an agency replicates at all).</para>
/// <para>Deterministic: records and negatives come from a generator seeded by the options' seed, and Newton steps
/// have no randomness. A feature without variance in the training rows (e.g. the survey gap when no agency's
/// survey is known) keeps its cold-start weight.</para>
/// </remarks>
internal static class RankerTrainer
{
    private const int MaxNewtonSteps = 30;
    private const int CandidatePool = 100;

    public static RankerWeights? Fit(Corpus corpus, QueryContext context, RecommenderOptions options)
    {
        var positives = new List<(int Agency, int Item, int Year)>();
        for (var i = 0; i < corpus.Count; i++)
        {
            foreach (var (agency, year) in corpus.Adoptions[i])
            {
                positives.Add((agency, i, year));
            }
        }

        if (positives.Count == 0)
        {
            return null;
        }

        var random = new Random(options.Seed);
        if (positives.Count > options.MaxTrainingPositives)
        {
            var array = positives.ToArray();
            random.Shuffle(array);
            positives = [.. array.Take(options.MaxTrainingPositives)];
        }

        positives.Sort((a, b) => a.Agency != b.Agency ? a.Agency.CompareTo(b.Agency) : a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Item.CompareTo(b.Item));

        var cold = new LinearScorer(LinearScorer.ColdStart());
        var d = FeatureSet.Count;
        var groups = new List<double[][]>();
        var x = new double[d];
        var loaded = (Agency: -1, Year: int.MinValue);
        var negatives = 0;
        var pool = new List<(double Score, double[] Features)>(CandidatePool);
        foreach (var (agency, item, year) in positives)
        {
            if (loaded != (agency, year))
            {
                context.LoadAgency(agency, year);
                loaded = (agency, year);
            }

            pool.Clear();
            for (var attempt = 0; pool.Count < CandidatePool && attempt < CandidatePool * 4; attempt++)
            {
                var candidate = random.Next(corpus.Count);
                if (context.RunsEver(candidate) || !context.IsCandidate(candidate))
                {
                    continue;
                }

                context.Features(candidate, x);
                pool.Add((cold.Logit(x), [.. x]));
            }

            if (pool.Count == 0)
            {
                continue;
            }

            context.Features(item, x);
            var group = new List<double[]> { x.ToArray() };
            var order = Enumerable.Range(0, pool.Count).OrderByDescending(i => pool[i].Score).ThenBy(i => i).ToArray();
            var hard = Math.Min(options.NegativesPerPositive, order.Length);
            for (var i = 0; i < hard; i++)
            {
                group.Add(pool[order[i]].Features);
            }

            var rest = order.Skip(hard).ToArray();
            random.Shuffle(rest);
            foreach (var i in rest.Take(options.NegativesPerPositive))
            {
                group.Add(pool[i].Features);
            }

            negatives += group.Count - 1;
            groups.Add([.. group]);
        }

        return groups.Count == 0 ? null : Solve(groups, options, groups.Count, negatives);
    }

    private static RankerWeights Solve(List<double[][]> groups, RecommenderOptions options, int positives, int negatives)
    {
        var d = FeatureSet.Count;
        var means = new double[d];
        var scales = new double[d];
        var rows = 0;
        foreach (var group in groups)
        {
            foreach (var row in group)
            {
                rows++;
                for (var j = 0; j < d; j++)
                {
                    means[j] += row[j];
                }
            }
        }

        for (var j = 0; j < d; j++)
        {
            means[j] /= rows;
        }

        foreach (var group in groups)
        {
            foreach (var row in group)
            {
                for (var j = 0; j < d; j++)
                {
                    scales[j] += (row[j] - means[j]) * (row[j] - means[j]);
                }
            }
        }

        var constant = new bool[d];
        for (var j = 0; j < d; j++)
        {
            scales[j] = Math.Sqrt(scales[j] / rows);
            if (scales[j] < 1e-9)
            {
                constant[j] = true;
                scales[j] = 1;
                means[j] = 0;
            }
        }

        // Standardised copies.
        var z = groups.Select(g => g.Select(row => Standardise(row, means, scales, constant)).ToArray()).ToList();
        var beta = new double[d];
        var logits = new double[64];
        for (var step = 0; step < MaxNewtonSteps; step++)
        {
            var hessian = new double[d, d];
            var gradient = new double[d];
            var mean = new double[d];
            foreach (var group in z)
            {
                if (logits.Length < group.Length)
                {
                    logits = new double[group.Length * 2];
                }

                var max = double.NegativeInfinity;
                for (var i = 0; i < group.Length; i++)
                {
                    logits[i] = Dot(beta, group[i]);
                    max = Math.Max(max, logits[i]);
                }

                var total = 0.0;
                for (var i = 0; i < group.Length; i++)
                {
                    logits[i] = Math.Exp(logits[i] - max);
                    total += logits[i];
                }

                Array.Clear(mean);
                for (var i = 0; i < group.Length; i++)
                {
                    var p = logits[i] / total;
                    logits[i] = p;
                    var row = group[i];
                    for (var a = 0; a < d; a++)
                    {
                        mean[a] += p * row[a];
                    }
                }

                // Gradient of the negative log-likelihood: E_p[z] − z_positive. Hessian: Cov_p[z].
                for (var a = 0; a < d; a++)
                {
                    gradient[a] += mean[a] - group[0][a];
                }

                for (var i = 0; i < group.Length; i++)
                {
                    var p = logits[i];
                    var row = group[i];
                    for (var a = 0; a < d; a++)
                    {
                        var pa = p * (row[a] - mean[a]);
                        for (var b = a; b < d; b++)
                        {
                            hessian[a, b] += pa * (row[b] - mean[b]);
                        }
                    }
                }
            }

            for (var a = 0; a < d; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    hessian[a, b] = hessian[b, a];
                }

                gradient[a] += options.L2 * beta[a];
                hessian[a, a] += options.L2 + (constant[a] ? 1 : 0);
            }

            var delta = Matrix<double>.Build.DenseOfArray(hessian).Cholesky().Solve(Vector<double>.Build.DenseOfArray(gradient));
            var change = 0.0;
            for (var j = 0; j < d; j++)
            {
                beta[j] -= delta[j];
                change = Math.Max(change, Math.Abs(delta[j]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        var (scale, bias) = Calibrate(z, beta);
        var weights = new double[d];
        for (var j = 0; j < d; j++)
        {
            weights[j] = constant[j] ? FeatureSet.ColdStart[j] : scale * beta[j];
        }

        return new RankerWeights(Recommender.ModelVersion, FeatureSet.Names, weights, means, scales, bias, positives, negatives, options.Seed);
    }

    /// <summary>Platt scaling: fits <c>P(replicated) = sigmoid(a·s + b)</c> on the groups' scores <c>s</c>, so the
    /// shown score reads as a probability against the sampled alternatives; the ranking does not change (a &gt; 0).</summary>
    private static (double Scale, double Bias) Calibrate(List<double[][]> groups, double[] beta)
    {
        double a = 1, b = 0;
        for (var step = 0; step < MaxNewtonSteps; step++)
        {
            double gA = 0, gB = 0, hAA = 1e-6, hAB = 0, hBB = 1e-6;
            foreach (var group in groups)
            {
                for (var i = 0; i < group.Length; i++)
                {
                    var s = Dot(beta, group[i]);
                    var p = LinearScorer.Sigmoid((a * s) + b);
                    var r = p - (i == 0 ? 1 : 0);
                    var w = Math.Max(p * (1 - p), 1e-12);
                    gA += r * s;
                    gB += r;
                    hAA += w * s * s;
                    hAB += w * s;
                    hBB += w;
                }
            }

            var det = (hAA * hBB) - (hAB * hAB);
            if (Math.Abs(det) < 1e-18)
            {
                break;
            }

            var dA = ((hBB * gA) - (hAB * gB)) / det;
            var dB = ((hAA * gB) - (hAB * gA)) / det;
            a -= dA;
            b -= dB;
            if (Math.Max(Math.Abs(dA), Math.Abs(dB)) < 1e-10)
            {
                break;
            }
        }

        return a > 0 ? (a, b) : (1, b);
    }

    private static double[] Standardise(double[] row, double[] means, double[] scales, bool[] constant)
    {
        var z = new double[row.Length];
        for (var j = 0; j < row.Length; j++)
        {
            z[j] = constant[j] ? 0 : (row[j] - means[j]) / scales[j];
        }

        return z;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }
}
