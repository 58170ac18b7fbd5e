using System.Globalization;
using Inovasi.Search.Analysis;
using Xunit.Abstractions;

namespace Inovasi.Search.Tests.Analysis.Stemming;

/// <summary>The hand-written gold list (TestData/stemmer-gold.tsv): accuracy must stay at or above 92%.</summary>
public sealed class StemmerGoldTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.92;

    private static readonly (string Word, string Root)[] Gold = TestData.Rows(TestData.Read("stemmer-gold.tsv"))
        .Select(r => (r[0], r[1]))
        .ToArray();

    [Fact]
    public void GoldList_HasAtLeast400DistinctPairs()
    {
        Assert.True(Gold.Length >= 400, $"only {Gold.Length} pairs");
        Assert.Equal(Gold.Length, Gold.Select(g => g.Word).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Stem_GoldAccuracy_IsAtLeast92Percent()
    {
        var misses = Gold.Where(g => IndonesianStemmer.Default.Stem(g.Word) != g.Root).ToList();
        var accuracy = 1.0 - ((double)misses.Count / Gold.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gold accuracy {accuracy:P2} ({Gold.Length - misses.Count}/{Gold.Length}); misses:"));
        foreach (var (word, root) in misses)
        {
            output.WriteLine($"  {word}: expected {root}, got {IndonesianStemmer.Default.Stem(word)}");
        }

        Assert.True(accuracy >= RequiredAccuracy, string.Create(CultureInfo.InvariantCulture, $"gold accuracy {accuracy:P2} < {RequiredAccuracy:P0}"));
    }

    [Fact]
    public void Stem_LexiconImprovesOnTalaAlone()
    {
        var withLexicon = Gold.Count(g => IndonesianStemmer.Default.Stem(g.Word) == g.Root);
        var talaOnly = Gold.Count(g => IndonesianStemmer.TalaOnly.Stem(g.Word) == g.Root);
        output.WriteLine($"Tala alone {talaOnly}/{Gold.Length}, with lexicon {withLexicon}/{Gold.Length}");
        Assert.True(withLexicon > talaOnly + (Gold.Length / 20), $"lexicon {withLexicon} vs Tala {talaOnly}");
    }

    [Theory]
    [InlineData("layan", "pelayanan", "layanan", "melayani", "dilayani")]
    [InlineData("izin", "perizinan", "izin", "mengizinkan", "diizinkan")]
    [InlineData("duduk", "kependudukan", "penduduk", "kedudukan", "duduk")]
    [InlineData("daya", "pemberdayaan", "memberdayakan", "berdaya", "diberdayakan")]
    [InlineData("selenggara", "penyelenggaraan", "menyelenggarakan", "diselenggarakan", "penyelenggara")]
    [InlineData("arsip", "kearsipan", "arsip", "pengarsipan", "diarsipkan")]
    [InlineData("pegawai", "kepegawaian", "pegawai", "pegawainya")]
    [InlineData("tulis", "menulis", "ditulis", "tulisan", "penulis")]
    [InlineData("perintah", "pemerintah", "pemerintahan", "diperintahkan")]
    public void Stem_DomainFamilies_Conflate(string root, params string[] words)
    {
        foreach (var word in words)
        {
            Assert.Equal(root, IndonesianStemmer.Default.Stem(word));
        }
    }

    [Theory]
    [InlineData("kepala")]
    [InlineData("keluarga")]
    [InlineData("berita")]
    [InlineData("aplikasi")]
    [InlineData("sekolah")]
    [InlineData("tahun")]
    [InlineData("masalah")]
    [InlineData("menteri")]
    public void Stem_RootsThatLookAffixed_StayWhole(string word) =>
        Assert.Equal(word, IndonesianStemmer.Default.Stem(word));

    [Theory]
    [InlineData("disdukcapil")]
    [InlineData("dpmptsp")]
    [InlineData("bappeda")]
    public void Stem_Acronyms_StayWhole(string word) => Assert.Equal(word, IndonesianStemmer.Default.Stem(word));

    [Theory]
    [InlineData("bukunya", "buku")]
    [InlineData("bacalah", "baca")]
    [InlineData("kepalanya", "kepala")]
    [InlineData("pelayanannya", "pelayanan")]
    [InlineData("sekolah", "sekolah")]
    [InlineData("pelayanan", "pelayanan")]
    public void Stem_InflectionalMode_RemovesOnlyParticlesAndPossessives(string word, string expected) =>
        Assert.Equal(expected, IndonesianStemmer.Inflectional.Stem(word));

    [Fact]
    public void Stem_NoneMode_ReturnsTheWord() =>
        Assert.Equal("pelayanan", IndonesianStemmer.For(StemmingMode.None).Stem("pelayanan"));

    [Fact]
    public void Stem_SpanOverload_MatchesStringOverload()
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var (word, _) in Gold)
        {
            var length = IndonesianStemmer.Default.Stem(word, buffer);
            Assert.Equal(IndonesianStemmer.Default.Stem(word), buffer[..length].ToString());
        }
    }

    [Fact]
    public void Stem_SpanOverload_RejectsShortDestination()
    {
        var buffer = new char[3];
        Assert.Throws<ArgumentException>(() => IndonesianStemmer.Default.Stem("pelayanan", buffer));
    }

    [Fact]
    public void Stem_LowerCasesItsInput() => Assert.Equal("layan", IndonesianStemmer.Default.Stem("PELAYANAN"));

    [Fact]
    public void Stem_KeepsNonLetterWordsUnchanged()
    {
        Assert.Equal("2019", IndonesianStemmer.Default.Stem("2019"));
        Assert.Equal("covid19", IndonesianStemmer.Default.Stem("covid19"));
        Assert.Equal("пелаяна", IndonesianStemmer.Default.Stem("пелаяна"));
    }
}
