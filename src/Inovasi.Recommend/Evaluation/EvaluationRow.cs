namespace Inovasi.Recommend.Evaluation;

/// <summary>One line of the evaluation table: a method on a split of a corpus.</summary>
/// <param name="Method">The method: <c>learned</c>, <c>cold-start</c>, <c>most-replicated</c>,
/// <c>most-replicated-same-affairs</c> or <c>text-only</c>.</param>
/// <param name="Split">The split: <c>time</c> or <c>leave-one-out</c>.</param>
/// <param name="Corpus">The corpus's name (e.g. <c>data</c>, <c>generated</c>).</param>
/// <param name="Cases">Held-out replications evaluated; 0 when the split had none (the metrics are then 0).</param>
/// <param name="Hr5">Hit rate at 5: share of held-out replications ranked in the top 5.</param>
/// <param name="Hr10">Hit rate at 10.</param>
/// <param name="Ndcg10">Mean nDCG at 10.</param>
/// <param name="Mrr">Mean reciprocal rank (over the full ranking).</param>
/// <param name="Coverage">Catalogue coverage: share of candidate write-ups that appear in at least one top-10 list.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record EvaluationRow(string Method, string Split, string Corpus, int Cases, double Hr5, double Hr10, double Ndcg10, double Mrr, double Coverage);
