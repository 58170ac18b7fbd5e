using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis;

public sealed class StopwordSetTests
{
    [Theory]
    [InlineData("yang")]
    [InlineData("dan")]
    [InlineData("di")]
    [InlineData("adalah")]
    public void Default_HoldsFunctionWords(string word)
    {
        Assert.Contains(word, StopwordSet.Default);
        Assert.True(StopwordSet.Default.Contains(word.AsSpan()));
    }

    [Theory]
    [InlineData("tahun")]
    [InlineData("masalah")]
    [InlineData("baru")]
    [InlineData("kecil")]
    [InlineData("pelayanan")]
    public void Default_KeepsContentWords(string word) => Assert.False(StopwordSet.Default.Contains(word));

    [Fact]
    public void Default_IsTheLuceneTalaList() => Assert.InRange(StopwordSet.Default.Count, 340, 360);

    [Fact]
    public void Parse_RejectsTwoWordsOnALine_NamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => StopwordSet.Parse(new StringReader("# c\nyang\ndan atau\n"), "mine.txt"));
        Assert.StartsWith("mine.txt:3: stopword:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LowerCasesAndSkipsBlanks()
    {
        var set = StopwordSet.Create(["Yang", " ", "DAN"]);
        Assert.Equal(2, set.Count);
        Assert.True(set.Contains("yang"));
    }
}
