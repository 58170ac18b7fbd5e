using Inovasi.Recommend.Features;
using Inovasi.Recommend.Ranking;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Evaluation;

/// <summary>
/// Evaluates the learned ranker against baselines on held-out replication records: a time split and
/// leave-one-out, with HR@5, HR@10, nDCG@10, MRR and catalogue coverage.
/// </summary>
/// <remarks>
/// <para><b>Time split.</b> The split year T is the 80th percentile of replication years (the latest year
/// before it when every record would fall on one side). The model is built from write-ups started by T with only
/// the replications recorded by T; each later replication of such a write-up by another agency is a test case.</para>
/// <para><b>Leave-one-out.</b> Every agency that replicated something loses its latest replication (ties: the
/// last write-up in corpus order); the model is built without those records (a held-out copy written up with
/// <c>asal</c> is removed) and must rank them back.</para>
/// <para>A test agency is described only by what the training corpus knows (its name, region, history), its
/// affairs (those of the write-ups it owns) and its survey when <see cref="RecommenderOptions.AgencySurveys"/> has
/// it; no problem statement. The held-out item's rank is
/// counted among all candidates the agency does not already run, leaving out its other held-out items. Every
/// method ranks the same candidates with the same features: <c>most-replicated</c> by replications so far,
/// <c>most-replicated-same-affairs</c> by affairs match then replications, <c>text-only</c> by embedding cosine
/// with what the agency runs, <c>cold-start</c> by the fixed weights, <c>learned</c> by the fitted ranker.</para>
/// <para>Deterministic for the options' seed.</para>
/// </remarks>
public static class RecommendEvaluator
{
    /// <summary>The methods, in table order.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["learned", "cold-start", "most-replicated", "most-replicated-same-affairs", "text-only"];

    /// <summary>Runs both splits on one corpus.</summary>
    /// <param name="innovations">The corpus.</param>
    /// <param name="corpusName">Its name in the rows.</param>
    /// <param name="options">Model options, or <see langword="null"/> for the defaults.</param>
    /// <returns>One row per method and split (time first).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="innovations"/> or <paramref name="corpusName"/> is null.</exception>
    public static IReadOnlyList<EvaluationRow> Evaluate(IReadOnlyList<Innovation> innovations, string corpusName, RecommenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(innovations);
        ArgumentNullException.ThrowIfNull(corpusName);
        options ??= RecommenderOptions.Default;
        var full = new Corpus(innovations, options.AgencySurveys);
        var rows = new List<EvaluationRow>();
        rows.AddRange(Run("time", corpusName, full, TimeSplit(full), options));
        rows.AddRange(Run("leave-one-out", corpusName, full, LeaveOneOut(full), options));
        return rows;
    }

    private sealed record Split(List<Innovation> Training, List<(int Agency, string Item)> Tests);

    private static Split? TimeSplit(Corpus full)
    {
        var events = new List<(int Agency, int Item, int Year)>();
        for (var i = 0; i < full.Count; i++)
        {
            foreach (var (agency, year) in full.Adoptions[i])
            {
                events.Add((agency, i, year));
            }
        }

        if (events.Count == 0)
        {
            return null;
        }

        var years = events.Select(e => e.Year).Order().ToList();
        var split = years[(int)Math.Floor(0.8 * (years.Count - 1))];
        if (split == years[^1])
        {
            var earlier = years.Where(y => y < split).ToList();
            if (earlier.Count == 0)
            {
                return null;
            }

            split = earlier[^1];
        }

        var training = new List<Innovation>();
        for (var i = 0; i < full.Count; i++)
        {
            var item = full.Items[i];
            if (item.Year <= split)
            {
                training.Add(item.Replications.All(r => r.Year <= split) ? item : item with { Replications = [.. item.Replications.Where(r => r.Year <= split)] });
            }
        }

        var tests = events
            .Where(e => e.Year > split && full.Items[e.Item].Year <= split)
            .Select(e => (e.Agency, full.Items[e.Item].Id))
            .Distinct()
            .ToList();
        return new Split(training, tests);
    }

