using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis;

/// <summary>The examples in docs/analysis.md are asserted, so the page cannot drift from the code (STYLE.md).</summary>
public sealed class DocsExamplesTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "analysis.md"));
        var inside = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inside = line == "```analysis-examples";
                continue;
            }

            if (inside)
            {
                var parts = line.Split(" => ");
                data.Add(parts[0], parts[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void DocsExample_Holds(string text, string terms) =>
        Assert.Equal(terms, string.Join(' ', IndonesianAnalyzer.Default.Analyze(text).Select(t => t.Term)));

    [Fact]
    public void DocsExamples_Exist() => Assert.True(Examples().Count >= 5);

    [Fact]
    public void DocsSnippet_Holds()
    {
        var tokens = IndonesianAnalyzer.Default.Analyze("Pelayanan e-KTP di Disdukcapil");
        Assert.Equal("layan@0-9 ektp@10-15 disdukcapil@19-30", string.Join(' ', tokens.Select(t => $"{t.Term}@{t.Start}-{t.End}")));
        Assert.Equal([0, 1, 3], tokens.Select(t => t.Position));
        Assert.Equal("selenggara", IndonesianStemmer.Default.Stem("penyelenggaraan"));
        Assert.True(StopwordSet.Default.Contains("yang"));
        Assert.Contains("pelayanan terpadu satu pintu", SynonymMap.Default.Alternatives("ptsp"));
    }
}
