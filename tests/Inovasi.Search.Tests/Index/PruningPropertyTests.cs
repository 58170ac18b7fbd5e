using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Analysis;
using Inovasi.Search.Tests.Index.Support;

namespace Inovasi.Search.Tests.Index;

/// <summary>The pruned top-k (MaxScore) equals the brute-force reference top-k on random corpora and queries.</summary>
public sealed class PruningPropertyTests
{
    private static readonly InnovationIndexOptions s_plain = new()
    {
        Synonyms = SynonymMap.Parse(new StringReader("")),
        TypoTolerance = false,
    };

    [Fact]
    public void TopK_EqualsReferenceTopK()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from size in Gen.Choose(20, 160)
                    from words in Gen.ListOf(Gen.Elements(RandomCorpus.Vocabulary), 5)
                    from k in Gen.Choose(1, 12)
                    from skip in Gen.Elements(0, 0, 0, 3)
                    select (seed, size, words: words.Take(1 + (seed % 5)).ToArray(), k, skip);
        Prop.ForAll(Arb.From(cases), c =>
        {
            using var temp = new TempFolder();
            var corpus = RandomCorpus.Make(c.seed, c.size);
            using var index = InnovationIndex.Open(temp.Database, s_plain);
            index.UpsertRange(corpus.Select(d => (d, (string?)null)).ToList());
            var reference = new ReferenceScorer(corpus, s_plain).Rank(c.words);

            var result = index.Search(new SearchRequest(string.Join(' ', c.words)) { Take = c.k, Skip = c.skip });

            Assert.Equal(reference.Count, result.Total);
            var expected = reference.Skip(c.skip).Take(c.k).ToList();
            Assert.Equal(expected.Count, result.Hits.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Matched, result.Hits[i].MatchedClauses);
                Assert.InRange(result.Hits[i].Score, expected[i].Score - 1e-6, expected[i].Score + 1e-6);
                var rank = c.skip + i;
                var tied = (rank > 0 && NearTie(reference[rank - 1], reference[rank]))
                    || (rank + 1 < reference.Count && NearTie(reference[rank], reference[rank + 1]));
                if (!tied)
                {
                    Assert.Equal(expected[i].Id, result.Hits[i].Id);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Fact]
    public void TopK_WithSynonymsAndTypos_EqualsTheUnprunedRanking()
    {
        var options = new InnovationIndexOptions
        {
            Synonyms = SynonymMap.Parse(new StringReader("akta | surat kematian\nizin | reklame\ndaring | layanan aplikasi | pasar\n")),
        };
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from size in Gen.Choose(80, 200)
                    from words in Gen.ListOf(Gen.Elements([.. RandomCorpus.Vocabulary, "kematain", "aplikasii"]), 4)
                    from k in Gen.Choose(1, 8)
                    select (seed, size, query: string.Join(' ', words.Take(1 + (seed % 4))), k);
        Prop.ForAll(Arb.From(cases), c =>
        {
            using var temp = new TempFolder();
            using var index = InnovationIndex.Open(temp.Database, options);
            index.UpsertRange(RandomCorpus.Make(c.seed, c.size).Select(d => (d, (string?)null)).ToList());

            var all = index.Search(new SearchRequest(c.query) { Take = 1000 });
            var top = index.Search(new SearchRequest(c.query) { Take = c.k });

            Assert.Equal(all.Total, top.Total);
            Assert.Equal(Math.Min(c.k, all.Hits.Count), top.Hits.Count);
            for (var i = 0; i < top.Hits.Count; i++)
            {
                Assert.Equal(all.Hits[i].MatchedClauses, top.Hits[i].MatchedClauses);
                Assert.InRange(top.Hits[i].Score, all.Hits[i].Score - 1e-6, all.Hits[i].Score + 1e-6);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    private static bool NearTie(ReferenceScorer.Ranked a, ReferenceScorer.Ranked b) =>
        a.Matched == b.Matched && Math.Abs(a.Score - b.Score) <= 1e-6;
}
