using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis;

/// <summary>
/// Invariants over random text (STYLE.md; Lucene.NET CheckRandomData): no input throws, offsets stay inside the
/// text and never go backwards, no empty terms, and each token's term is the analysis of its own source span.
/// </summary>
public sealed class AnalyzerPropertyTests
{
    // Indonesian-looking words, separators, hyphens, digits, marks, other scripts, control characters and lone
    // surrogates, so the interesting paths (compounds, numbers, folding) are hit often.
    private static readonly Gen<string> Pieces = Gen.OneOf(
        Gen.Elements("pelayanan", "kupu", "e", "KTP", "el", "Si", "surat", "menyurat", "2019", "1.000", "3,5", "Jum'at",
            "kependudukan", "dan", "yang", "Café", "e\u0301", "東京", "𝒜", "ПРИВЕТ", "sekolahnya"),
        Gen.Elements("-", " ", "--", ".", ",", "'", "\u2010", "\n", "\t", "\0", "\u0301", "\ud800", "\udc00", "\u200b", "/"),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()));

    private static readonly Arbitrary<string> Texts =
        Arb.From(Gen.ListOf(Pieces).Select(parts => string.Concat(parts)));

    private static readonly IndonesianAnalyzer[] Analyzers =
    [
        IndonesianAnalyzer.Default,
        new IndonesianAnalyzerBuilder().WithStopwords(false).WithStemming(StemmingMode.None).Build(),
    ];

    [Fact]
    public void Analyze_OffsetsInsideText_NonDecreasing_TermsNonEmpty() =>
        Prop.ForAll(Texts, text =>
        {
            foreach (var analyzer in Analyzers)
            {
                var previousStart = 0;
                var previousPosition = -1;
                foreach (var token in analyzer.Analyze(text))
                {
                    if (token.Start < previousStart || token.Start >= token.End || token.End > text.Length
                        || token.Term.Length == 0 || token.Position <= previousPosition)
                    {
                        return false;
                    }

                    previousStart = token.Start;
                    previousPosition = token.Position;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Analyze_EachTermIsTheAnalysisOfItsSpan() =>
        Prop.ForAll(Texts, text =>
        {
            foreach (var analyzer in Analyzers)
            {
                foreach (var token in analyzer.Analyze(text))
                {
                    var again = analyzer.Analyze(text[token.Start..token.End]);
                    if (again.Count != 1 || again[0].Term != token.Term)
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Analyze_NeverThrows_OnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            _ = IndonesianAnalyzer.Default.Analyze(text ?? "");
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Analyze_OneMegabyteOfMixedText_Completes()
    {
        var random = new Random(20260530);
        var pieces = new[] { "pelayanan ", "e-KTP ", "kupu-kupu ", "\ud800", "\0", "1.000,5 ", "東京", "-", "Café ", "\u0301", "x" };
        var builder = new System.Text.StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        var text = builder.ToString();
        var tokens = IndonesianAnalyzer.Default.Analyze(text);
        Assert.True(tokens.Count > 50_000);
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, text.Length));
    }

    [Fact]
    public void Analyze_OneMegabyteWord_Completes()
    {
        var text = new string('a', 1 << 20) + "-" + new string('b', 10);
        var tokens = IndonesianAnalyzer.Default.Analyze(text);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(text.Length, tokens[1].End);
    }
}
