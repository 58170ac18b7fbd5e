using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Analysis;

namespace Inovasi.Search.Tests.Analysis.Stemming;

/// <summary>Invariants of the stemmer over random lower-case words (STYLE.md: a stem is never longer than its word).</summary>
public sealed class StemmerPropertyTests
{
    private static readonly Gen<string> Words =
        Gen.Choose(1, 24).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdeghijklmnoprstuwy".ToCharArray()), n))
            .Select(chars => new string(chars));

    private static readonly Gen<string> AffixedWords =
        from prefix in Gen.Elements("", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "peny", "ber", "be", "ter", "di", "ke", "se", "per", "memper", "diper", "keber", "keter")
        from root in Words
        from suffix in Gen.Elements("", "kan", "an", "i", "nya", "lah", "kah", "pun", "kannya", "annya", "ku", "mu")
        select prefix + root + suffix;

    [Fact]
    public void Stem_IsNeverLongerThanTheWord_AndNeverUnderThreeLettersFromALongerWord() =>
        Prop.ForAll(Arb.From(AffixedWords), word =>
        {
            foreach (var stemmer in new[] { IndonesianStemmer.Default, IndonesianStemmer.Inflectional, IndonesianStemmer.TalaOnly })
            {
                var stem = stemmer.Stem(word);
                if (stem.Length > word.Length || stem.Length == 0)
                {
                    return false;
                }

                if (stem.Length < 3 && stem != word)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Stem_IsDeterministic_AcrossCacheStates() =>
        Prop.ForAll(Arb.From(AffixedWords), word =>
        {
            var first = IndonesianStemmer.Default.Stem(word);
            Span<char> buffer = stackalloc char[word.Length];
            var length = IndonesianStemmer.Default.Stem(word, buffer);
            return first == buffer[..length].ToString() && first == IndonesianStemmer.Default.Stem(word);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Stem_IsThreadSafe()
    {
        var words = TestData.Rows(TestData.Read("stemmer-gold.tsv")).Select(r => r[0]).ToArray();
        var expected = words.Select(IndonesianStemmer.TalaOnly.Stem).ToArray();
        var fresh = IndonesianStemmer.TalaOnly;
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < words.Length; i++)
            {
                Assert.Equal(expected[i], fresh.Stem(words[i]));
            }
        });
    }
}
