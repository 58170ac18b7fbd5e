using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis;

/// <summary>Tokenization, folding, compounds, stopwords and stemming, asserted as readable dumps.</summary>
public sealed class IndonesianAnalyzerTests
{
    private static string Dump(string text, IndonesianAnalyzer? analyzer = null) =>
        string.Join(" | ", (analyzer ?? IndonesianAnalyzer.Default).Analyze(text)
            .Select(t => $"{t.Position}:{t.Term}@{t.Start}-{t.End}"));

    [Fact]
    public void Analyze_StemsAndDropsStopwords_KeepingPositions() =>
        Assert.Equal("0:layan@0-9 | 2:duduk@14-26 | 4:izin@33-42",
            Dump("Pelayanan dan kependudukan serta perizinan"));

    [Fact]
    public void Analyze_FoldsDiacriticsAndCase() =>
        Assert.Equal("0:cafe@0-4 | 1:resume@5-11 | 2:ubersicht@12-21", Dump("Café RÉSUMÉ Übersicht"));

    [Fact]
    public void Analyze_FoldsDecomposedDiacritics() =>
        Assert.Equal("0:cafe@0-5", Dump("Cafe\u0301"));

    [Theory]
    [InlineData("e-KTP", "0:ektp@0-5")]
    [InlineData("KTP-el", "0:ktpel@0-6")]
    [InlineData("Si-Surat", "0:sisurat@0-8")]
    [InlineData("E-Monev", "0:emonev@0-7")]
    [InlineData("kupu-kupu", "0:kupu@0-9")]
    [InlineData("Undang-Undang", "0:undang@0-13")]
    [InlineData("berlari-lari", "0:lari@0-12")]
    [InlineData("rumah-rumahnya", "0:rumah@0-14")]
    [InlineData("surat-menyurat", "0:surat@0-5 | 1:surat@6-14")]
    [InlineData("2019-2020", "0:2019@0-4 | 1:2020@5-9")]
    [InlineData("ektp", "0:ektp@0-4")]
    public void Analyze_HyphenatedForms(string text, string expected) => Assert.Equal(expected, Dump(text));

    [Fact]
    public void Analyze_KeepsNumbersWhole() =>
        Assert.Equal("0:rp@0-2 | 1:1.250.000@3-12 | 2:3,5@13-16 | 3:persen@17-23", Dump("Rp 1.250.000 3,5 persen."));

    [Fact]
    public void Analyze_JoinsApostrophes() => Assert.Equal("0:jumat@0-6 | 1:berkah@7-13", Dump("Jum'at Berkah"));

    [Fact]
    public void Analyze_KeepsAcronymsAndOtherScripts() =>
        Assert.Equal("0:disdukcapil@0-11 | 1:dpmptsp@12-19 | 2:東京@20-22 | 3:𝒜bc@23-27",
            Dump("Disdukcapil DPMPTSP 東京 𝒜bc"));

    [Fact]
    public void Analyze_TreatsLoneSurrogatesAsSeparators() =>
        Assert.Equal("0:abc@0-3 | 1:def@4-7", Dump("abc\ud800def"));

    [Fact]
    public void Analyze_WithoutStemming_OnlyFolds()
    {
        var analyzer = new IndonesianAnalyzerBuilder().WithStemming(StemmingMode.None).WithStopwords(false).Build();
        Assert.Equal("0:pelayanan@0-9 | 1:dan@10-13 | 2:perizinan@14-23", Dump("Pelayanan dan perizinan", analyzer));
    }

    [Fact]
    public void Analyze_InflectionalStemming_KeepsDerivation()
    {
        var analyzer = new IndonesianAnalyzerBuilder().WithStemming(StemmingMode.Inflectional).Build();
        Assert.Equal("0:pelayanan@0-12", Dump("pelayanannya", analyzer));
    }

    [Fact]
    public void Analyze_CustomStopwords()
    {
        var analyzer = new IndonesianAnalyzerBuilder().WithStopwords(StopwordSet.Create(["inovasi"])).Build();
        Assert.Equal("1:dan@8-11 | 2:layan@12-21", Dump("Inovasi dan pelayanan", analyzer));
    }

    [Fact]
    public void Analyze_CutsVeryLongTerms()
    {
        var text = new string('a', 500);
        var token = Assert.Single(IndonesianAnalyzer.Default.Analyze(text));
        Assert.Equal(IndonesianAnalyzer.MaxTermLength, token.Term.Length);
        Assert.Equal((0, 500), (token.Start, token.End));
    }

    [Fact]
    public void Analyze_ValueSinkSeesTheSameTokens()
    {
        const string text = "Aplikasi Si-Surat melayani surat masuk dan keluar di setiap OPD.";
        var sink = new CountingSink();
        IndonesianAnalyzer.Default.Analyze(text.AsSpan(), ref sink);
        var tokens = IndonesianAnalyzer.Default.Analyze(text);
        Assert.Equal(tokens.Count, sink.Count);
        Assert.Equal(tokens.Sum(t => t.Term.Length), sink.Characters);
    }

    [Fact]
    public void Builder_RejectsUnknownStemmingMode() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndonesianAnalyzerBuilder().WithStemming((StemmingMode)42));

    [Fact]
    public void Version_IsOneZero() => Assert.Equal("1.0", IndonesianAnalyzer.Version);

    private struct CountingSink : ITokenSink
    {
        public int Count;
        public int Characters;

        public void OnToken(scoped ReadOnlySpan<char> term, int start, int end, int position)
        {
            Count++;
            Characters += term.Length;
        }
    }
}
