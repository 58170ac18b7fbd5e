namespace Inovasi.Recommend.Surveys;

/// <summary>
/// Grade (mutu pelayanan) of a converted satisfaction score, PermenPAN-RB 14/2017: A 88.31 to 100.00,
/// B 76.61 to 88.30, C 65.00 to 76.60, D 25.00 to 64.99.
/// </summary>
public enum SurveyGrade
{
    /// <summary>A, <c>sangat baik</c>: converted score 88.31 to 100.00.</summary>
    A,

    /// <summary>B, <c>baik</c>: converted score 76.61 to 88.30.</summary>
    B,

    /// <summary>C, <c>kurang baik</c>: converted score 65.00 to 76.60.</summary>
    C,

    /// <summary>D, <c>tidak baik</c>: converted score 25.00 to 64.99.</summary>
    D,
}
