using Inovasi.Search.Tests.Index.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Index;

/// <summary>The query language of docs/query-language.md, on a few write-ups after DOMAIN.md.</summary>
public sealed class QueryLanguageTests : IClassFixture<QueryLanguageTests.Fixture>
{
    private readonly InnovationIndex _index;

    public QueryLanguageTests(Fixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _index = fixture.Index;
    }

    [Theory]
    [InlineData("seraton", "seraton")]
    [InlineData("\"akta kematian\"", "seraton")]
    [InlineData("reklame OR apotek", "aladin verolin")]
    [InlineData("reklame | apotek", "aladin verolin")]
    [InlineData("(reklame OR apotek) -verolin", "aladin")]
    [InlineData("surat -masuk", "")]
    [InlineData("kemati*", "seraton")]
    [InlineData("judul:verolin", "verolin")]
    [InlineData("judul:\"jumat berkah\"", "jumat-berkah")]
    [InlineData("opd:disdukcapil", "seraton")]
    [InlineData("opd:\"penanaman modal\"", "aladin jumat-berkah verolin")]
    [InlineData("pemda:binjai", "jumat-berkah")]
    [InlineData("klaster:kearsipan", "si-surat")]
    [InlineData("unsur:sarana", "si-surat")]
    [InlineData("tahun:2018", "verolin")]
    [InlineData("tahun:2017..2018", "si-surat verolin")]
    [InlineData("tahun:2020..", "jumat-berkah")]
    [InlineData("tag:persuratan", "si-surat")]
    [InlineData("urusan:kesehatan", "aladin")]
    [InlineData("tahap:penerapan", "verolin")]
    [InlineData("digital:tidak", "jumat-berkah si-surat")]
    [InlineData("apotek klaster:layanan-langsung tahun:2019", "aladin")]
    public void Search_FindsExactlyTheMatchingWriteups(string query, string expected)
    {
        var result = _index.Search(new SearchRequest(query) { Take = 100 });

        Assert.Null(result.Message);
        Assert.Equal(expected, string.Join(' ', result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)));
        Assert.Equal(result.Hits.Count, result.Total);
    }

    [Theory]
    [InlineData("disdukcapil", "seraton")]
    [InlineData("online", "seraton")]
    [InlineData("akte", "seraton")]
    [InlineData("perijinan", "aladin")]
    [InlineData("ijin", "jumat-berkah")]
    [InlineData("dinas penanaman modal dan pelayanan terpadu satu pintu", "verolin")]
    [InlineData("usaha mikro kecil dan menengah", "jumat-berkah")]
    public void Search_ExpandsSynonymsAndAcronyms(string query, string expectedTop)
    {
        var result = _index.Search(new SearchRequest(query));

        Assert.Contains(result.Hits, h => h.Id == expectedTop);
        Assert.Null(result.Suggestion);
    }

    [Theory]
    [InlineData("kematain", "seraton", "kematian")]
    [InlineData("verolni", "verolin", "verolin")]
    [InlineData("akta kemtian daring", "seraton", "akta kematian daring")]
    public void Search_CorrectsTypos_AndSuggests(string query, string expectedTop, string suggestion)
    {
        var result = _index.Search(new SearchRequest(query));

        Assert.Equal(expectedTop, result.Hits[0].Id);
        Assert.Equal(suggestion, result.Suggestion);
    }

    [Fact]
    public void Search_ShortUnknownWord_IsNotCorrected()
    {
        var result = _index.Search(new SearchRequest("akto"));

        Assert.Null(result.Suggestion);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Search_RanksDocumentsMatchingAllWordsFirst()
    {
        // "surat" is frequent in si-surat (high BM25F), but seraton has two of the three words.
        var result = _index.Search(new SearchRequest("surat ahli kematian"));

        Assert.Equal("seraton", result.Hits[0].Id);
        Assert.Equal(2, result.Hits[0].MatchedClauses);
        Assert.Equal("si-surat", result.Hits[1].Id);
        Assert.True(result.Hits.Zip(result.Hits.Skip(1)).All(p =>
            p.First.MatchedClauses > p.Second.MatchedClauses
            || (p.First.MatchedClauses == p.Second.MatchedClauses && p.First.Score >= p.Second.Score)));
    }

    [Theory]
    [InlineData("\"akta kematian", "kutip")]
    [InlineData("(akta kematian", "Kurung buka")]
    [InlineData("akta) kematian", "Kurung tutup")]
    [InlineData("tahun:20x9 akta", "Tahun '20x9'")]
    [InlineData("warna:merah akta", "Kolom 'warna:'")]
    [InlineData("unsur:cepat akta", "unsur")]
    [InlineData("akta OR", "OR")]
    [InlineData("judul: akta", "tidak berisi nilai")]
    public void Search_MalformedQuery_StillAnswers_WithAMessage(string query, string messagePart)
    {
        var result = _index.Search(new SearchRequest(query));

        Assert.NotNull(result.Message);
        Assert.Contains(messagePart, result.Message, StringComparison.Ordinal);
        Assert.Contains(result.Hits, h => h.Id == "seraton");
    }

    [Fact]
    public void Search_OnlyStopwordsOrPunctuation_SaysSo()
    {
        var result = _index.Search(new SearchRequest("!!! ... ???"));

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
        Assert.Contains("tidak berisi kata", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_BlankQuery_ListsEverythingInIdOrder()
    {
        var result = _index.Search(new SearchRequest("") { Take = 100 });

        Assert.Equal(_index.Innovations.Select(i => i.Id), result.Hits.Select(h => h.Id));
        Assert.Null(result.Message);
    }

    [Fact]
    public void Search_RequestFilters_AreAnded_AndCaseInsensitive()
    {
        var request = new SearchRequest("")
        {
            Opd = "dinas penanaman modal dan ptsp",
            Digital = true,
            YearFrom = 2019,
            Take = 100,
        };

        Assert.Equal(["aladin"], _index.Search(request).Hits.Select(h => h.Id));
        Assert.Equal(["aladin"], _index.Search(new SearchRequest("") { Urusan = "KESEHATAN" }).Hits.Select(h => h.Id));
        Assert.Equal(["verolin"], _index.Search(new SearchRequest("") { Tahap = InnovationStage.Penerapan, Unsur = ServiceElement.Waktu }).Hits.Select(h => h.Id));
        Assert.Empty(_index.Search(new SearchRequest("") { Klaster = "tidak-ada" }).Hits);
    }

    [Fact]
    public void Search_Paging_ConcatenatesToTheFullList()
    {
        var all = _index.Search(new SearchRequest("layanan izin surat kematian") { Take = 100 }).Hits.Select(h => h.Id).ToList();
        var paged = new List<string>();
        for (var skip = 0; skip < all.Count; skip += 2)
        {
            paged.AddRange(_index.Search(new SearchRequest("layanan izin surat kematian") { Skip = skip, Take = 2 }).Hits.Select(h => h.Id));
        }

        Assert.True(all.Count >= 3);
        Assert.Equal(all, paged);
    }

    [Fact]
    public void Search_Facets_CountEveryMatch()
    {
        var result = _index.Search(new SearchRequest("") { IncludeFacets = true, Take = 0 });

        Assert.Empty(result.Hits);
        Assert.Equal(5, result.Total);
        var facets = result.Facets.ToDictionary(f => f.Name, f => string.Join(", ", f.Values.Select(v => $"{v.Value}={v.Count}")));
        Assert.Equal("layanan-langsung=3, kearsipan=1, sistem-informasi=1", facets["klaster"]);
        Assert.Equal("penanaman modal=2, administrasi kependudukan dan pencatatan sipil=1, kesehatan=1", facets["urusan"]);
        Assert.Equal("Kota Medan=4, Kota Binjai=1", facets["pemda"]);
        Assert.Equal("2019=2, 2017=1, 2018=1, 2021=1", facets["tahun"]);
        Assert.Equal("waktu=2, persyaratan=1, prosedur=1, sarana=1", facets["unsur"]);
        Assert.Equal("true=3, false=2", facets["digital"]);
        Assert.Equal("penerapan=1, uji-coba=1", facets["tahap"]);
        Assert.Equal(["klaster", "urusan", "pemda", "opd", "tahun", "unsur", "digital", "tahap"], result.Facets.Select(f => f.Name));
    }

    [Fact]
    public void Search_Snippets_MarkTheMatchedWords_AndNameTheSection()
    {
        var result = _index.Search(new SearchRequest("ahli waris") { IncludeSnippets = true });

        var snippet = result.Hits[0].Snippet!;
        Assert.Equal("Latar Belakang", snippet.Section);
        Assert.Equal(["Ahli", "waris"], snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length)));
        Assert.DoesNotContain('\n', snippet.Text);
    }

    [Fact]
    public void Search_Snippet_FromTheSummary_NamesIt()
    {
        var result = _index.Search(new SearchRequest("disampaikan") { IncludeSnippets = true });

        var snippet = result.Hits[0].Snippet!;
        Assert.Equal("ringkasan", snippet.Section);
        Assert.Equal("disampaikan", snippet.Text.Substring(snippet.Highlights[0].Start, snippet.Highlights[0].Length));
    }

    [Fact]
    public void Search_ReportsElapsedTime()
    {
        var result = _index.Search(new SearchRequest("akta"));

        Assert.True(result.Elapsed > TimeSpan.Zero);
    }

    /// <summary>One index for the class (read-only tests).</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Fixture()
        {
            Index = InnovationIndex.Open(_temp.Database);
            foreach (var doc in Docs.Medan())
            {
                Index.Upsert(doc);
            }

            Index.Upsert(Docs.Make("jumat-berkah", "Jumat Berkah", "# Jumat Berkah\n\n## Inovasi\nPendampingan ijin usaha bagi UMKM setiap hari Jumat.\n",
                agency: "Dinas Penanaman Modal dan PTSP", region: "Kota Binjai", year: 2021, cluster: "layanan-langsung", digital: false));
        }

        public InnovationIndex Index { get; }

        public void Dispose()
        {
            Index.Dispose();
            _temp.Dispose();
        }
    }
}
