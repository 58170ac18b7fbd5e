using Inovasi.Recommend.Storage;
using Inovasi.Recommend.Tests.Support;

namespace Inovasi.Recommend.Tests.Storage;

public sealed class RankerStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inovasi-recommend-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void SaveThenLoad_RoundTrips_AndBuildUsesStoredWeights()
    {
        var path = Path.Combine(_folder, "inovasi.db");
        Assert.Null(RankerStore.Load(path));
        var corpus = TestCorpus.Build();
        var fitted = Recommender.Build(corpus);
        RankerStore.Save(path, fitted.Weights);
        RankerStore.Save(path, fitted.Weights);
        var loaded = RankerStore.Load(path);
        Assert.NotNull(loaded);
        Assert.Equal(fitted.Weights.Weights, loaded.Weights);
        Assert.Equal(fitted.Weights.Means, loaded.Means);
        Assert.Equal(Recommender.ModelVersion, loaded.ModelVersion);

        var reused = Recommender.Build(corpus, new RecommenderOptionsBuilder().WithWeights(loaded).Build());
        Assert.Same(loaded, reused.Weights);
        Assert.False(reused.IsColdStart);
    }

    [Fact]
    public void Build_IgnoresWeightsOfAnotherVersion()
    {
        var corpus = TestCorpus.Build();
        var fitted = Recommender.Build(corpus);
        var stale = fitted.Weights with { ModelVersion = "recommend-0" };
        var model = Recommender.Build(corpus, new RecommenderOptionsBuilder().WithWeights(stale).Build());
        Assert.NotSame(stale, model.Weights);
        Assert.Equal(fitted.Weights.Weights, model.Weights.Weights);
    }
}
