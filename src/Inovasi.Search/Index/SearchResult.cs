using Inovasi.Search.Writeups;

namespace Inovasi.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record SearchResult
{
    /// <summary>The requested page of hits, best first.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>How many write-ups match the query and filters in all.</summary>
    public required int Total { get; init; }

    /// <summary>Facet counts over every match, when <see cref="SearchRequest.IncludeFacets"/> was set; else empty.</summary>
    public IReadOnlyList<Facet> Facets { get; init; } = [];

    /// <summary>A corrected query ("did you mean") when words of the query were unknown and corrected, else <see langword="null"/>.</summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// A message for the user when the query was malformed or partly ignored (e.g. an unclosed quote, a bad year
    /// range), naming the position; <see langword="null"/> when the query was understood as written.
    /// </summary>
    public string? Message { get; init; }

    /// <summary>Time spent answering, measured inside the engine.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>One ranked write-up.</summary>
/// <remarks>
/// <see cref="Innovation"/> is read from the index when first asked for (a search that only lists ids, titles and
/// scores never decodes the write-ups), then kept.
/// <threadsafety>Immutable; thread-safe.</threadsafety>
/// </remarks>
public sealed class SearchHit
{
    private readonly Func<Innovation>? _load;
    private Innovation? _innovation;

    /// <summary>Creates a hit.</summary>
    /// <param name="id">The write-up's id.</param>
    /// <param name="title">Its title.</param>
    /// <param name="score">Its score.</param>
    /// <param name="innovation">The write-up.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SearchHit(string id, string title, double score, Innovation innovation)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(innovation);
        Id = id;
        Title = title;
        Score = score;
        _innovation = innovation;
    }

    internal SearchHit(string id, string title, double score, Func<Innovation> load)
    {
        Id = id;
        Title = title;
        Score = score;
        _load = load;
    }

    /// <summary>The write-up's id.</summary>
    public string Id { get; }

    /// <summary>Its title (<c>judul</c>).</summary>
    public string Title { get; }

    /// <summary>Its relevance score (BM25F; higher is better; comparable only within one result).</summary>
    public double Score { get; }

    /// <summary>The whole write-up.</summary>
    public Innovation Innovation => Volatile.Read(ref _innovation) ?? (_innovation = _load!());

    /// <summary>
    /// How many of the query's top-level clauses the write-up matches: hits matching more clauses rank first
    /// (relaxation), then by <see cref="Score"/>.
    /// </summary>
    public int MatchedClauses { get; init; }

    /// <summary>The best passage with the matched words marked, when snippets were requested; else <see langword="null"/>.</summary>
    public Snippet? Snippet { get; init; }

    /// <summary>The hit as <c>id (score)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id} ({Score:F4})");
}

/// <summary>A passage of a write-up's original text with the matched words marked by offsets.</summary>
/// <param name="Text">The passage, plain text as written (never HTML; escape it when rendering).</param>
/// <param name="Section">Where it comes from: <c>judul</c>, <c>ringkasan</c>, or the body section heading (e.g. <c>Latar Belakang</c>); <c>body</c> before any heading.</param>
/// <param name="Highlights">The matched words, as offsets into <paramref name="Text"/>, in order, not overlapping.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record Snippet(string Text, string Section, IReadOnlyList<Highlight> Highlights);

/// <summary>A marked span of a <see cref="Snippet"/>'s text.</summary>
/// <param name="Start">Offset of the first character in <see cref="Snippet.Text"/>.</param>
/// <param name="Length">Number of characters.</param>
/// <remarks><threadsafety>Immutable value.</threadsafety></remarks>
public readonly record struct Highlight(int Start, int Length);

/// <summary>Counts of one facet's values over the matches of a query.</summary>
/// <param name="Name">The facet: <c>klaster</c>, <c>urusan</c>, <c>pemda</c>, <c>opd</c>, <c>tahun</c>, <c>unsur</c>, <c>digital</c> or <c>tahap</c>.</param>
/// <param name="Values">Its values with counts, most frequent first (ties by value, ordinal).</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

/// <summary>One facet value and how many matches carry it.</summary>
/// <param name="Value">The value as a filter takes it (e.g. <c>sistem-informasi</c>, <c>2019</c>, <c>waktu</c>, <c>true</c>).</param>
/// <param name="Count">How many matches carry it.</param>
/// <remarks><threadsafety>Immutable value.</threadsafety></remarks>
public readonly record struct FacetValue(string Value, int Count);
