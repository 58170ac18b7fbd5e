using Inovasi.Search.Tests.Index.Support;

namespace Inovasi.Search.Tests.Index;

/// <summary>Readers during snapshot swaps see one whole state: never half a batch, never an exception.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Readers_DuringSwaps_SeeWholeBatchesOnly()
    {
        using var temp = new TempFolder();
        using var index = InnovationIndex.Open(temp.Database);
        const int BatchSize = 7;
        using var stop = new CancellationTokenSource();
        var observed = new System.Collections.Concurrent.ConcurrentBag<int>();
        var reads = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = index.Search(new SearchRequest("banjir") { Take = 1000, IncludeFacets = true });
                Assert.Equal(0, result.Total % BatchSize);
                Assert.Equal(result.Total, result.Hits.Count);
                Assert.Equal(result.Total, result.Facets.Single(f => f.Name == "tahun").Values.Sum(v => v.Count));
                observed.Add(result.Total);
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        for (var batch = 0; batch < 15; batch++)
        {
            var docs = Enumerable.Range(0, BatchSize)
                .Select(i => Docs.Make($"b{batch:D2}-{i}", $"Penanganan banjir {batch} {i}", "banjir rob di pesisir"))
                .Select(d => (d, (string?)null))
                .ToList();
            index.UpsertRange(docs);

            // Let the readers run against this state before the next swap.
            var before = Volatile.Read(ref reads);
            SpinWait.SpinUntil(() => Volatile.Read(ref reads) > before + 1, TimeSpan.FromSeconds(5));
        }

        // Stop the readers before the removal: they check that every state they see holds whole batches.
        stop.Cancel();
        await Task.WhenAll(readers);
        index.Remove("b00-0");

        Assert.Equal(15 * BatchSize - 1, index.Search(new SearchRequest("banjir") { Take = 1000 }).Total);
        Assert.Contains(observed, t => t > 0);
    }

    [Fact]
    public void Search_Cancelled_Throws()
    {
        using var temp = new TempFolder();
        using var index = InnovationIndex.Open(temp.Database);
        index.UpsertRange(RandomCorpus.Make(3, 20).Select(d => (d, (string?)null)).ToList());
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => index.Search(new SearchRequest("akta"), cts.Token));
    }
}
