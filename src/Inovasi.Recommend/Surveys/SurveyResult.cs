using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Surveys;

/// <summary>
/// The values of a satisfaction survey (SKM, PermenPAN-RB 14/2017): each element's value (NRR, the mean score
/// 1 to 4), and when all nine are known the index, the converted score (IKM, 25 to 100) and its grade.
/// Created by <see cref="Survey.FromElementValues(IReadOnlyDictionary{ServiceElement, decimal}, string)"/>,
/// <see cref="Survey.ParseElementValues(string, string)"/> or <see cref="Survey.ParseCsv(TextReader, string)"/>.
/// </summary>
/// <remarks>
/// <para>Arithmetic is in <see cref="decimal"/>, so hand-computed cases match exactly. From a raw survey the
/// index is computed from whole-number totals as <c>Σ scores / (9 × respondents)</c>, which equals the mean of
/// the element means without their rounding. The index is the plain
/// mean of the nine element values (equal weights of exactly 1/9). The converted score is the index times 25,
/// rounded half away from zero to two decimals, and the grade is read from that rounded score with the
/// inclusive bounds of <see cref="SurveyGrade"/> (so 64.99 is D, 65.00 is C, 76.60 is C, 76.61 is B, 88.30 is
/// B and 88.31 is A).</para>
/// <para>The gap of an element is how far its value lies below <see cref="TargetElementValue"/>, the element
/// value at which the converted scale reaches grade A (88.31 / 25 = 3.5324); an element at or above it, or not
/// known, has no gap.</para>
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed class SurveyResult
{
    /// <summary>The element value at which the converted scale reaches grade A: 88.31 / 25.</summary>
    public const decimal TargetElementValue = 3.5324m;

    private readonly decimal?[] _values;

    internal SurveyResult(decimal?[] values, int respondents, decimal? exactIndex = null)
    {
        _values = values;
        Respondents = respondents;
        var known = new Dictionary<ServiceElement, decimal>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } v)
            {
                known[(ServiceElement)i] = v;
            }
        }

        ElementValues = known;
        WeakestElements = [.. known.OrderBy(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key)];
        if (known.Count == Survey.ElementCount)
        {
            var sum = 0m;
            foreach (var v in known.Values)
            {
                sum += v;
            }

            Index = exactIndex ?? sum / Survey.ElementCount;
            ConvertedScore = Math.Round(Index.Value * 25m, 2, MidpointRounding.AwayFromZero);
            Grade = Survey.GradeOf(ConvertedScore.Value);
        }
    }

    /// <summary>Number of respondents in the raw survey, or 0 when built from element values.</summary>
    public int Respondents { get; }

    /// <summary>The known element values (NRR, 1 to 4), by element.</summary>
    public IReadOnlyDictionary<ServiceElement, decimal> ElementValues { get; }

    /// <summary>The known elements, weakest (lowest value) first; ties in element order.</summary>
    public IReadOnlyList<ServiceElement> WeakestElements { get; }

    /// <summary>Whether all nine element values are known.</summary>
    public bool IsComplete => Index is not null;

    /// <summary>The index: the mean of the nine element values, unrounded; <see langword="null"/> unless all nine are known.</summary>
    public decimal? Index { get; }

    /// <summary>The converted score (IKM): index × 25 rounded to two decimals; <see langword="null"/> unless complete.</summary>
    public decimal? ConvertedScore { get; }

    /// <summary>The grade of <see cref="ConvertedScore"/>; <see langword="null"/> unless complete.</summary>
    public SurveyGrade? Grade { get; }

    /// <summary>The value of one element, or <see langword="null"/> when it is not known.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The value (1 to 4), or <see langword="null"/>.</returns>
    public decimal? ValueOf(ServiceElement element) =>
        (uint)element < (uint)_values.Length ? _values[(int)element] : null;

    /// <summary>How far the element lies below <see cref="TargetElementValue"/>; 0 when at or above it, or unknown.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The gap, 0 to 2.5324.</returns>
    public decimal GapOf(ServiceElement element) =>
        ValueOf(element) is { } v && v < TargetElementValue ? TargetElementValue - v : 0m;
}
