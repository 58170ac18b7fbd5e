using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi similar ID [--top K] [--pengadopsi] [--json] [--db FILE | --corpus DIR]</c>: innovations like this one
/// (or, with <c>--pengadopsi</c>, agencies that could replicate it). Exit codes: 0 done, 1 unknown id, 2 no corpus.
/// </summary>
internal static class SimilarCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Id inovasi." };
        var top = new Option<int>("--top") { Description = "Jumlah hasil.", DefaultValueFactory = _ => 10 };
        var adopters = new Option<bool>("--pengadopsi") { Description = "Tampilkan OPD yang bisa mereplikasinya." };
        var json = new Option<bool>("--json") { Description = "Keluaran JSON." };
        var db = RecommendSource.DatabaseOption();
        var corpus = RecommendSource.CorpusOption();
        var command = new Command("similar", "Inovasi yang mirip dengan inovasi ini (atau calon pengadopsinya).") { id, top, adopters, json, db, corpus };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(top), parse.GetValue(adopters), parse.GetValue(json),
            parse.GetValue(db)!, parse.GetValue(corpus), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string id, int top, bool adopters, bool json, string database, string? corpus, TextWriter output, TextWriter error)
    {
        if (top is < 1 or > 1000)
        {
            error.WriteLine("--top: harus 1 sampai 1000");
            return 1;
        }

        var innovations = RecommendSource.LoadInnovations(corpus, database, error);
        if (innovations is null)
        {
            return 2;
        }

        var model = RecommendSource.BuildModel(innovations, database);
        if (!model.TryGetInnovation(id, out var innovation))
        {
            error.WriteLine($"{id}: inovasi tidak dikenal");
            return 1;
        }

        if (adopters)
        {
            var candidates = model.Adopters(id, top);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(new { id, adopters = candidates }, RecommendSource.Json));
                return 0;
            }

            output.WriteLine($"Calon pengadopsi {innovation.Title} ({innovation.Id}):");
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1,3}. {c.Agency} ({c.Region}), skor {RecommendCommand.Number((decimal)Math.Round(c.Score, 2))}"));
                foreach (var reason in c.Reasons)
                {
                    output.WriteLine($"     - {reason.Text}");
                }
            }

            return 0;
        }

        var similar = model.Similar(id, top);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(
                new { id, similar = similar.Select(s => new { id = s.Innovation.Id, title = s.Innovation.Title, agency = s.Innovation.Agency, region = s.Innovation.Region, score = Math.Round(s.Score, 4) }) },
                RecommendSource.Json));
            return 0;
        }

        output.WriteLine($"Mirip dengan {innovation.Title} ({innovation.Id}):");
        for (var i = 0; i < similar.Count; i++)
        {
            var s = similar[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1,3}. {RecommendCommand.Number((decimal)Math.Round(s.Score, 2))}  {s.Innovation.Title} — {s.Innovation.Agency} ({s.Innovation.Region})  [{s.Innovation.Id}]"));
        }

        return 0;
    }
}
