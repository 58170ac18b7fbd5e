using Inovasi.Cli.Commands;
using Inovasi.Search.Analysis;

namespace Inovasi.Cli.Tests.Commands;

public sealed class StemCommandTests
{
    [Fact]
    public void Run_PrintsWordTabStem_ForEachLine_SkippingBlanks()
    {
        var output = new StringWriter();
        var code = StemCommand.Run(new StringReader("pelayanan\n\n  Menulis \nkepala\n"), output, IndonesianStemmer.Default);
        Assert.Equal(0, code);
        Assert.Equal("pelayanan\tlayan\nMenulis\ttulis\nkepala\tkepala\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Run_InflectionalMode_KeepsDerivation()
    {
        var output = new StringWriter();
        StemCommand.Run(new StringReader("pelayanannya\n"), output, IndonesianStemmer.Inflectional);
        Assert.Equal("pelayanannya\tpelayanan\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
