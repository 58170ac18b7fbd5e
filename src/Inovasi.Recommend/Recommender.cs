using System.Collections.Concurrent;
using System.Numerics.Tensors;
using Inovasi.Recommend.Features;
using Inovasi.Recommend.Ranking;
using Inovasi.Recommend.Similarity;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend;

/// <summary>
/// Suggests which proven innovations an agency should replicate, finds similar innovations, likely adopters
/// and near-duplicates of a draft. Built once from the corpus by <see cref="Build"/>, then reused.
/// </summary>
/// <remarks>
/// <para>Signals: text (TF-IDF reduced by truncated SVD, cosine), co-adoption and agency similarity from the
/// replication records, and structured features (affairs, cluster, survey-gap coverage, proof, recency),
/// combined by a logistic ranker fitted on the replication records (or fixed cold-start weights when there are
/// none). See <c>docs/recommend.md</c>.</para>
/// <threadsafety>Immutable after <see cref="Build"/>; every method is safe to call from many threads.</threadsafety>
/// </remarks>
public sealed class Recommender
{
    /// <summary>Identifies the feature set and model; stored weights fitted for another version are not used.</summary>
    public const string ModelVersion = "recommend-1";

    /// <summary>Candidates by embedding that <see cref="NearDuplicates"/> checks with the exact TF-IDF cosine.</summary>
    private const int NearDuplicatePool = 100;


    private readonly Corpus _corpus;
    private readonly TextModel _text;
    private readonly LinearScorer _scorer;
    private readonly RecommenderOptions _options;
    private readonly ConcurrentBag<QueryContext> _contexts = [];

    private readonly double[] _static;

    private Recommender(Corpus corpus, TextModel text, LinearScorer scorer, RecommenderOptions options, int referenceYear)
    {
        _corpus = corpus;
        _text = text;
        _scorer = scorer;
        _options = options;
        ReferenceYear = referenceYear;

        // The agency-independent part of every write-up's logit, for the fast ranking path.
        _static = new double[corpus.Count];
        var context = Rent();
        context.LoadNone(referenceYear + 1);
        var x = new double[FeatureSet.Count];
        var w = scorer.Effective;
        for (var i = 0; i < corpus.Count; i++)
        {
            context.Features(i, x);
            var sum = scorer.Bias;
            foreach (var j in QueryContext.StaticFeatures)
            {
                sum += w[j] * x[j];
            }

            _static[i] = sum;
        }

        _contexts.Add(context);
    }

    /// <summary>The write-ups the model knows, in the order given to <see cref="Build"/>.</summary>
    public IReadOnlyList<Innovation> Innovations => _corpus.Items;

    /// <summary>The ranker weights in use (fitted, loaded, or cold-start).</summary>
    public RankerWeights Weights => _scorer.Source;

    /// <summary>Whether the weights are the fixed cold-start weights (no replication records were used).</summary>
    public bool IsColdStart => !_scorer.IsLearned;

    /// <summary>The year "now" for recency and years in use.</summary>
    public int ReferenceYear { get; }

    /// <summary>Embedding dimensions kept by the SVD.</summary>
    public int Dimensions => _text.Dimensions;

    /// <summary>Replication records (adoptions by another agency) the model knows.</summary>
    public int ReplicationRecords => _corpus.AdoptionCount;

    internal Corpus Corpus => _corpus;

    internal TextModel Text => _text;

    internal LinearScorer Scorer => _scorer;

