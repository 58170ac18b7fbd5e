using Inovasi.Recommend;
using Inovasi.Search;
using Inovasi.Search.Writeups;
using Inovasi.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Inovasi.Web.Catalog;

/// <summary>The site's one view of the libraries: the search index over the corpus folder, the recommender
/// built from it, and the statistics page's counts. Pages and endpoints call this and render.</summary>
/// <remarks><threadsafety>Reads are thread-safe. <see cref="SaveAsync"/> is serialised; readers see the old
/// recommender and statistics or the new ones, never a mix (each is swapped as a whole).</threadsafety></remarks>
public sealed class InnovationCatalog : IDisposable
{
    private readonly ILogger<InnovationCatalog> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private InnovationIndex? _index;
    private volatile Recommender? _recommender;
    private volatile CatalogStatistics? _statistics;

    /// <summary>Creates the catalog; <see cref="InitializeAsync"/> opens it.</summary>
    public InnovationCatalog(IOptions<InovasiWebOptions> options, IHostEnvironment environment, ILogger<InnovationCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _logger = logger;
        CorpusPath = RepositoryRoot.Resolve(environment.ContentRootPath, options.Value.CorpusPath);
        DatabasePath = RepositoryRoot.Resolve(environment.ContentRootPath, options.Value.DatabasePath);
        UpdateOnStart = options.Value.UpdateIndexOnStart;
    }

    /// <summary>The folder of write-ups (absolute).</summary>
    public string CorpusPath { get; }

    /// <summary>The SQLite index file (absolute).</summary>
    public string DatabasePath { get; }

    private bool UpdateOnStart { get; }

    /// <summary>The search index.</summary>
    public InnovationIndex Index => _index ?? throw new InvalidOperationException("The catalog is not initialised.");

    /// <summary>The recommender over the current write-ups.</summary>
    public Recommender Recommender => _recommender ?? throw new InvalidOperationException("The catalog is not initialised.");

    /// <summary>Counts for the statistics page over the current write-ups.</summary>
    public CatalogStatistics Statistics => _statistics ?? throw new InvalidOperationException("The catalog is not initialised.");

    /// <summary>Opens the index, builds it from the corpus folder when it is empty (or brings it up to date when
    /// configured), then builds the recommender.</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        Directory.CreateDirectory(CorpusPath);
        var index = InnovationIndex.Open(DatabasePath);
        if (UpdateOnStart || index.Statistics.Documents == 0)
        {
            var summary = index.UpdateFromDirectory(CorpusPath, null, cancellationToken);
            _logger.LogInformation("Index {Path}: {Added} added, {Updated} updated, {Removed} removed, {Invalid} invalid in {Elapsed}",
                DatabasePath, summary.Added, summary.Updated, summary.Removed, summary.Invalid.Count, summary.Elapsed);
            foreach (var invalid in summary.Invalid)
            {
                foreach (var error in invalid.Errors)
                {
                    _logger.LogWarning("Skipped write-up: {Diagnostic}", error.ToString());
                }
            }
        }

        _index = index;
        Refresh();
    }, cancellationToken);

    /// <summary>Writes a valid write-up to the corpus folder as <c>&lt;id&gt;.md</c> and updates the index, then
    /// the recommender and statistics.</summary>
    /// <remarks>The text goes to a temporary file first; the index update is one transaction, and only after it
    /// succeeds does the file take its final name, so a failure leaves both as they were.</remarks>
    public async Task<string> SaveAsync(Innovation innovation, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innovation);
        ArgumentNullException.ThrowIfNull(text);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var path = Path.Combine(CorpusPath, innovation.Id + ".md");
            var temp = Path.Combine(CorpusPath, "." + innovation.Id + "." + Guid.NewGuid().ToString("N") + ".tmp");
            await File.WriteAllTextAsync(temp, text.ReplaceLineEndings("\n"), cancellationToken).ConfigureAwait(false);
            try
            {
                Index.Upsert(innovation, path);
                File.Move(temp, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }

            Refresh();
            return path;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private void Refresh()
    {
        var innovations = Index.Innovations.ToList();
        _recommender = Recommender.Build(innovations);
        _statistics = CatalogStatistics.From(innovations);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _index?.Dispose();
        _writeLock.Dispose();
    }
}

/// <summary>Opens the catalog before the server starts listening (hosted services start first).</summary>
internal sealed class CatalogInitializer(InnovationCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
