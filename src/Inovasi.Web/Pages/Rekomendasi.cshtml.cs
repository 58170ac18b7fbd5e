using System.Globalization;
using System.Text;
using Inovasi.Recommend;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Writeups;
using Inovasi.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>Rekomendasi: a planner describes an agency (OPD, pemda, urusan, problem, the nine SKM element
/// values or a survey CSV) and gets the survey index, score and grade, a chart of the elements and ranked
/// suggestions with reasons. A view of <see cref="Recommender.Recommend"/>.</summary>
public sealed class RekomendasiModel(InnovationCatalog catalog) : PageModel
{
    public const int Top = 10;

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? Affairs { get; set; }

    [BindProperty]
    public string? Problem { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Elements { get; set; } = new(StringComparer.Ordinal);

    [BindProperty]
    public IFormFile? Survey { get; set; }

    public SurveyResult? SurveyResult { get; private set; }

    public IReadOnlyList<Suggestion>? Suggestions { get; private set; }

    public IReadOnlyList<(string Value, int Count)> KnownAffairs => catalog.Statistics.ByAffair;

    public static IReadOnlyList<ServiceElement> AllElements { get; } = Enum.GetValues<ServiceElement>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new ProfileInput
        {
            Agency = Agency,
            Region = Region,
            Affairs = (Affairs ?? "").Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Problem = Problem,
        };
        foreach (var element in AllElements)
        {
            var raw = Elements.GetValueOrDefault(element.Code())?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            // Indonesian writes a decimal comma; accept both.
            if (decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                input.Elements[element.Code()] = value;
            }
            else
            {
                ModelState.AddModelError($"Elements[{element.Code()}]", $"\"{raw}\" bukan angka; tulis misalnya 3,25.");
            }
        }

        if (Survey is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            input.SurveyCsv = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            input.SurveyName = Path.GetFileName(file.FileName);
        }

        var errors = new List<(string Field, string Message)>();
        var profile = input.Validate(errors);
        foreach (var (field, message) in errors)
        {
            var key = field switch
            {
                nameof(ProfileInput.SurveyCsv) => nameof(Survey),
                _ when field.StartsWith("Elements.", StringComparison.Ordinal) => $"Elements[{field["Elements.".Length..]}]",
                _ => field,
            };
            ModelState.AddModelError(key, message);
        }

        if (!ModelState.IsValid || profile is null)
        {
            return Page();
        }

        SurveyResult = profile.Survey;
        Suggestions = catalog.Recommender.Recommend(profile, Top);
        return Page();
    }

    public string ElementValue(ServiceElement element)
    {
        if (Elements.TryGetValue(element.Code(), out var typed) && !string.IsNullOrEmpty(typed))
        {
            return typed;
        }

        return SurveyResult?.ValueOf(element) is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
