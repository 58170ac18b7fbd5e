namespace Inovasi.Recommend.Ranking;

/// <summary>The fitted weights of the replication ranker: one weight per feature over standardised features.</summary>
/// <remarks>
/// The score of a candidate is <c>sigmoid(Bias + Σ Weights[j] × (x[j] − Means[j]) / Scales[j])</c>. Stored with the
/// index by <see cref="Storage.RankerStore"/>; a model only uses weights whose <see cref="ModelVersion"/> and
/// <see cref="FeatureNames"/> match its own.
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
/// <param name="ModelVersion">The <see cref="Recommender.ModelVersion"/> they were fitted for.</param>
/// <param name="FeatureNames">Feature names, in order.</param>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Means">Feature means used for standardising.</param>
/// <param name="Scales">Feature standard deviations used for standardising (never 0).</param>
/// <param name="Bias">The intercept.</param>
/// <param name="TrainingPositives">Replication records used.</param>
/// <param name="TrainingNegatives">Sampled non-replications used.</param>
/// <param name="Seed">The seed used.</param>
public sealed record RankerWeights(
    string ModelVersion,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<double> Weights,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> Scales,
    double Bias,
    int TrainingPositives,
    int TrainingNegatives,
    int Seed);
