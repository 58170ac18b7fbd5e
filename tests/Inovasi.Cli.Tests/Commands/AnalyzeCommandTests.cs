using Inovasi.Cli.Commands;

namespace Inovasi.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Run_ShowsPositionOffsetsSourceTokenAndStem()
    {
        var output = new StringWriter();
        AnalyzeCommand.Run("Pelayanan e-KTP", output, keepStopwords: false);
        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(["pos", "offsets", "text", "token", "stem"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["0", "0..9", "Pelayanan", "pelayanan", "layan"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["1", "10..15", "e-KTP", "ektp", "ektp"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Run_KeepStopwords_ShowsThem()
    {
        var output = new StringWriter();
        AnalyzeCommand.Run("dan", output, keepStopwords: true);
        Assert.Contains(" dan", output.ToString(), StringComparison.Ordinal);
    }
}
