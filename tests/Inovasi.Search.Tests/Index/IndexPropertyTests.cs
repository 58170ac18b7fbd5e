using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Tests.Index.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Index;

/// <summary>Invariants of the index over random corpora and queries (issue 3, "Quality, measured").</summary>
public sealed class IndexPropertyTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(25);

    private static readonly Gen<string> s_title =
        from words in Gen.ListOf(Gen.Elements(RandomCorpus.Vocabulary), 3)
        from n in Gen.Choose(1, 3)
        from style in Gen.Choose(0, 3)
        select style switch
        {
            0 => string.Join(' ', words.Take(n)),
            1 => "E-" + string.Join('-', words.Take(n)),
            2 => string.Join(' ', words.Take(n).Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + " 2.0",
            _ => string.Join(' ', words.Take(n)).ToUpperInvariant(),
        };

    [Fact]
    public void EveryIndexedDocument_IsFoundByItsExactTitle()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from titles in Gen.ListOf(s_title, 30)
                    select (seed, titles.ToArray());
        Prop.ForAll(Arb.From(cases), c =>
        {
            using var temp = new TempFolder();
            var corpus = RandomCorpus.Make(c.seed, c.Item2.Length)
                .Select((d, i) => d with { Title = c.Item2[i] })
                .ToList();
            using var index = InnovationIndex.Open(temp.Database);
            index.UpsertRange(corpus.Select(d => (d, (string?)null)).ToList());
            foreach (var doc in corpus)
            {
                var result = index.Search(new SearchRequest(doc.Title) { Take = corpus.Count });
                var hit = result.Hits.FirstOrDefault(h => h.Id == doc.Id);
                Assert.True(hit is not null, $"'{doc.Title}' does not find {doc.Id}");
                Assert.Equal(result.Hits[0].MatchedClauses, hit.MatchedClauses);
            }
        }).Check(s_config);
    }

    [Fact]
    public void DeletedDocuments_AreNeverReturned()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from size in Gen.Choose(5, 60)
                    from removeEvery in Gen.Choose(2, 4)
                    from queries in Gen.ListOf(Gen.Elements(RandomCorpus.Vocabulary), 6)
                    select (seed, size, removeEvery, queries: queries.ToArray());
        Prop.ForAll(Arb.From(cases), c =>
        {
            using var temp = new TempFolder();
            var corpus = RandomCorpus.Make(c.seed, c.size);
            using var index = InnovationIndex.Open(temp.Database);
            index.UpsertRange(corpus.Select(d => (d, (string?)null)).ToList());
            var removed = corpus.Where((_, i) => i % c.removeEvery == 0).Select(d => d.Id).ToHashSet();
            foreach (var id in removed)
            {
                Assert.True(index.Remove(id));
                Assert.Null(index.Get(id));
            }

            var queries = c.queries.Concat([string.Join(' ', c.queries), "", "tahun:2000..2100"]);
            foreach (var query in queries)
            {
                var result = index.Search(new SearchRequest(query) { Take = c.size, IncludeFacets = true });
                Assert.DoesNotContain(result.Hits, h => removed.Contains(h.Id));
                Assert.True(result.Total <= c.size - removed.Count);
            }

            Assert.Equal(c.size - removed.Count, index.Innovations.Count);
        }).Check(s_config);
    }

    [Fact]
    public void AddingDocuments_NeverChangesFacetCountsOfAFilterTheyDoNotMatch()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from size in Gen.Choose(5, 50)
                    from extra in Gen.Choose(1, 30)
                    from query in Gen.Elements(RandomCorpus.Vocabulary.Append("").ToArray())
                    from filter in Gen.Choose(0, 3)
                    select (seed, size, extra, query, filter);
        Prop.ForAll(Arb.From(cases), c =>
        {
            using var temp = new TempFolder();
            var corpus = RandomCorpus.Make(c.seed, c.size);
            using var index = InnovationIndex.Open(temp.Database);
            index.UpsertRange(corpus.Select(d => (d, (string?)null)).ToList());

            // The filter, and a way to make an added write-up miss it.
            var (request, miss) = c.filter switch
            {
                0 => (new SearchRequest(c.query) { Klaster = "sistem-informasi" }, (Func<Innovation, Innovation>)(d => d with { Cluster = "kearsipan" })),
                1 => (new SearchRequest(c.query) { YearFrom = 2017, YearTo = 2019 }, d => d with { Year = 2022 }),
                2 => (new SearchRequest(c.query) { Pemda = "kota medan" }, d => d with { Region = "Kota Binjai" }),
                _ => (new SearchRequest(c.query) { Unsur = ServiceElement.Waktu, Digital = true }, d => d with { IsDigital = false }),
            };
            request = request with { IncludeFacets = true, Take = 5 };
            var before = index.Search(request);

            var added = RandomCorpus.Make(c.seed ^ 0x5bd1e995, c.extra).Select((d, i) => miss(d with { Id = $"extra-{i:D3}" }));
            index.UpsertRange(added.Select(d => (d, (string?)null)).ToList());
            var after = index.Search(request);

            Assert.Equal(before.Total, after.Total);
            Assert.Equal(Dump(before.Facets), Dump(after.Facets));
        }).Check(s_config);
    }

    [Fact]
    public void RandomQueryStrings_NeverThrow()
    {
        using var temp = new TempFolder();
        using var index = InnovationIndex.Open(temp.Database);
        index.UpsertRange(RandomCorpus.Make(7, 40).Select(d => (d, (string?)null)).ToList());
        var pieces = Gen.Elements(
            "\"", "(", ")", "-", "OR", "|", "*", ":", "..", " ", "judul:", "opd:", "tahun:", "tahun:2017..", "tahun:..2019",
            "tahun:abc", "klaster:", "unsur:waktu", "unsur:x", "digital:ya", "tahap:uji-coba", "tag:\"", "--", "-(", "\\",
            "akta", "kematian", "kematain", "disdukcapil", "daring", "izin*", "a*", "ÄÖ", "\u0000", "\uD800", "👍", "KTP-el");
        var structured = from parts in Gen.ListOf(pieces, 12)
                         select string.Concat(parts);
        var any = Gen.OneOf(structured, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));
        Prop.ForAll(Arb.From(any), query =>
        {
            var result = index.Search(new SearchRequest(query) { IncludeFacets = true, IncludeSnippets = true, Take = 5 });
            Assert.True(result.Hits.Count <= 5);
            Assert.True(result.Total >= result.Hits.Count);
            foreach (var hit in result.Hits)
            {
                foreach (var h in hit.Snippet!.Highlights)
                {
                    Assert.InRange(h.Start + h.Length, 1, hit.Snippet.Text.Length);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static string Dump(IReadOnlyList<Facet> facets) =>
        string.Join("\n", facets.Select(f => f.Name + ": " + string.Join(", ", f.Values.Select(v => $"{v.Value}={v.Count}"))));
}
