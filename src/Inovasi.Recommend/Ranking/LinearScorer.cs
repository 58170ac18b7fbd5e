using Inovasi.Recommend.Features;

namespace Inovasi.Recommend.Ranking;

/// <summary>Scores a feature vector with <see cref="RankerWeights"/>, folded into one weight per raw feature.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
internal sealed class LinearScorer
{
    private readonly double[] _weights;
    private readonly double _bias;

    public LinearScorer(RankerWeights weights)
    {
        Source = weights;
        _weights = new double[weights.Weights.Count];
        _bias = weights.Bias;
        for (var j = 0; j < _weights.Length; j++)
        {
            _weights[j] = weights.Weights[j] / weights.Scales[j];
            _bias -= weights.Weights[j] * weights.Means[j] / weights.Scales[j];
        }
    }

    public RankerWeights Source { get; }

    /// <summary>Weights on raw features (standardisation folded in).</summary>
    public double[] Effective => _weights;

    /// <summary>The intercept on raw features.</summary>
    public double Bias => _bias;

    public bool IsLearned => Source.TrainingPositives > 0;

    /// <summary>The logit.</summary>
    public double Logit(ReadOnlySpan<double> x)
    {
        var sum = _bias;
        for (var j = 0; j < _weights.Length; j++)
        {
            sum += _weights[j] * x[j];
        }

        return sum;
    }

    /// <summary>Contribution of feature <paramref name="j"/> to the logit.</summary>
    public double Contribution(int j, double value) => _weights[j] * value;

    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));

    /// <summary>The hand-set cold-start weights (no records to learn from).</summary>
    public static RankerWeights ColdStart() => new(
        Recommender.ModelVersion,
        FeatureSet.Names,
        FeatureSet.ColdStart,
        new double[FeatureSet.Count],
        Enumerable.Repeat(1.0, FeatureSet.Count).ToArray(),
        -3.0,
        0,
        0,
        0);
}
