using Inovasi.Search.Analysis;
using Inovasi.Search.Tests.Writeups;

namespace Inovasi.Search.Tests.Analysis;

/// <summary>
/// Approval test of the public analysis API: the index, the recommender and the CLI code against these names;
/// a change must be deliberate: update <c>AnalysisApi.approved.txt</c> with it.
/// </summary>
public sealed class AnalysisApiTests
{
    [Fact]
    public void PublicSurface_MatchesApprovedList()
    {
        var actual = WriteupApiTests.Describe(typeof(IndonesianAnalyzer).Assembly, typeof(IndonesianAnalyzer).Namespace!);
        var approvedPath = Path.Combine(RepoPaths.Root, "tests", "Inovasi.Search.Tests", "Analysis", "AnalysisApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllLines(approvedPath).Where(l => l.Length > 0).ToArray() : [];
        Assert.True(approved.SequenceEqual(actual), "Public API changed. Current surface:\n" + string.Join('\n', actual));
    }
}
