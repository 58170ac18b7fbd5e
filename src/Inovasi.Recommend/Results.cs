using Inovasi.Search.Writeups;

namespace Inovasi.Recommend;

/// <summary>One suggested innovation to replicate, with its score and the reasons a planner can check.</summary>
/// <param name="Innovation">The suggested innovation.</param>
/// <param name="Score">The ranker's score, 0 to 1 (higher is better); suggestions come sorted by it, descending.</param>
/// <param name="Reasons">Why it is suggested, in Indonesian text and as data; the last reason names the signals used.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record Suggestion(Innovation Innovation, double Score, IReadOnlyList<Reason> Reasons)
{
    /// <summary>Near-duplicates of <see cref="Innovation"/> (copies or very similar write-ups) grouped under it
    /// instead of being listed again, best first.</summary>
    public IReadOnlyList<Innovation> Duplicates { get; init; } = [];
}

/// <summary>An innovation similar to another one (or to a draft write-up).</summary>
/// <param name="Innovation">The similar innovation.</param>
/// <param name="Score">Cosine similarity of the two texts' embeddings, -1 to 1 (1 is identical).</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record SimilarInnovation(Innovation Innovation, double Score);

/// <summary>An agency known to the corpus that could replicate a given innovation.</summary>
/// <param name="Agency">The agency's name, as written in the corpus.</param>
/// <param name="Region">Its regional government.</param>
/// <param name="Score">The ranker's score, 0 to 1; candidates come sorted by it, descending.</param>
/// <param name="Reasons">Why, in Indonesian text and as data.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record AdopterCandidate(string Agency, string Region, double Score, IReadOnlyList<Reason> Reasons);

/// <summary>An agency named in a reason.</summary>
/// <param name="Agency">The agency's name.</param>
/// <param name="Region">Its regional government.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record AgencyRef(string Agency, string Region);

/// <summary>The signals a recommendation can draw on.</summary>
public enum Signal
{
    /// <summary>Text similarity (TF-IDF reduced by SVD) to the problem statement or to what the agency runs.</summary>
    Text,

    /// <summary>Same affairs (urusan), or a generic innovation that fits every OPD.</summary>
    Affairs,

    /// <summary>The agency's weak satisfaction-survey elements.</summary>
    Survey,

    /// <summary>Proof: stage, awards, replications, years in use, still running.</summary>
    Proof,

    /// <summary>Co-adoption: agencies that run what this agency runs also replicated it.</summary>
    CoAdoption,

    /// <summary>Agencies similar to this one (same kind of OPD, same history) run it.</summary>
    SimilarAgencies,

    /// <summary>The weights were fitted on replication records (otherwise fixed cold-start weights).</summary>
    LearnedRanker,
}
