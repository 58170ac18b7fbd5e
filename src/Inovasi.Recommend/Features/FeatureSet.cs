namespace Inovasi.Recommend.Features;

/// <summary>The ranker's features, in order, with their cold-start weights.</summary>
internal static class FeatureSet
{
    public const int Text = 0;
    public const int Affairs = 1;
    public const int Generic = 2;
    public const int Cluster = 3;
    public const int SurveyGap = 4;
    public const int Stage = 5;
    public const int Awards = 6;
    public const int Replications = 7;
    public const int YearsInUse = 8;
    public const int Recency = 9;
    public const int Stopped = 10;
    public const int CoAdoption = 11;
    public const int SimilarAgencies = 12;
    public const int SameRegion = 13;
    public const int SameKind = 14;
    public const int Prerequisites = 15;
    public const int Digital = 16;
    public const int SameProvince = 17;
    public const int DigitalFit = 18;
    public const int Count = 19;

    /// <summary>Feature names, stored with the weights.</summary>
    public static readonly string[] Names =
    [
        "text", "affairs", "generic", "cluster", "survey_gap", "stage", "awards", "replications", "years_in_use",
        "recency", "stopped", "coadoption", "similar_agencies", "same_region", "same_kind", "prerequisites", "digital",
        "same_province", "digital_fit",
    ];

    /// <summary>
    /// Hand-set weights on raw features, used when there are no replication records to learn from, and for
    /// features the records cannot teach (the survey gap: the corpus holds no agency's survey).
    /// </summary>
    public static readonly double[] ColdStart =
    [
        4.0, 1.2, 0.5, 0.6, 2.0, 0.4, 0.3, 0.5, 0.3, 0.3, -2.0, 1.5, 0.8, 0.2, 0.3, 0.1, 0.1, 0.2, 0.2,
    ];
}
