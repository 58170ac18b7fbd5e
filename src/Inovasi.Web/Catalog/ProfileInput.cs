using System.Globalization;
using Inovasi.Recommend;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Writeups;

namespace Inovasi.Web.Catalog;

/// <summary>An agency profile as typed into the Rekomendasi form or posted to <c>/api/recommendations</c>,
/// validated into an <see cref="AgencyProfile"/> with errors keyed by the field at fault.</summary>
public sealed class ProfileInput
{
    /// <summary>Longest problem statement accepted, in characters.</summary>
    public const int MaxProblemLength = 4000;

    /// <summary>The agency (OPD), required.</summary>
    public string? Agency { get; set; }

    /// <summary>The regional government (pemda), required.</summary>
    public string? Region { get; set; }

    /// <summary>Government affairs (urusan).</summary>
    public IList<string> Affairs { get; init; } = [];

    /// <summary>The problem the agency wants to solve, in its own words.</summary>
    public string? Problem { get; set; }

    /// <summary>Element values (NRR, 1 to 4) by <c>unsur_skm</c> code; missing elements are left out.</summary>
    public IDictionary<string, decimal?> Elements { get; init; } = new Dictionary<string, decimal?>(StringComparer.Ordinal);

    /// <summary>A survey CSV (one row per respondent, one column per element), instead of <see cref="Elements"/>.</summary>
    public string? SurveyCsv { get; set; }

    /// <summary>The name of the CSV for messages (the uploaded file's name).</summary>
    public string SurveyName { get; set; } = "survei.csv";

    /// <summary>How many weak elements the site and the API point out.</summary>
    public const int WeakElementsShown = 3;

    /// <summary>The elements to point out: the lowest three (weakest first) that are below the value an element
    /// needs for grade A (<see cref="SurveyResult.TargetElementValue"/>).</summary>
    public static IReadOnlyList<ServiceElement> WeakElements(SurveyResult survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.WeakestElements
            .Where(e => survey.ValueOf(e) < SurveyResult.TargetElementValue)
            .Take(WeakElementsShown)
            .ToList();
    }

    /// <summary>Validates the input. Field names in <paramref name="errors"/> are <c>Agency</c>, <c>Region</c>,
    /// <c>Problem</c>, <c>Elements.&lt;code&gt;</c> and <c>SurveyCsv</c>.</summary>
    /// <returns>The profile, or <see langword="null"/> when there are errors.</returns>
    public AgencyProfile? Validate(List<(string Field, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(Agency))
        {
            errors.Add((nameof(Agency), "Isi nama OPD, misalnya Dinas Kependudukan dan Catatan Sipil."));
        }

        if (string.IsNullOrWhiteSpace(Region))
        {
            errors.Add((nameof(Region), "Isi pemerintah daerah, misalnya Kota Medan."));
        }

        if (Problem is { Length: > MaxProblemLength })
        {
            errors.Add((nameof(Problem), string.Create(CultureInfo.InvariantCulture, $"Uraian masalah terlalu panjang ({Problem.Length} karakter; paling banyak {MaxProblemLength}).")));
        }

        SurveyResult? survey = null;
        if (!string.IsNullOrWhiteSpace(SurveyCsv))
        {
            try
            {
                using var reader = new StringReader(SurveyCsv);
                survey = Survey.ParseCsv(reader, SurveyName);
            }
            catch (SurveyFormatException e)
            {
                errors.Add((nameof(SurveyCsv), string.Create(CultureInfo.InvariantCulture,
                    $"{e.Source} baris {e.Row}, kolom {e.Column}{(e.Field is null ? "" : " (" + e.Field + ")")}: {e.Problem}")));
            }
        }
        else
        {
            var values = new Dictionary<ServiceElement, decimal>();
            foreach (var (code, value) in Elements)
            {
                if (!WriteupVocabulary.TryParseElement(code, out var element))
                {
                    errors.Add(($"Elements.{code}", $"Unsur \"{code}\" tidak dikenal."));
                }
                else if (value is { } v)
                {
                    if (v is < Survey.MinScore or > Survey.MaxScore)
                    {
                        errors.Add(($"Elements.{code}", string.Create(CultureInfo.InvariantCulture, $"Nilai {v} di luar rentang 1 sampai 4.")));
                    }
                    else
                    {
                        values[element] = v;
                    }
                }
            }

            if (values.Count > 0 && errors.Count == 0)
            {
                survey = Survey.FromElementValues(values, "unsur");
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new AgencyProfile
        {
            Agency = Agency!.Trim(),
            Region = Region!.Trim(),
            Affairs = Affairs.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ProblemStatement = string.IsNullOrWhiteSpace(Problem) ? null : Problem.Trim(),
            Survey = survey,
        };
    }
}