    /// <summary>Builds the model: text embedding, collaborative structures and, unless weights are given or
    /// there are no replication records, a fitted ranker.</summary>
    /// <param name="innovations">The corpus; ids must be unique.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="RecommenderOptions.Default"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="innovations"/> is null.</exception>
    /// <exception cref="ArgumentException">Two write-ups share an id.</exception>
    public static Recommender Build(IReadOnlyList<Innovation> innovations, RecommenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(innovations);
        options ??= RecommenderOptions.Default;
        var corpus = new Corpus(innovations, options.AgencySurveys);
        var text = TextModel.Build(innovations, options);
        var reference = options.ReferenceYear ?? corpus.MaxYear;
        RankerWeights weights;
        if (options.Weights is { } given && Compatible(given))
        {
            weights = given;
        }
        else if (options.UseLearnedRanker)
        {
            weights = RankerTrainer.Fit(corpus, new QueryContext(corpus, text), options) ?? LinearScorer.ColdStart();
        }
        else
        {
            weights = LinearScorer.ColdStart();
        }

        return new Recommender(corpus, text, new LinearScorer(weights), options, reference);
    }

    /// <summary>Looks an innovation up by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="innovation">The innovation when found.</param>
    /// <returns>Whether it is known.</returns>
    public bool TryGetInnovation(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Innovation? innovation)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_corpus.IdIndex.TryGetValue(id, out var index))
        {
            innovation = _corpus.Items[index];
            return true;
        }

        innovation = null;
        return false;
    }

    /// <summary>Suggests innovations for an agency to replicate, best first, with reasons.</summary>
    /// <param name="profile">The agency.</param>
    /// <param name="top">How many suggestions, 1 to 1000.</param>
    /// <returns>Up to <paramref name="top"/> suggestions sorted by score (descending, ties in corpus order). The agency's own
    /// innovations, those it already replicated (and their origins or copies) never appear; near-duplicates are
    /// grouped under the best of them in <see cref="Suggestion.Duplicates"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is out of range.</exception>
    public IReadOnlyList<Suggestion> Recommend(AgencyProfile profile, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(profile);
        CheckTop(top);
        var context = Rent();
        try
        {
            context.Load(profile, ReferenceYear + 1);
            var ranked = RankCandidates(context, (top * 3) + 10);
            var groups = Group(ranked, top);
            var result = new List<Suggestion>(groups.Count);
            var x = new double[FeatureSet.Count];
            foreach (var (item, logit, duplicates) in groups)
            {
                context.Features(item, x);
                result.Add(new Suggestion(_corpus.Items[item], LinearScorer.Sigmoid(logit), ReasonWriter.ForSuggestion(this, context, item, x))
                {
                    Duplicates = [.. duplicates.Select(d => _corpus.Items[d])],
                });
            }

            return result;
        }
        finally
        {
            _contexts.Add(context);
        }
    }

    /// <summary>Innovations whose text is most like this one's.</summary>
    /// <param name="id">The innovation's id.</param>
    /// <param name="top">How many, 1 to 1000.</param>
    /// <returns>Up to <paramref name="top"/> other innovations by embedding cosine, descending (ties in corpus order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is out of range.</exception>
    /// <exception cref="UnknownInnovationException">No innovation has this id.</exception>
    public IReadOnlyList<SimilarInnovation> Similar(string id, int top = 10)
    {
        var item = IndexOf(id);
        CheckTop(top);
        return Nearest(_text.Embedding(item), item, null, top, double.NegativeInfinity);
    }

    /// <summary>Agencies known to the corpus (owners and replicators) that could replicate an innovation.</summary>
    /// <param name="id">The innovation's id.</param>
    /// <param name="top">How many, 1 to 1000.</param>
    /// <returns>Up to <paramref name="top"/> agencies that do not run it yet, by ranker score (descending).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is out of range.</exception>
    /// <exception cref="UnknownInnovationException">No innovation has this id.</exception>
    public IReadOnlyList<AdopterCandidate> Adopters(string id, int top = 10)
    {
        var item = IndexOf(id);
        CheckTop(top);
        var context = Rent();
        try
        {
            var itemAffairs = _corpus.ItemAffairs[item];
            var restrict = itemAffairs.Length > 0 && !_corpus.Generic[item];
            var x = new double[FeatureSet.Count];
            var scored = new List<(int Agency, double Logit)>();
            for (var a = 0; a < _corpus.AgencyKeys.Count; a++)
            {
                if (restrict && !itemAffairs.Any(f => _corpus.AgencyAffairs[a].Contains(f)))
                {
                    continue;
                }

                context.LoadAgency(a, ReferenceYear + 1);
                if (context.RunsEver(item) || !context.IsCandidate(item))
                {
                    continue;
                }

                context.Features(item, x);
                scored.Add((a, _scorer.Logit(x)));
            }

            var best = scored.OrderByDescending(s => s.Logit).ThenBy(s => _corpus.AgencyKeys[s.Agency], StringComparer.Ordinal).Take(top).ToList();
            var result = new List<AdopterCandidate>(best.Count);
            foreach (var (agency, logit) in best)
            {
                context.LoadAgency(agency, ReferenceYear + 1);
                context.Features(item, x);
                var (name, region) = _corpus.AgencyNames[agency];
                result.Add(new AdopterCandidate(name, region, LinearScorer.Sigmoid(logit), ReasonWriter.ForAdopter(this, context, item, x)));
            }

            return result;
        }
        finally
        {
            _contexts.Add(context);
        }
    }

    /// <summary>For a draft write-up: existing innovations so similar that replicating them may be better.</summary>
    /// <param name="writeup">The draft (its id, if known to the model, is skipped).</param>
    /// <param name="top">How many, 1 to 1000.</param>
    /// <returns>Up to <paramref name="top"/> innovations whose TF-IDF cosine with the draft (the score) is at least
    /// <see cref="RecommenderOptions.DraftThreshold"/>, descending; candidates are the 100 nearest by embedding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writeup"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is out of range.</exception>
    public IReadOnlyList<SimilarInnovation> NearDuplicates(Innovation writeup, int top = 5)
    {
        ArgumentNullException.ThrowIfNull(writeup);
        CheckTop(top);
        var text = TextModel.TextOf(writeup);
        var weights = _text.Weights(text);
        var pool = Nearest(_text.Embed(text), -1, writeup.Id, Math.Max(top, NearDuplicatePool), double.NegativeInfinity);
        var result = new List<SimilarInnovation>();
        foreach (var candidate in pool)
        {
            var cosine = _text.SparseCosine(weights, _corpus.IdIndex[candidate.Innovation.Id]);
            if (cosine >= _options.DraftThreshold)
            {
                result.Add(candidate with { Score = cosine });
            }
        }

        return [.. result.OrderByDescending(r => r.Score).ThenBy(r => r.Innovation.Id, StringComparer.Ordinal).Take(top)];
    }

    /// <summary>Ranks every candidate for a loaded context with the model's scorer (no grouping), using the
    /// precomputed agency-independent part; the context must be loaded at <see cref="ReferenceYear"/> + 1.</summary>
    internal List<(int Item, double Logit)> RankCandidates(QueryContext context, int count)
    {
        var heap = new PriorityQueue<int, (double Score, int Item)>(count + 1, WorstFirst.Instance);
        var w = _scorer.Effective;
        var statics = _static;
        for (var i = 0; i < statics.Length; i++)
        {
            if (!context.IsCandidate(i))
            {
                continue;
            }

            var score = context.Logit(i, w, statics[i]);
            if (heap.Count < count)
            {
                heap.Enqueue(i, (score, i));
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((score, i), worst) > 0)
            {
                heap.EnqueueDequeue(i, (score, i));
            }
        }

        return Drain(heap);
    }

    internal delegate double Scoring(ReadOnlySpan<double> features);

    internal List<(int Item, double Logit)> RankCandidates(QueryContext context, int count, Scoring scoring)
    {
        var heap = new PriorityQueue<int, (double Score, int Item)>(count + 1, WorstFirst.Instance);
        Span<double> x = stackalloc double[FeatureSet.Count];
        for (var i = 0; i < _corpus.Count; i++)
        {
            if (!context.IsCandidate(i))
            {
                continue;
            }

            context.Features(i, x);
            var score = scoring(x);
            if (heap.Count < count)
            {
                heap.Enqueue(i, (score, i));
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((score, i), worst) > 0)
            {
                heap.EnqueueDequeue(i, (score, i));
            }
        }

        return Drain(heap);
    }

    private static List<(int Item, double Logit)> Drain(PriorityQueue<int, (double Score, int Item)> heap)
    {
        var result = new List<(int, double)>(heap.Count);
        while (heap.TryDequeue(out var item, out var priority))
        {
            result.Add((item, priority.Score));
        }

        result.Reverse();
        return result;
    }

    internal QueryContext Rent() => _contexts.TryTake(out var context) ? context : new QueryContext(_corpus, _text);

    internal void Return(QueryContext context) => _contexts.Add(context);

    private static bool Compatible(RankerWeights weights) =>
        string.Equals(weights.ModelVersion, ModelVersion, StringComparison.Ordinal)
        && weights.FeatureNames.SequenceEqual(FeatureSet.Names, StringComparer.Ordinal)
        && weights.Weights.Count == FeatureSet.Count && weights.Means.Count == FeatureSet.Count
        && weights.Scales.Count == FeatureSet.Count && weights.Scales.All(s => s > 0);

    private static void CheckTop(int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 1000);
    }

    private int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _corpus.IdIndex.TryGetValue(id, out var item) ? item : throw new UnknownInnovationException(id);
    }

    private List<(int Item, double Logit, List<int> Duplicates)> Group(List<(int Item, double Logit)> ranked, int top)
    {
        var groups = new List<(int Item, double Logit, List<int> Duplicates)>();
        foreach (var (item, logit) in ranked)
        {
            var grouped = false;
            foreach (var group in groups)
            {
                if (AreNearDuplicates(group.Item, item))
                {
                    group.Duplicates.Add(item);
                    grouped = true;
                    break;
                }
            }

            if (!grouped)
            {
                if (groups.Count == top)
                {
                    break;
                }

                groups.Add((item, logit, []));
            }
        }

        return groups;
    }

    private bool AreNearDuplicates(int a, int b)
    {
        var x = _corpus.Items[a];
        var y = _corpus.Items[b];
        if (string.Equals(x.OriginId, y.Id, StringComparison.Ordinal) || string.Equals(y.OriginId, x.Id, StringComparison.Ordinal)
            || (x.OriginId is not null && string.Equals(x.OriginId, y.OriginId, StringComparison.Ordinal)))
        {
            return true;
        }

        return _text.SparseCosine(a, b) >= _options.NearDuplicateThreshold;
    }

    private List<SimilarInnovation> Nearest(ReadOnlySpan<float> query, int skip, string? skipId, int top, double threshold)
    {
        var heap = new PriorityQueue<int, (double Score, int Item)>(top + 1, WorstFirst.Instance);
        if (_text.Dimensions > 0)
        {
            for (var i = 0; i < _corpus.Count; i++)
            {
                if (i == skip)
                {
                    continue;
                }

                double score = TensorPrimitives.Dot(query, _text.Embedding(i));
                if (score < threshold)
                {
                    continue;
                }

                if (heap.Count < top)
                {
                    heap.Enqueue(i, (score, i));
                }
                else if (heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((score, i), worst) > 0)
                {
                    heap.EnqueueDequeue(i, (score, i));
                }
            }
        }

        var result = new List<SimilarInnovation>(heap.Count);
        while (heap.TryDequeue(out var item, out var priority))
        {
            if (skipId is null || !string.Equals(_corpus.Items[item].Id, skipId, StringComparison.Ordinal))
            {
                result.Add(new SimilarInnovation(_corpus.Items[item], priority.Score));
            }
        }

        result.Reverse();
        return result;
    }

    /// <summary>Orders (score, item) so the worst comes first: lower score, then larger item index.</summary>
    private sealed class WorstFirst : IComparer<(double Score, int Item)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Item) x, (double Score, int Item) y)
        {
            var c = x.Score.CompareTo(y.Score);
            return c != 0 ? c : y.Item.CompareTo(x.Item);
        }
    }
}
