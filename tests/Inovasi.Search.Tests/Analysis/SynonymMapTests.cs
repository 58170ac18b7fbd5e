using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis;

public sealed class SynonymMapTests
{
    [Theory]
    [InlineData("disdukcapil", "dinas kependudukan dan catatan sipil")]
    [InlineData("PTSP", "pelayanan terpadu satu pintu")]
    [InlineData("daring", "online")]
    [InlineData("ktp-el", "e-ktp")]
    [InlineData("umkm", "usaha mikro kecil dan menengah")]
    [InlineData("skm", "survei kepuasan masyarakat")]
    [InlineData("akta", "akte")]
    [InlineData("perijinan", "perizinan")]
    [InlineData("apbd", "anggaran pendapatan dan belanja daerah")]
    [InlineData("npwp", "nomor pokok wajib pajak")]
    public void Default_KnowsHandAndMinedGroups(string phrase, string alternative) =>
        Assert.Contains(alternative, SynonymMap.Default.Alternatives(phrase));

    [Fact]
    public void Default_KeepsRealAmbiguityAsSeparateGroups()
    {
        var kk = SynonymMap.Default.Alternatives("kk");
        Assert.Contains("kartu keluarga", kk);
        Assert.Contains("kontrak karya", kk);
        Assert.DoesNotContain("kontrak karya", SynonymMap.Default.Alternatives("kartu keluarga"));
    }

    [Fact]
    public void Default_MaxPhraseWords_CoversLongestExpansion() =>
        Assert.InRange(SynonymMap.Default.MaxPhraseWords, 6, 10);

    [Fact]
    public void Alternatives_NormalisesWhitespaceAndCase() =>
        Assert.Contains("ptsp", SynonymMap.Default.Alternatives("  Pelayanan   Terpadu\tSatu Pintu "));

    [Fact]
    public void Parse_RejectsSinglePhraseLine_NamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => SynonymMap.Parse(new StringReader("a | b\nsendiri\n"), "mine.txt"));
        Assert.StartsWith("mine.txt:2:", error.Message, StringComparison.Ordinal);
    }
}
