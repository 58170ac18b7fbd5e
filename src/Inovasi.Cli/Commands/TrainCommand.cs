using System.CommandLine;
using System.Globalization;
using Inovasi.Recommend;
using Inovasi.Recommend.Storage;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi train [--db FILE] [--corpus DIR] [--seed N]</c>: fits the replication ranker on the corpus's
/// replication records and stores its weights and the model version in the index file. Exit codes: 0 done,
/// 2 no corpus.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the random choices.", DefaultValueFactory = _ => 42 };
        var db = RecommendSource.DatabaseOption();
        var corpus = RecommendSource.CorpusOption();
        var command = new Command("train", "Latih ulang ranker replikasi dan simpan bobotnya di berkas indeks.") { seed, db, corpus };
        command.SetAction(parse => Run(parse.GetValue(seed), parse.GetValue(db)!, parse.GetValue(corpus), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(int seed, string database, string? corpus, TextWriter output, TextWriter error)
    {
        if (!File.Exists(database))
        {
            error.WriteLine($"{database}: indeks belum ada; jalankan `inovasi index` dulu (bobot disimpan di berkas indeks)");
            return 2;
        }

        var innovations = RecommendSource.LoadInnovations(corpus, database, error);
        if (innovations is null)
        {
            return 2;
        }

        var model = Recommender.Build(innovations, new RecommenderOptionsBuilder().WithSeed(seed).Build());
        RankerStore.Save(database, model.Weights);
        var w = model.Weights;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{innovations.Count} inovasi, {model.ReplicationRecords} catatan replikasi, {model.Dimensions} dimensi teks"));
        output.WriteLine(model.IsColdStart
            ? "Tidak ada catatan replikasi: bobot mulai dingin disimpan."
            : string.Create(CultureInfo.InvariantCulture, $"Ranker dilatih pada {w.TrainingPositives} replikasi dan {w.TrainingNegatives} contoh negatif."));
        for (var j = 0; j < w.FeatureNames.Count; j++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {w.FeatureNames[j],-18} {w.Weights[j],8:0.000}"));
        }

        output.WriteLine($"Bobot model {w.ModelVersion} disimpan di {database}");
        return 0;
    }
}
