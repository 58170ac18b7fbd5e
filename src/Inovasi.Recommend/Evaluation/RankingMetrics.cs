namespace Inovasi.Recommend.Evaluation;

/// <summary>Ranking metrics for one held-out item, from its 1-based rank (0 when it was not ranked at all).</summary>
/// <remarks>With one relevant item per case the ideal DCG is 1, so nDCG@k is <c>1 / log2(rank + 1)</c> when the
/// rank is within k, else 0 (Järvelin and Kekäläinen 2002).</remarks>
public static class RankingMetrics
{
    /// <summary>1 when the item is within the top <paramref name="k"/>, else 0.</summary>
    /// <param name="rank">The 1-based rank, or 0 when not ranked.</param>
    /// <param name="k">The cut-off, at least 1.</param>
    /// <returns>1 or 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative or <paramref name="k"/> below 1.</exception>
    public static double HitRate(int rank, int k)
    {
        Check(rank, k);
        return rank >= 1 && rank <= k ? 1 : 0;
    }

    /// <summary>nDCG at <paramref name="k"/> for a single relevant item.</summary>
    /// <param name="rank">The 1-based rank, or 0 when not ranked.</param>
    /// <param name="k">The cut-off, at least 1.</param>
    /// <returns><c>1 / log2(rank + 1)</c> within the cut-off, else 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative or <paramref name="k"/> below 1.</exception>
    public static double Ndcg(int rank, int k)
    {
        Check(rank, k);
        return rank >= 1 && rank <= k ? 1.0 / Math.Log2(rank + 1) : 0;
    }

    /// <summary>The reciprocal rank.</summary>
    /// <param name="rank">The 1-based rank, or 0 when not ranked.</param>
    /// <returns><c>1 / rank</c>, or 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is negative.</exception>
    public static double ReciprocalRank(int rank)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        return rank >= 1 ? 1.0 / rank : 0;
    }

    private static void Check(int rank, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
    }
}
