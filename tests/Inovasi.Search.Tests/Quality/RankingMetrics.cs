namespace Inovasi.Search.Tests.Quality;

/// <summary>Ranking measures for the judged query set: nDCG@k with graded gains, and reciprocal rank.</summary>
internal static class RankingMetrics
{
    /// <summary>Grade from which a write-up counts as relevant for the reciprocal rank (2 = clearly relevant).</summary>
    public const int RelevantGrade = 2;

    /// <summary>
    /// Normalised discounted cumulative gain at <paramref name="k"/> (Järvelin and Kekäläinen 2002, with the
    /// exponential gain 2^grade - 1 and discount log2(rank + 1) used by TREC and most search evaluations).
    /// </summary>
    /// <param name="ranked">Ids in rank order, best first.</param>
    /// <param name="grades">Judged grades (1 to 3); ids not listed have grade 0.</param>
    /// <param name="k">Cut-off.</param>
    /// <returns>DCG@k divided by the ideal DCG@k: 1 for the best possible order, 0 when nothing relevant is in the top k.</returns>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        var dcg = 0d;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += Gain(grades.GetValueOrDefault(ranked[i])) / Math.Log2(i + 2);
        }

        var ideal = 0d;
        var sorted = grades.Values.OrderByDescending(g => g).Take(k).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            ideal += Gain(sorted[i]) / Math.Log2(i + 2);
        }

        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>1 / rank of the first write-up graded at least <see cref="RelevantGrade"/>, or 0 if none is ranked.</summary>
    /// <param name="ranked">Ids in rank order, best first.</param>
    /// <param name="grades">Judged grades.</param>
    /// <returns>The reciprocal rank.</returns>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) >= RelevantGrade)
            {
                return 1d / (i + 1);
            }
        }

        return 0;
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
