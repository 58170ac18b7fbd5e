using Inovasi.Recommend.Ranking;
using Inovasi.Search.Analysis;

namespace Inovasi.Recommend;

/// <summary>
/// How a <see cref="Recommender"/> is built: text model, ranker fitting and grouping. Created by
/// <see cref="RecommenderOptionsBuilder"/>; read-only afterwards.
/// </summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed class RecommenderOptions
{
    internal RecommenderOptions(RecommenderOptionsBuilder b)
    {
        Analyzer = b.AnalyzerValue;
        Dimensions = b.DimensionsValue;
        Oversampling = b.OversamplingValue;
        PowerIterations = b.PowerIterationsValue;
        SublinearTf = b.SublinearTfValue;
        MinDocumentFrequency = b.MinDocumentFrequencyValue;
        MaxDocumentFrequencyRatio = b.MaxDocumentFrequencyRatioValue;
        Seed = b.SeedValue;
        NegativesPerPositive = b.NegativesPerPositiveValue;
        L2 = b.L2Value;
        MaxTrainingPositives = b.MaxTrainingPositivesValue;
        NearDuplicateThreshold = b.NearDuplicateThresholdValue;
        DraftThreshold = b.DraftThresholdValue;
        ReferenceYear = b.ReferenceYearValue;
        Weights = b.WeightsValue;
        UseLearnedRanker = b.UseLearnedRankerValue;
        AgencySurveys = [.. b.AgencySurveysValue];
    }

    /// <summary>The default options.</summary>
    public static RecommenderOptions Default { get; } = new RecommenderOptionsBuilder().Build();

    /// <summary>The analyzer that turns text into terms; <see cref="IndonesianAnalyzer.Default"/> by default.</summary>
    public IndonesianAnalyzer Analyzer { get; }

    /// <summary>Embedding dimensions kept by the truncated SVD (default 64); fewer when the corpus has lower rank.</summary>
    public int Dimensions { get; }

    /// <summary>Extra random directions of the randomized SVD (default 10).</summary>
    public int Oversampling { get; }

    /// <summary>Power iterations of the randomized SVD (default 2).</summary>
    public int PowerIterations { get; }

    /// <summary>Whether term frequency is damped as <c>1 + ln(tf)</c> (default) rather than raw.</summary>
    public bool SublinearTf { get; }

    /// <summary>Terms in fewer write-ups are dropped (default 2).</summary>
    public int MinDocumentFrequency { get; }

    /// <summary>Terms in more than this share of write-ups are dropped as uninformative (default 0.5).</summary>
    public double MaxDocumentFrequencyRatio { get; }

    /// <summary>Seed of every random choice (SVD directions, negative sampling); same seed, same model.</summary>
    public int Seed { get; }

    /// <summary>Sampled non-replications per recorded replication when fitting the ranker (default 6).</summary>
    public int NegativesPerPositive { get; }

    /// <summary>L2 penalty of the logistic ranker (default 1.0).</summary>
    public double L2 { get; }

    /// <summary>At most this many replication records are used to fit the ranker (default 20,000; sampled by seed).</summary>
    public int MaxTrainingPositives { get; }

    /// <summary>TF-IDF cosine from which two suggestions are grouped as near-duplicates (default 0.9); a copy
    /// (<c>asal</c>) is always grouped with its origin.</summary>
    public double NearDuplicateThreshold { get; }

    /// <summary>TF-IDF cosine from which <see cref="Recommender.NearDuplicates"/> reports an existing write-up as
    /// looking like a draft (default 0.5).</summary>
    public double DraftThreshold { get; }

    /// <summary>The year "now" for recency and years in use; <see langword="null"/> for the latest year in the corpus.</summary>
    public int? ReferenceYear { get; }

    /// <summary>Previously fitted ranker weights to use instead of fitting, or <see langword="null"/>; ignored
    /// when their <see cref="RankerWeights.ModelVersion"/> differs from <see cref="Recommender.ModelVersion"/>.</summary>
    public RankerWeights? Weights { get; }

    /// <summary>Whether to fit a ranker on the replication records (default); when false, or when there are
    /// none, fixed cold-start weights are used.</summary>
    public bool UseLearnedRanker { get; }

    /// <summary>Known satisfaction surveys of agencies in the corpus (empty by default). They let the ranker learn
    /// how much survey gaps matter from the replication records, and stand in for a profile's missing survey.</summary>
    public IReadOnlyList<AgencySurvey> AgencySurveys { get; }
}

/// <summary>The satisfaction survey of one agency known to the corpus.</summary>
/// <param name="Agency">The agency's name (<c>opd</c>).</param>
/// <param name="Region">Its regional government (<c>pemda</c>).</param>
/// <param name="Survey">Its survey result.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record AgencySurvey(string Agency, string Region, Surveys.SurveyResult Survey);

