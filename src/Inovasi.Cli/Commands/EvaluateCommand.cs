using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Inovasi.Recommend;
using Inovasi.Recommend.Evaluation;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Generation;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi evaluate [--corpus DIR] [--generated N] [--json] [--short]</c>: the learned ranker and the baselines
/// side by side (HR@5, HR@10, nDCG@10, MRR, coverage) on a time split and leave-one-out, for a folder of write-ups
/// (default <c>data</c>) and a generated corpus. Exit codes: 0 done, 2 no corpus.
/// </summary>
internal static class EvaluateCommand
{
    /// <summary>Generated write-ups by default.</summary>
    public const int DefaultGenerated = 3000;

    /// <summary>Generated write-ups in short mode (CI).</summary>
    public const int ShortGenerated = 600;

    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Folder of write-ups to evaluate on (default: data, when present)." };
        var generated = new Option<int?>("--generated") { Description = "Number of generated write-ups (0 to skip; default 3000, 600 with --short)." };
        var json = new Option<bool>("--json") { Description = "One JSON object with a rows array." };
        var quick = new Option<bool>("--short") { Description = "Small generated corpus (CI)." };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator and the model.", DefaultValueFactory = _ => 42 };
        var command = new Command("evaluate", "Evaluate the recommender against baselines on held-out replications.") { corpus, generated, json, quick, seed };
        command.SetAction(parse => Run(parse.GetValue(corpus), parse.GetValue(generated), parse.GetValue(json), parse.GetValue(quick), parse.GetValue(seed),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string? corpus, int? generated, bool json, bool quick, int seed, TextWriter output, TextWriter error)
    {
        var options = new RecommenderOptionsBuilder().WithSeed(seed).Build();
        var rows = new List<EvaluationRow>();
        var folder = corpus ?? (Directory.Exists("data") ? "data" : null);
        if (folder is not null)
        {
            var innovations = RecommendSource.LoadInnovations(folder, "", error);
            if (innovations is null)
            {
                return 2;
            }

            rows.AddRange(RecommendEvaluator.Evaluate(innovations, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), options));
        }

        var count = generated ?? (quick ? ShortGenerated : DefaultGenerated);
        if (count > 0)
        {
            var generator = new WriteupGenerator(new GeneratorOptions { Count = count, Seed = seed });
            var innovations = generator.Generate().ToList();
            var withSurveys = new RecommenderOptionsBuilder().WithSeed(seed).WithAgencySurveys(Surveys(generator)).Build();
            rows.AddRange(RecommendEvaluator.Evaluate(innovations, "generated", withSurveys));
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new { rows }, RecommendSource.Json));
            return 0;
        }

        output.WriteLine("corpus      split          method                         cases   HR@5  HR@10  nDCG@10    MRR  coverage");
        foreach (var r in rows)
        {
            output.WriteLine(r.Cases == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{r.Corpus,-11} {r.Split,-14} {r.Method,-30} {0,5}      -      -        -      -         -")
                : string.Create(CultureInfo.InvariantCulture,
                    $"{r.Corpus,-11} {r.Split,-14} {r.Method,-30} {r.Cases,5}  {r.Hr5,5:0.000}  {r.Hr10,5:0.000}  {r.Ndcg10,7:0.000}  {r.Mrr,5:0.000}  {r.Coverage,8:0.000}"));
        }

        foreach (var group in rows.Where(r => r.Cases == 0).GroupBy(r => (r.Corpus, r.Split)))
        {
            output.WriteLine($"{group.Key.Corpus}/{group.Key.Split}: no held-out replication records (the corpus records none to learn from or test on)");
        }

        foreach (var group in rows.Where(r => r.Cases > 0).GroupBy(r => (r.Corpus, r.Split)))
        {
            var learned = group.First(r => r.Method == "learned");
            var best = group.Where(r => r.Method is not "learned" and not "cold-start").MaxBy(r => r.Ndcg10)!;
            var gain = best.Ndcg10 > 0 ? (learned.Ndcg10 / best.Ndcg10) - 1 : double.PositiveInfinity;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key.Corpus}/{group.Key.Split}: learned nDCG@10 {learned.Ndcg10:0.000} vs best baseline {best.Method} {best.Ndcg10:0.000} ({gain:+0.0%;-0.0%})"));
        }

        return 0;
    }

    /// <summary>The generated agencies' surveys (their observable element values, clamped to 1..4).</summary>
    internal static IEnumerable<AgencySurvey> Surveys(WriteupGenerator generator) =>
        generator.Agencies.Select(a => new AgencySurvey(a.Name, a.Region, Survey.FromElementValues(
            Enumerable.Range(0, a.SurveyScores.Count).ToDictionary(
                e => (ServiceElement)e,
                e => Math.Round((decimal)Math.Clamp(a.SurveyScores[e], 1.0, 4.0), 4)))));
}
