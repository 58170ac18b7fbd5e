using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis;

public sealed class AnalyzerSmokeTests
{
    [Fact]
    public void Analyze_ReportsOffsetsIntoOriginalText()
    {
        const string text = "Layanan  Akta";
        var tokens = IndonesianAnalyzer.Default.Analyze(text);
        Assert.Equal(2, tokens.Count);
        Assert.Equal("Akta", text[tokens[1].Start..tokens[1].End]);
    }
}