/// <summary>Builds <see cref="RecommenderOptions"/> with fluent <c>With...</c> methods.</summary>
/// <remarks><threadsafety>Not thread-safe; build once and share the options.</threadsafety></remarks>
public sealed class RecommenderOptionsBuilder
{
    internal IndonesianAnalyzer AnalyzerValue { get; private set; } = IndonesianAnalyzer.Default;
    internal int DimensionsValue { get; private set; } = 64;
    internal int OversamplingValue { get; private set; } = 10;
    internal int PowerIterationsValue { get; private set; } = 2;
    internal bool SublinearTfValue { get; private set; } = true;
    internal int MinDocumentFrequencyValue { get; private set; } = 2;
    internal double MaxDocumentFrequencyRatioValue { get; private set; } = 0.5;
    internal int SeedValue { get; private set; } = 42;
    internal int NegativesPerPositiveValue { get; private set; } = 6;
    internal double L2Value { get; private set; } = 1.0;
    internal int MaxTrainingPositivesValue { get; private set; } = 20_000;
    internal double NearDuplicateThresholdValue { get; private set; } = 0.9;
    internal double DraftThresholdValue { get; private set; } = 0.5;
    internal int? ReferenceYearValue { get; private set; }
    internal RankerWeights? WeightsValue { get; private set; }
    internal bool UseLearnedRankerValue { get; private set; } = true;
    internal List<AgencySurvey> AgencySurveysValue { get; } = [];

    /// <summary>Sets the analyzer.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analyzer"/> is null.</exception>
    public RecommenderOptionsBuilder WithAnalyzer(IndonesianAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        AnalyzerValue = analyzer;
        return this;
    }

    /// <summary>Sets the SVD's dimensions, oversampling and power iterations.</summary>
    /// <param name="dimensions">Dimensions, 1 to 1024.</param>
    /// <param name="oversampling">Extra directions, 0 to 100.</param>
    /// <param name="powerIterations">Power iterations, 0 to 10.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RecommenderOptionsBuilder WithSvd(int dimensions, int oversampling = 10, int powerIterations = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, 1024);
        ArgumentOutOfRangeException.ThrowIfNegative(oversampling);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oversampling, 100);
        ArgumentOutOfRangeException.ThrowIfNegative(powerIterations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(powerIterations, 10);
        DimensionsValue = dimensions;
        OversamplingValue = oversampling;
        PowerIterationsValue = powerIterations;
        return this;
    }

    /// <summary>Sets the TF-IDF weighting.</summary>
    /// <param name="sublinearTf">Damp term frequency as <c>1 + ln(tf)</c>.</param>
    /// <param name="minDocumentFrequency">Drop terms in fewer write-ups (at least 1).</param>
    /// <param name="maxDocumentFrequencyRatio">Drop terms in more than this share of write-ups (0 exclusive to 1).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RecommenderOptionsBuilder WithWeighting(bool sublinearTf = true, int minDocumentFrequency = 2, double maxDocumentFrequencyRatio = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocumentFrequency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxDocumentFrequencyRatio, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDocumentFrequencyRatio, 1);
        SublinearTfValue = sublinearTf;
        MinDocumentFrequencyValue = minDocumentFrequency;
        MaxDocumentFrequencyRatioValue = maxDocumentFrequencyRatio;
        return this;
    }

    /// <summary>Sets the seed of every random choice.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    public RecommenderOptionsBuilder WithSeed(int seed)
    {
        SeedValue = seed;
        return this;
    }

    /// <summary>Sets how the ranker is fitted.</summary>
    /// <param name="negativesPerPositive">Sampled non-replications per replication, 1 to 100.</param>
    /// <param name="l2">L2 penalty, 0 or more.</param>
    /// <param name="maxTrainingPositives">Cap on replication records used, at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RecommenderOptionsBuilder WithRanker(int negativesPerPositive = 6, double l2 = 1.0, int maxTrainingPositives = 20_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(negativesPerPositive, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(negativesPerPositive, 100);
        ArgumentOutOfRangeException.ThrowIfNegative(l2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTrainingPositives, 1);
        NegativesPerPositiveValue = negativesPerPositive;
        L2Value = l2;
        MaxTrainingPositivesValue = maxTrainingPositives;
        return this;
    }

    /// <summary>Uses fixed cold-start weights instead of fitting a ranker (for comparison and tests).</summary>
    /// <returns>This builder.</returns>
    public RecommenderOptionsBuilder WithoutLearnedRanker()
    {
        UseLearnedRankerValue = false;
        return this;
    }

    /// <summary>Uses weights fitted earlier (e.g. loaded by <see cref="Storage.RankerStore"/>) instead of fitting.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public RecommenderOptionsBuilder WithWeights(RankerWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        WeightsValue = weights;
        return this;
    }

    /// <summary>Sets the TF-IDF cosines from which write-ups are near-duplicates.</summary>
    /// <param name="grouping">For grouping suggestions: 0 exclusive to 1 inclusive.</param>
    /// <param name="draft">For <see cref="Recommender.NearDuplicates"/>: 0 exclusive to 1 inclusive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public RecommenderOptionsBuilder WithNearDuplicateThreshold(double grouping, double draft = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(grouping, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(grouping, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(draft, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft, 1);
        NearDuplicateThresholdValue = grouping;
        DraftThresholdValue = draft;
        return this;
    }

    /// <summary>Sets the year "now" (default: the latest year in the corpus).</summary>
    /// <param name="year">1990 to 2100.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public RecommenderOptionsBuilder WithReferenceYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2100);
        ReferenceYearValue = year;
        return this;
    }

    /// <summary>Adds known surveys of agencies in the corpus (a later survey of the same agency replaces an earlier one).</summary>
    /// <param name="surveys">The surveys.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surveys"/> or an element is null.</exception>
    public RecommenderOptionsBuilder WithAgencySurveys(IEnumerable<AgencySurvey> surveys)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        foreach (var survey in surveys)
        {
            ArgumentNullException.ThrowIfNull(survey);
            AgencySurveysValue.Add(survey);
        }

        return this;
    }

    /// <summary>Freezes the options.</summary>
    /// <returns>The options.</returns>
    public RecommenderOptions Build() => new(this);
}
