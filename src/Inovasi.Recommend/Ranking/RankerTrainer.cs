using Inovasi.Recommend.Features;
using MathNet.Numerics.LinearAlgebra;

namespace Inovasi.Recommend.Ranking;

/// <summary>
/// Fits the replication ranker: L2-regularised logistic regression over standardised features, on recorded
/// replications (positives) and sampled non-replications (negatives), by Newton's method (IRLS).
/// </summary>
/// <remarks>
/// <para>For a record "agency a replicated c in year y" the features are computed as a stood before y: its
/// history is what it ran before y, counts and recency only see records before y, and a's own records are left
/// out of the collaborative signals, so a record never explains itself. Negatives for that record are write-ups
/// started by y that a never ran: half drawn from the whole catalogue, half from a's affairs (harder ones).</para>
/// <para>Deterministic: records and negatives are drawn from a generator seeded by the options' seed, and Newton
/// steps have no randomness. A feature without variance in the training rows (the survey gap: the corpus holds
/// no survey) keeps its cold-start weight.</para>
/// </remarks>
internal static class RankerTrainer
{
    private const int MaxNewtonSteps = 30;

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

        var affairItems = new List<int>[corpus.AffairIds.Count];
        for (var a = 0; a < affairItems.Length; a++)
        {
            affairItems[a] = [];
        }

        for (var i = 0; i < corpus.Count; i++)
        {
            foreach (var a in corpus.ItemAffairs[i])
            {
                affairItems[a].Add(i);
            }
        }

        var d = FeatureSet.Count;
        var rows = new List<double[]>();
        var labels = new List<double>();
        var x = new double[d];
        var loaded = (Agency: -1, Year: int.MinValue);
        var negativeCount = 0;
        foreach (var (agency, item, year) in positives)
        {
            if (loaded != (agency, year))
            {
                context.LoadAgency(agency, year);
                loaded = (agency, year);
            }

            context.Features(item, x);
            rows.Add([.. x]);
            labels.Add(1);
            var affairs = corpus.AgencyAffairs[agency];
            var wanted = options.NegativesPerPositive;
            for (var attempt = 0; wanted > 0 && attempt < options.NegativesPerPositive * 20; attempt++)
            {
                int candidate;
                if (wanted % 2 == 0 && affairs.Length > 0)
                {
                    var pool = affairItems[affairs[random.Next(affairs.Length)]];
                    candidate = pool[random.Next(pool.Count)];
                }
                else
                {
                    candidate = random.Next(corpus.Count);
                }

                if (context.RunsEver(candidate) || !context.IsCandidate(candidate))
                {
                    continue;
                }

                context.Features(candidate, x);
                rows.Add([.. x]);
                labels.Add(0);
                negativeCount++;
                wanted--;
            }
        }

        return Solve(rows, labels, options, positives.Count, negativeCount);
    }

    private static RankerWeights Solve(List<double[]> rows, List<double> labels, RecommenderOptions options, int positives, int negatives)
    {
        var d = FeatureSet.Count;
        var m = rows.Count;
        var means = new double[d];
        var scales = new double[d];
        foreach (var row in rows)
        {
            for (var j = 0; j < d; j++)
            {
                means[j] += row[j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            means[j] /= m;
        }

        foreach (var row in rows)
        {
            for (var j = 0; j < d; j++)
            {
                scales[j] += (row[j] - means[j]) * (row[j] - means[j]);
            }
        }

        var constant = new bool[d];
        for (var j = 0; j < d; j++)
        {
            scales[j] = Math.Sqrt(scales[j] / m);
            if (scales[j] < 1e-9)
            {
                constant[j] = true;
                scales[j] = 1;
                means[j] = 0;
            }
        }

        // Newton on [bias, w]: H = Xᵀ S X + λ I (bias unpenalised), g = Xᵀ (p − y) + λ w.
        var p = d + 1;
        var beta = new double[p];
        var z = new double[p];
        for (var step = 0; step < MaxNewtonSteps; step++)
        {
            var hessian = new double[p, p];
            var gradient = new double[p];
            for (var r = 0; r < m; r++)
            {
                var row = rows[r];
                z[0] = 1;
                for (var j = 0; j < d; j++)
                {
                    z[j + 1] = constant[j] ? 0 : (row[j] - means[j]) / scales[j];
                }

                var logit = 0.0;
                for (var j = 0; j < p; j++)
                {
                    logit += beta[j] * z[j];
                }

                var prob = LinearScorer.Sigmoid(logit);
                var s = Math.Max(prob * (1 - prob), 1e-12);
                var residual = prob - labels[r];
                for (var a = 0; a < p; a++)
                {
                    gradient[a] += residual * z[a];
                    var sa = s * z[a];
                    for (var b = a; b < p; b++)
                    {
                        hessian[a, b] += sa * z[b];
                    }
                }
            }

            for (var a = 0; a < p; a++)
            {
                for (var b = 0; b < a; b++)
                {
                    hessian[a, b] = hessian[b, a];
                }
            }

            for (var j = 1; j < p; j++)
            {
                gradient[j] += options.L2 * beta[j];
                hessian[j, j] += options.L2 + (constant[j - 1] ? 1 : 0);
            }

            hessian[0, 0] += 1e-9;
            var delta = Matrix<double>.Build.DenseOfArray(hessian).Cholesky().Solve(Vector<double>.Build.DenseOfArray(gradient));
            var change = 0.0;
            for (var j = 0; j < p; j++)
            {
                beta[j] -= delta[j];
                change = Math.Max(change, Math.Abs(delta[j]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        var weights = new double[d];
        for (var j = 0; j < d; j++)
        {
            weights[j] = constant[j] ? FeatureSet.ColdStart[j] : beta[j + 1];
        }

        return new RankerWeights(Recommender.ModelVersion, FeatureSet.Names, weights, means, scales, beta[0], positives, negatives, options.Seed);
    }
}
