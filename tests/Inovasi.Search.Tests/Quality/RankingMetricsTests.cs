using FsCheck;
using FsCheck.Fluent;

namespace Inovasi.Search.Tests.Quality;

public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> s_grades = new(StringComparer.Ordinal) { ["a"] = 3, ["b"] = 2, ["c"] = 1 };

    [Fact]
    public void NdcgAt_IdealOrder_IsOne() =>
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["a", "b", "c", "x"], s_grades, 10), 12);

    [Fact]
    public void NdcgAt_NothingRelevant_IsZero() =>
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["x", "y"], s_grades, 10));

    [Fact]
    public void NdcgAt_KnownValue()
    {
        // Only "b" (gain 3) at rank 2: DCG = 3 / log2(3); ideal = 7 + 3 / log2(3) + 1 / 2.
        var expected = (3 / Math.Log2(3)) / (7 + (3 / Math.Log2(3)) + 0.5);
        Assert.Equal(expected, RankingMetrics.NdcgAt(["x", "b"], s_grades, 10), 12);
    }

    [Fact]
    public void NdcgAt_CutsOffAtK() =>
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["x", "y", "a"], s_grades, 2));

    [Fact]
    public void ReciprocalRank_CountsOnlyGradeTwoOrMore()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["c", "x", "b"], s_grades), 12);
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["c", "x"], s_grades));
    }

    [Fact]
    public void NdcgAt_AnyRanking_IsBetweenZeroAndOne() =>
        Prop.ForAll(Gen.Shuffle(new[] { "a", "b", "c", "x", "y", "z" }).ToArbitrary(), ranking =>
        {
            var ndcg = RankingMetrics.NdcgAt(ranking, s_grades, 4);
            return ndcg is >= 0 and <= 1 + 1e-12;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Parse_RejectsBadGradeNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() =>
            JudgedQuery.Parse("# comment\nq1\ttopic\tbank sampah\ta:3 b:7\n", "x.tsv"));
        Assert.Contains("x.tsv:2", error.Message, StringComparison.Ordinal);
    }
}