    private static Split? LeaveOneOut(Corpus full)
    {
        var latest = new Dictionary<int, (int Item, int Year)>();
        for (var i = 0; i < full.Count; i++)
        {
            foreach (var (agency, year) in full.Adoptions[i])
            {
                if (!latest.TryGetValue(agency, out var current) || year > current.Year || (year == current.Year && i > current.Item))
                {
                    latest[agency] = (i, year);
                }
            }
        }

        if (latest.Count == 0)
        {
            return null;
        }

        var heldOut = latest.Select(p => (Agency: p.Key, p.Value.Item)).ToHashSet();
        var training = new List<Innovation>();
        for (var i = 0; i < full.Count; i++)
        {
            var item = full.Items[i];

            // A held-out adoption recorded as a copy (asal) disappears with the copy.
            if (item.OriginId is not null && full.IdIndex.TryGetValue(item.OriginId, out var origin) && heldOut.Contains((full.Owner[i], origin)))
            {
                continue;
            }

            var kept = item.Replications.Where(r => !heldOut.Contains((full.FindAgency(r.Agency, r.Region), i))).ToList();
            training.Add(kept.Count == item.Replications.Count ? item : item with { Replications = kept });
        }

        var tests = heldOut.OrderBy(h => h.Agency).Select(h => (h.Agency, full.Items[h.Item].Id)).ToList();
        return new Split(training, tests);
    }

    private static IEnumerable<EvaluationRow> Run(string splitName, string corpusName, Corpus full, Split? split, RecommenderOptions options)
    {
        if (split is null || split.Tests.Count == 0)
        {
            return Methods.Select(m => new EvaluationRow(m, splitName, corpusName, 0, 0, 0, 0, 0, 0));
        }

        var model = Recommender.Build(split.Training, options);
        var cold = new LinearScorer(LinearScorer.ColdStart());
        var learned = model.Scorer;
        var scorers = new Recommender.Scoring[]
        {
            x => learned.Logit(x),
            x => cold.Logit(x),
            x => x[FeatureSet.Replications],
            x => (x[FeatureSet.Affairs] * 100) + x[FeatureSet.Replications],
            x => x[FeatureSet.Text],
        };

        var byAgency = split.Tests.GroupBy(t => t.Agency).OrderBy(g => g.Key).ToList();
        var sums = new double[scorers.Length, 4];
        var covered = new HashSet<int>[scorers.Length];
        for (var m = 0; m < scorers.Length; m++)
        {
            covered[m] = [];
        }

        var cases = 0;
        var context = model.Rent();
        var n = model.Corpus.Count;
        var scores = new double[n];
        var x = new double[FeatureSet.Count];
        try
        {
            foreach (var group in byAgency)
            {
                var (agencyName, region) = full.AgencyNames[group.Key];
                var affairs = full.AgencyAffairs[group.Key]
                    .Select(a => full.AffairIds.First(p => p.Value == a).Key)
                    .ToList();
                context.Load(new AgencyProfile { Agency = agencyName, Region = region, Affairs = affairs, Survey = full.AgencySurveys[group.Key] }, model.ReferenceYear + 1);
                var targets = group
                    .Select(t => model.Corpus.IdIndex.TryGetValue(t.Item, out var index) ? index : -1)
                    .Where(t => t >= 0 && context.IsCandidate(t))
                    .ToList();
                if (targets.Count == 0)
                {
                    continue;
                }

                cases += targets.Count;
                var targetSet = targets.ToHashSet();
                var candidates = new List<int>();
                var features = new double[n][];
                for (var i = 0; i < n; i++)
                {
                    if (context.IsCandidate(i))
                    {
                        context.Features(i, x);
                        features[i] = [.. x];
                        candidates.Add(i);
                    }
                }

                for (var m = 0; m < scorers.Length; m++)
                {
                    foreach (var i in candidates)
                    {
                        scores[i] = scorers[m](features[i]);
                    }

                    // Top 10 without the held-out items, for coverage (ties: corpus order).
                    foreach (var i in candidates.Where(c => !targetSet.Contains(c)).OrderByDescending(c => scores[c]).ThenBy(c => c).Take(10))
                    {
                        covered[m].Add(i);
                    }

                    foreach (var t in targets)
                    {
                        var rank = 1;
                        foreach (var i in candidates)
                        {
                            if (!targetSet.Contains(i) && (scores[i] > scores[t] || (scores[i] == scores[t] && i < t)))
                            {
                                rank++;
                            }
                        }

                        sums[m, 0] += RankingMetrics.HitRate(rank, 5);
                        sums[m, 1] += RankingMetrics.HitRate(rank, 10);
                        sums[m, 2] += RankingMetrics.Ndcg(rank, 10);
                        sums[m, 3] += RankingMetrics.ReciprocalRank(rank);
                    }
                }
            }
        }
        finally
        {
            model.Return(context);
        }

        var catalogue = Math.Max(1, n);
        return Methods.Select((method, m) => cases == 0
            ? new EvaluationRow(method, splitName, corpusName, 0, 0, 0, 0, 0, 0)
            : new EvaluationRow(method, splitName, corpusName, cases,
                sums[m, 0] / cases, sums[m, 1] / cases, sums[m, 2] / cases, sums[m, 3] / cases, (double)covered[m].Count / catalogue));
    }
}
