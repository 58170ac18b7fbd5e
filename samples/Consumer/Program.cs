// An outside project's view of Inovasi: build (or open) an index of a folder of write-ups, search it, and ask
// which proven innovations an agency could replicate. Usage: dotnet run -- <corpus-folder> [query]
using Inovasi.Recommend;
using Inovasi.Search;

if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Consumer <corpus-folder> [query]");
    return 2;
}

var databasePath = Path.Combine(Path.GetTempPath(), $"inovasi-consumer-{Environment.ProcessId}.db");
try
{
    using var index = InnovationIndex.Open(databasePath);
    var summary = index.UpdateFromDirectory(args[0]);
    Console.WriteLine($"indexed {summary.Added} write-ups from {args[0]}");

    var query = args.Length > 1 ? args[1] : "akta kematian online";
    var result = index.Search(new SearchRequest { Query = query, Take = 5, IncludeSnippets = true });
    Console.WriteLine($"\"{query}\": {result.Total} hits");
    foreach (var hit in result.Hits)
    {
        Console.WriteLine($"  {hit.Score,7:F3}  {hit.Id}  {hit.Title}");
    }

    if (result.Hits.Count == 0)
    {
        Console.Error.WriteLine("expected at least one hit");
        return 1;
    }

    var recommender = Recommender.Build(index.Innovations);
    var profile = new AgencyProfile
    {
        Agency = "Dinas Kependudukan dan Pencatatan Sipil",
        Region = "Kabupaten Contoh",
        ProblemStatement = "antrean panjang dan pengurusan dokumen kependudukan lambat",
    };
    var suggestions = recommender.Recommend(profile, top: 3);
    Console.WriteLine($"suggestions for {profile.Agency}:");
    foreach (var suggestion in suggestions)
    {
        Console.WriteLine($"  {suggestion.Score:F3}  {suggestion.Innovation.Title}");
        foreach (var reason in suggestion.Reasons)
        {
            Console.WriteLine($"         - {reason.Text}");
        }
    }

    return suggestions.Count > 0 ? 0 : 1;
}
finally
{
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(databasePath + suffix);
    }
}
