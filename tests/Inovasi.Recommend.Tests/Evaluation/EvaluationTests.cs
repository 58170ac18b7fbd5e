using Inovasi.Recommend.Evaluation;
using Inovasi.Recommend.Surveys;
using Inovasi.Recommend.Tests.Support;
using Inovasi.Search.Generation;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Tests.Evaluation;

public sealed class EvaluationTests
{
    [Theory]
    [InlineData(1, 1.0, 1.0, 1.0, 1.0)]
    [InlineData(3, 1.0, 1.0, 0.5, 0.3333333333333333)]
    [InlineData(7, 0.0, 1.0, 0.3333333333333333, 0.14285714285714285)]
    [InlineData(11, 0.0, 0.0, 0.0, 0.09090909090909091)]
    [InlineData(0, 0.0, 0.0, 0.0, 0.0)]
    public void Metrics_HandCases(int rank, double hr5, double hr10, double ndcg10, double rr)
    {
        Assert.Equal(hr5, RankingMetrics.HitRate(rank, 5));
        Assert.Equal(hr10, RankingMetrics.HitRate(rank, 10));
        Assert.Equal(ndcg10, RankingMetrics.Ndcg(rank, 10), 12);
        Assert.Equal(rr, RankingMetrics.ReciprocalRank(rank), 12);
    }

    [Fact]
    public void Metrics_RejectBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.HitRate(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RankingMetrics.Ndcg(1, 0));
    }

    [Fact]
    public void Evaluate_GivesEveryMethodAndSplit()
    {
        var rows = RecommendEvaluator.Evaluate(TestCorpus.Build(perTheme: 10), "uji");
        Assert.Equal(RecommendEvaluator.Methods.Count * 2, rows.Count);
        Assert.Equal(["time", "leave-one-out"], rows.Select(r => r.Split).Distinct());
        Assert.All(rows, r =>
        {
            Assert.Equal("uji", r.Corpus);
            Assert.True(r.Cases > 0);
            Assert.InRange(r.Hr5, 0, r.Hr10);
            Assert.InRange(r.Ndcg10, 0, r.Hr10);
            Assert.InRange(r.Mrr, 0, 1);
            Assert.InRange(r.Coverage, 0, 1);
        });
    }

    [Fact]
    public void Evaluate_ShortGeneratedCorpus_LearnedBeatsBaselines()
    {
        // The CI short mode: a small generated corpus with its agencies' surveys.
        var generator = new WriteupGenerator(new GeneratorOptions { Count = 600, Seed = 42 });
        var surveys = generator.Agencies.Select(a => new AgencySurvey(a.Name, a.Region, Survey.FromElementValues(
            Enumerable.Range(0, 9).ToDictionary(e => (ServiceElement)e, e => Math.Round((decimal)Math.Clamp(a.SurveyScores[e], 1, 4), 4)))));
        var options = new RecommenderOptionsBuilder().WithSeed(42).WithAgencySurveys(surveys).Build();
        var rows = RecommendEvaluator.Evaluate(generator.Generate().ToList(), "generated", options);
        foreach (var split in new[] { "time", "leave-one-out" })
        {
            var learned = rows.Single(r => r.Split == split && r.Method == "learned");
            var baselines = rows.Where(r => r.Split == split && r.Method is "most-replicated" or "most-replicated-same-affairs" or "text-only");
            Assert.True(learned.Cases > 50, split);
            Assert.All(baselines, b => Assert.True(learned.Ndcg10 > b.Ndcg10, $"{split}: learned {learned.Ndcg10} vs {b.Method} {b.Ndcg10}"));
        }
    }

    [Fact]
    public void Evaluate_WithoutRecords_ReportsNoCases()
    {
        var rows = RecommendEvaluator.Evaluate(TestCorpus.Build(replications: false), "dingin");
        Assert.All(rows, r => Assert.Equal(0, r.Cases));
    }
}
