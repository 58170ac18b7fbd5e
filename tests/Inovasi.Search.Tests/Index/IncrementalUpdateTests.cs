using Inovasi.Search.Tests.Index.Support;
using Inovasi.Search.Writeups;
using Microsoft.Data.Sqlite;

namespace Inovasi.Search.Tests.Index;

/// <summary><see cref="InnovationIndex.UpdateFromDirectory"/>: added, updated, removed, unchanged, invalid; all-or-nothing.</summary>
public sealed class IncrementalUpdateTests
{
    [Fact]
    public void UpdateFromDirectory_ReportsAddedUpdatedRemovedUnchanged()
    {
        using var temp = new TempFolder();
        var docs = Docs.Medan();
        foreach (var doc in docs)
        {
            WriteupWriter.WriteFile(doc, temp.Corpus);
        }

        using var index = InnovationIndex.Open(temp.Database);
        var first = index.UpdateFromDirectory(temp.Corpus);
        Assert.Equal((4, 0, 0, 0), (first.Added, first.Updated, first.Removed, first.Unchanged));

        WriteupWriter.WriteFile(docs[1] with { Title = "Verolin Baru" }, temp.Corpus);
        File.Delete(Path.Combine(temp.Corpus, "aladin.md"));
        WriteupWriter.WriteFile(Docs.Make("jumat-berkah", "Jumat Berkah", "Pendampingan izin usaha UMKM."), temp.Corpus);
        var second = index.UpdateFromDirectory(temp.Corpus);

        Assert.Equal((1, 1, 1, 2), (second.Added, second.Updated, second.Removed, second.Unchanged));
        Assert.Null(index.Get("aladin"));
        Assert.Equal("Verolin Baru", index.Get("verolin")!.Title);
        Assert.Equal("jumat-berkah", index.Search(new SearchRequest("jumat berkah")).Hits[0].Id);
        Assert.DoesNotContain(index.Search(new SearchRequest("aladin")).Hits, h => h.Id == "aladin");
    }

    [Fact]
    public void UpdateFromDirectory_WhenNothingChanged_WritesNothing()
    {
        using var temp = new TempFolder();
        foreach (var doc in Docs.Medan())
        {
            WriteupWriter.WriteFile(doc, temp.Corpus);
        }

        using var index = InnovationIndex.Open(temp.Database);
        index.UpdateFromDirectory(temp.Corpus);
        var before = FileState(temp.Database);
        var updatedBefore = index.Statistics.LastUpdated;

        var summary = index.UpdateFromDirectory(temp.Corpus);

        Assert.False(summary.Changed);
        Assert.Equal(4, summary.Unchanged);
        Assert.Equal(before, FileState(temp.Database));
        Assert.Equal(updatedBefore, index.Statistics.LastUpdated);
    }

    [Fact]
    public void UpdateFromDirectory_SkipsInvalidFiles_AndKeepsTheirPreviousVersion()
    {
        using var temp = new TempFolder();
        foreach (var doc in Docs.Medan())
        {
            WriteupWriter.WriteFile(doc, temp.Corpus);
        }

        using var index = InnovationIndex.Open(temp.Database);
        index.UpdateFromDirectory(temp.Corpus);
        File.WriteAllText(Path.Combine(temp.Corpus, "verolin.md"), "---\nid: verolin\njudul: Verolin\n---\nno agency, no year\n");
        File.WriteAllText(Path.Combine(temp.Corpus, "rusak.md"), "not a write-up at all");

        var summary = index.UpdateFromDirectory(temp.Corpus);

        Assert.Equal(2, summary.Invalid.Count);
        Assert.All(summary.Invalid, i => Assert.NotEmpty(i.Errors));
        Assert.Contains(summary.Invalid, i => i.FilePath.EndsWith("rusak.md", StringComparison.Ordinal));
        Assert.Contains(summary.Invalid.SelectMany(i => i.Errors), e => e.Line >= 1 && e.FilePath.EndsWith(".md", StringComparison.Ordinal));
        Assert.Equal(0, summary.Removed);
        Assert.Equal("Verolin", index.Get("verolin")!.Title);
        Assert.Equal(4, index.Statistics.Documents);
    }

