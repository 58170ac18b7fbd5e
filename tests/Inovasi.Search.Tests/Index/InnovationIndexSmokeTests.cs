using Inovasi.Search.Tests.Index.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Index;

/// <summary>The index end to end on a few write-ups: update, search, get, reopen.</summary>
public sealed class InnovationIndexSmokeTests
{
    [Fact]
    public void UpdateFromDirectory_ThenSearch_FindsByTitleAndText()
    {
        using var temp = new TempFolder();
        foreach (var doc in Docs.Medan())
        {
            WriteupWriter.WriteFile(doc, temp.Corpus);
        }

        using (var index = InnovationIndex.Open(temp.Database))
        {
            var summary = index.UpdateFromDirectory(temp.Corpus);
            Assert.Equal(4, summary.Added);
            Assert.Empty(summary.Invalid);

            var result = index.Search(new SearchRequest("akta kematian online") { IncludeSnippets = true, IncludeFacets = true });
            Assert.Equal("seraton", result.Hits[0].Id);
            Assert.NotNull(result.Hits[0].Snippet);
            Assert.Contains(result.Facets, f => f.Name == "klaster");
            Assert.Equal("Verolin", index.Search(new SearchRequest("verolin")).Hits.Single().Title);
        }

        using (var reopened = InnovationIndex.Open(temp.Database))
        {
            Assert.Equal(4, reopened.Statistics.Documents);
            Assert.Equal("Aladin", reopened.Get("aladin")!.Title);
            Assert.Equal(WriteupReader.ReadFile(Path.Combine(temp.Corpus, "seraton.md")).Innovation, reopened.Get("seraton"));
            Assert.False(reopened.UpdateFromDirectory(temp.Corpus).Changed);
        }
    }
}
