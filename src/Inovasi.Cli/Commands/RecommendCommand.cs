using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Inovasi.Recommend;
using Inovasi.Recommend.Surveys;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi recommend --opd ".." --pemda ".." [--urusan ..] [--survey FILE.csv | --unsur waktu=2.1,..]
/// [--masalah ".."] [--milik ID] [--top K] [--json] [--db FILE | --corpus DIR]</c>: which proven innovations the
/// agency should replicate, with reasons. Exit codes: 0 done, 1 bad survey or input, 2 no corpus.
/// </summary>
internal static class RecommendCommand
{
    public static Command Create()
    {
        var opd = new Option<string>("--opd") { Description = "Nama OPD, mis. \"Dinas Kependudukan dan Catatan Sipil\".", Required = true };
        var pemda = new Option<string>("--pemda") { Description = "Pemerintah daerah, mis. \"Kota Medan\".", Required = true };
        var urusan = new Option<string[]>("--urusan") { Description = "Urusan OPD (boleh diulang).", AllowMultipleArgumentsPerToken = false };
        var survey = new Option<string?>("--survey") { Description = "Survei SKM mentah (CSV: responden x 9 unsur, skor 1-4)." };
        var unsur = new Option<string?>("--unsur") { Description = "Nilai unsur SKM, mis. waktu=2.1,prosedur=2.4." };
        var masalah = new Option<string?>("--masalah") { Description = "Masalah yang ingin diselesaikan." };
        var milik = new Option<string[]>("--milik") { Description = "Id inovasi yang sudah dijalankan OPD (boleh diulang)." };
        var top = new Option<int>("--top") { Description = "Jumlah saran.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Keluaran JSON." };
        var db = RecommendSource.DatabaseOption();
        var corpus = RecommendSource.CorpusOption();
        var command = new Command("recommend", "Sarankan inovasi terbukti untuk direplikasi OPD, dengan alasannya.")
        {
            opd, pemda, urusan, survey, unsur, masalah, milik, top, json, db, corpus,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(opd)!, parse.GetValue(pemda)!, parse.GetValue(urusan) ?? [], parse.GetValue(survey),
                parse.GetValue(unsur), parse.GetValue(masalah), parse.GetValue(milik) ?? [], parse.GetValue(top), parse.GetValue(json)),
            parse.GetValue(db)!, parse.GetValue(corpus), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    internal sealed record Request(string Opd, string Pemda, string[] Urusan, string? SurveyFile, string? Unsur, string? Masalah, string[] Milik, int Top, bool Json);

    internal static int Run(Request request, string database, string? corpus, TextWriter output, TextWriter error)
    {
        if (request.Top is < 1 or > 1000)
        {
            error.WriteLine("--top: harus 1 sampai 1000");
            return 1;
        }

        if (request.SurveyFile is not null && request.Unsur is not null)
        {
            error.WriteLine("--survey dan --unsur tidak bisa dipakai bersama");
            return 1;
        }

        SurveyResult? result;
        try
        {
            result = request.SurveyFile is not null ? ReadSurvey(request.SurveyFile)
                : request.Unsur is not null ? Survey.ParseElementValues(request.Unsur, "--unsur")
                : null;
        }
        catch (SurveyFormatException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
        catch (IOException e)
        {
            error.WriteLine($"{request.SurveyFile}: {e.Message}");
            return 1;
        }

        var innovations = RecommendSource.LoadInnovations(corpus, database, error);
        if (innovations is null)
        {
            return 2;
        }

        var model = RecommendSource.BuildModel(innovations, database);
        var profile = new AgencyProfile
        {
            Agency = request.Opd,
            Region = request.Pemda,
            Affairs = request.Urusan,
            OwnInnovationIds = request.Milik,
            ProblemStatement = request.Masalah,
            Survey = result,
        };
        foreach (var id in request.Milik.Where(id => !model.TryGetInnovation(id, out _)))
        {
            error.WriteLine($"--milik: inovasi '{id}' tidak dikenal, diabaikan");
        }

        var suggestions = model.Recommend(profile, request.Top);
        if (request.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(ToJson(profile, suggestions), RecommendSource.Json));
            return 0;
        }

        WriteText(profile, suggestions, output);
        return 0;
    }

    private static SurveyResult ReadSurvey(string path)
    {
        using var reader = new StreamReader(path);
        return Survey.ParseCsv(reader, path);
    }

    private static object ToJson(AgencyProfile profile, IReadOnlyList<Suggestion> suggestions) => new
    {
        agency = profile.Agency,
        region = profile.Region,
        affairs = profile.Affairs,
        survey = profile.Survey is { } s
            ? new
            {
                respondents = s.Respondents,
                elements = s.ElementValues.OrderBy(p => p.Key).ToDictionary(p => Survey.CodeOf(p.Key), p => p.Value),
                index = s.Index,
                convertedScore = s.ConvertedScore,
                grade = s.Grade?.ToString(),
                weakest = s.WeakestElements.Select(Survey.CodeOf),
            }
            : null,
        suggestions = suggestions.Select((x, i) => new
        {
            rank = i + 1,
            id = x.Innovation.Id,
            title = x.Innovation.Title,
            agency = x.Innovation.Agency,
            region = x.Innovation.Region,
            year = x.Innovation.Year,
            score = Math.Round(x.Score, 4),
            reasons = x.Reasons,
            duplicates = x.Duplicates.Select(d => d.Id),
        }),
    };

    private static void WriteText(AgencyProfile profile, IReadOnlyList<Suggestion> suggestions, TextWriter output)
    {
        output.WriteLine($"Saran replikasi untuk {profile.Agency} ({profile.Region})");
        if (profile.Survey is { } s)
        {
            var weakest = string.Join(", ", s.WeakestElements.Take(3).Select(e => $"{Survey.CodeOf(e)} {Number(s.ElementValues[e])}"));
            output.WriteLine(s.IsComplete
                ? $"SKM: IKM {Number(s.ConvertedScore!.Value)} (mutu {s.Grade}, {Survey.LabelOf(s.Grade!.Value)}); unsur terlemah: {weakest}"
                : $"SKM: unsur terlemah: {weakest}");
        }

        if (suggestions.Count == 0)
        {
            output.WriteLine("Tidak ada inovasi yang bisa disarankan.");
            return;
        }

        for (var i = 0; i < suggestions.Count; i++)
        {
            var x = suggestions[i];
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. {x.Innovation.Title} — {x.Innovation.Agency} ({x.Innovation.Region}), skor {Number((decimal)Math.Round(x.Score, 2))}"));
            output.WriteLine($"   id: {x.Innovation.Id}");
            foreach (var reason in x.Reasons)
            {
                output.WriteLine($"   - {reason.Text}");
            }

            if (x.Duplicates.Count > 0)
            {
                output.WriteLine($"   Mirip (dikelompokkan): {string.Join("; ", x.Duplicates.Select(d => $"{d.Title} ({d.Region}, {d.Id})"))}");
            }
        }
    }

    internal static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
}
