namespace Inovasi.Recommend;

/// <summary>An innovation id that the model does not know.</summary>
/// <remarks>Thrown by <see cref="Recommender.Similar(string, int)"/> and <see cref="Recommender.Adopters(string, int)"/>;
/// check first with <see cref="Recommender.TryGetInnovation(string, out Search.Writeups.Innovation)"/>.
/// <threadsafety>Immutable.</threadsafety></remarks>
public sealed class UnknownInnovationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="id">The unknown id.</param>
    public UnknownInnovationException(string id)
        : base($"Inovasi '{id}' tidak dikenal.", nameof(id)) => Id = id;

    /// <summary>The unknown id.</summary>
    public string Id { get; }
}
