using Inovasi.Search.Generation;
using Inovasi.Search.Tests.Writeups;

namespace Inovasi.Search.Tests.Generation;

/// <summary>
/// Approval test of the public generator API (the recommend, search and web parts code against it). A change must
/// be deliberate: update <c>GeneratorApi.approved.txt</c> with it.
/// </summary>
public sealed class GeneratorApiTests
{
    [Fact]
    public void PublicSurface_MatchesApprovedList()
    {
        var actual = WriteupApiTests.Describe(typeof(WriteupGenerator).Assembly, typeof(WriteupGenerator).Namespace!);
        var approvedPath = Path.Combine(RepoPaths.Root, "tests", "Inovasi.Search.Tests", "Generation", "GeneratorApi.approved.txt");
        var approved = File.ReadAllLines(approvedPath).Where(l => l.Length > 0).ToArray();
        Assert.True(approved.SequenceEqual(actual), "Public API changed. Current surface:\n" + string.Join('\n', actual));
    }
}