    [Fact]
    public void UpdateFromDirectory_DuplicateIds_SecondFileIsInvalid()
    {
        using var temp = new TempFolder();
        WriteupWriter.WriteFile(Docs.Medan()[0], temp.Corpus);
        var sub = Path.Combine(temp.Corpus, "sub");
        WriteupWriter.WriteFile(Docs.Medan()[0] with { Title = "Seraton Kedua" }, sub);

        using var index = InnovationIndex.Open(temp.Database);
        var summary = index.UpdateFromDirectory(temp.Corpus);

        Assert.Equal(1, summary.Added);
        var invalid = Assert.Single(summary.Invalid);
        Assert.Contains("seraton", invalid.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("id", invalid.Errors[0].Field);
    }

    [Fact]
    public void FailedImport_LeavesThePreviousIndexWhole()
    {
        using var temp = new TempFolder();
        foreach (var doc in Docs.Medan())
        {
            WriteupWriter.WriteFile(doc, temp.Corpus);
        }

        using (var index = InnovationIndex.Open(temp.Database))
        {
            index.UpdateFromDirectory(temp.Corpus);
        }

        // Make the transaction fail part-way: a trigger rejects one row after others were written.
        using (var connection = new SqliteConnection($"Data Source={temp.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER boom BEFORE INSERT ON documents WHEN NEW.id = 'zz-boom' BEGIN SELECT RAISE(ABORT, 'boom'); END";
            command.ExecuteNonQuery();
        }

        WriteupWriter.WriteFile(Docs.Make("aa-baru", "Inovasi Baru Pertama", "banjir rob"), temp.Corpus);
        WriteupWriter.WriteFile(Docs.Make("zz-boom", "Inovasi Yang Gagal", "banjir rob"), temp.Corpus);
        File.Delete(Path.Combine(temp.Corpus, "aladin.md"));
        using (var index = InnovationIndex.Open(temp.Database))
        {
            Assert.Throws<SqliteException>(() => index.UpdateFromDirectory(temp.Corpus));

            Assert.Equal(4, index.Statistics.Documents);
            Assert.NotNull(index.Get("aladin"));
            Assert.Null(index.Get("aa-baru"));
            Assert.Empty(index.Search(new SearchRequest("banjir")).Hits);
        }

        using (var reopened = InnovationIndex.Open(temp.Database))
        {
            Assert.Equal(4, reopened.Statistics.Documents);
            Assert.NotNull(reopened.Get("aladin"));
            Assert.Null(reopened.Get("aa-baru"));
            Assert.Empty(reopened.Search(new SearchRequest("banjir")).Hits);
        }
    }

    [Fact]
    public void UpdateFromDirectory_Cancelled_WritesNothing()
    {
        using var temp = new TempFolder();
        foreach (var doc in Docs.Medan())
        {
            WriteupWriter.WriteFile(doc, temp.Corpus);
        }

        using var index = InnovationIndex.Open(temp.Database);
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == IndexStage.Analyzing)
            {
                cts.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => index.UpdateFromDirectory(temp.Corpus, progress, cts.Token));
        Assert.Equal(0, index.Statistics.Documents);
        Assert.Equal(4, index.UpdateFromDirectory(temp.Corpus).Added);
    }

    [Fact]
    public void UpsertAndRemove_AreVisibleAndDurable()
    {
        using var temp = new TempFolder();
        using (var index = InnovationIndex.Open(temp.Database))
        {
            foreach (var doc in Docs.Medan())
            {
                index.Upsert(doc);
            }

            index.Upsert(Docs.Medan()[0] with { Title = "Seraton Plus" });
            Assert.True(index.Remove("aladin"));
            Assert.False(index.Remove("aladin"));
            Assert.Equal("Seraton Plus", index.Search(new SearchRequest("seraton plus")).Hits[0].Title);
        }

        using var reopened = InnovationIndex.Open(temp.Database);
        Assert.Equal(["seraton", "si-surat", "verolin"], reopened.Innovations.Select(i => i.Id));
        Assert.Equal("Seraton Plus", reopened.Get("seraton")!.Title);
    }

    private static string FileState(string database) =>
        string.Join(";", new[] { database, database + "-wal" }
            .Where(File.Exists)
            .Select(f => $"{Path.GetFileName(f)}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(ReadShared(f)))}"));

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class SyncProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
