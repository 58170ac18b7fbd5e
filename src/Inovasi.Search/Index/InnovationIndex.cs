using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inovasi.Search.Analysis;
using Inovasi.Search.Index.Internal;
using Inovasi.Search.Index.Querying;
using Inovasi.Search.Index.Scoring;
using Inovasi.Search.Index.Storage;
using Inovasi.Search.Writeups;

namespace Inovasi.Search;

/// <summary>
/// A durable, embedded search index of innovation write-ups: one SQLite file as the source of truth and an
/// in-memory inverted index (BM25F with MaxScore pruning) for search.
/// </summary>
/// <remarks>
/// <para>Open with <see cref="Open"/>, fill with <see cref="UpdateFromDirectory"/> (incremental) or
/// <see cref="Upsert"/>/<see cref="Remove"/>, query with <see cref="Search"/>. Every change is one SQLite
/// transaction; a failure leaves the previous state whole, on disk and in memory.</para>
/// <threadsafety>Readers (<see cref="Search"/>, <see cref="Get"/>, <see cref="Innovations"/>,
/// <see cref="Statistics"/>) are thread-safe and lock-free: each works on the immutable snapshot current when it
/// started. Writers are serialised; when a write commits, the next snapshot replaces the current one atomically.
/// Only one <see cref="InnovationIndex"/> should write to a file at a time.</threadsafety>
/// </remarks>
public sealed class InnovationIndex : IDisposable
{
    private readonly InnovationIndexOptions _options;
    private readonly IndexStore _store;
    private readonly ScoringParameters _scoring;
    private readonly Lock _writeLock = new();
    private readonly List<string> _terms;
    private readonly Dictionary<string, int> _termIds;
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, DocEntry> _docs;
    private readonly string _analyzerVersion;
    private volatile Snapshot _snapshot;
    private volatile SnapshotDocuments _innovations;
    private DateTimeOffset? _lastUpdated;
    private bool _disposed;

    private InnovationIndex(InnovationIndexOptions options, IndexStore store, string analyzerVersion, string? notice)
    {
        _options = options;
        _store = store;
        _scoring = new ScoringParameters(options);
        _analyzerVersion = analyzerVersion;
        OpenNotice = notice;
        _terms = store.LoadTerms();
        _termIds = new Dictionary<string, int>(_terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < _terms.Count; i++)
        {
            _termIds[_terms[i]] = i;
        }

        _words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, term) in store.LoadWords())
        {
            _words[word] = term;
        }

        _docs = LoadDocuments(store);
        _lastUpdated = ParseTime(store.GetMeta("last_updated"));
        _snapshot = BuildSnapshot();
        _innovations = new SnapshotDocuments(_snapshot);
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => _store.Path;

    /// <summary>
    /// What <see cref="Open"/> had to do to a file of another version (re-analyzed or emptied), or
    /// <see langword="null"/> when the file was current.
    /// </summary>
    public string? OpenNotice { get; }

    /// <summary>Every indexed write-up in id order (ordinal), as of the current snapshot.</summary>
    /// <remarks>Write-ups are decoded from the index when first read, then kept with the snapshot.</remarks>
    public IReadOnlyList<Innovation> Innovations => _innovations;

    /// <summary>Counts, sizes and versions of the current snapshot and file.</summary>
    public IndexStatistics Statistics
    {
        get
        {
            var s = _snapshot;
            return new IndexStatistics
            {
                Documents = s.Count,
                Terms = s.Terms.Length,
                Postings = s.PostingDocs.Length,
                Positions = s.Positions.Length,
                FileBytes = _store.FileBytes(),
                SourceBytes = s.SourceBytes,
                SchemaVersion = IndexStore.SchemaVersion,
                AnalyzerVersion = _analyzerVersion,
                LastUpdated = _lastUpdated,
            };
        }
    }

    /// <summary>Opens an index file, creating it when missing.</summary>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The open index.</returns>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is null or empty, or an option is out of range.</exception>
    /// <exception cref="IndexVersionException">The file has another schema or analyzer version and <see cref="InnovationIndexOptions.VersionPolicy"/> is <see cref="IndexVersionPolicy.Refuse"/>.</exception>
    /// <exception cref="InvalidDataException">The file is an SQLite database that is not an Inovasi index, or is damaged.</exception>
    /// <exception cref="Microsoft.Data.Sqlite.SqliteException">The file cannot be opened (not SQLite, no permission).</exception>
    public static InnovationIndex Open(string databasePath, InnovationIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        options ??= new InnovationIndexOptions();
        options.Validate();
        var path = Path.GetFullPath(databasePath);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var analyzerVersion = AnalyzerVersion(options.Analyzer);
        var store = IndexStore.Open(path);
        try
        {
            string? notice = null;
            if (!store.IsInitialised())
            {
                if (store.HasAnyTable())
                {
                    throw new InvalidDataException(IndexMessages.NotAnIndex(path));
                }

                store.Create(analyzerVersion);
            }
            else
            {
                var schemaText = store.GetMeta("schema_version");
                var storedSchema = int.TryParse(schemaText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : -1;
                var storedAnalyzer = store.GetMeta("analyzer_version") ?? "";
                if (storedSchema != IndexStore.SchemaVersion)
                {
                    if (options.VersionPolicy == IndexVersionPolicy.Refuse)
                    {
                        throw new IndexVersionException(path, storedSchema, IndexStore.SchemaVersion, storedAnalyzer, analyzerVersion);
                    }

                    store.Create(analyzerVersion);
                    notice = IndexMessages.RebuiltSchema(storedSchema, IndexStore.SchemaVersion);
                }
                else if (!string.Equals(storedAnalyzer, analyzerVersion, StringComparison.Ordinal))
                {
                    if (options.VersionPolicy == IndexVersionPolicy.Refuse)
                    {
                        throw new IndexVersionException(path, storedSchema, IndexStore.SchemaVersion, storedAnalyzer, analyzerVersion);
                    }

                    var count = Reanalyze(store, options.Analyzer, analyzerVersion);
                    notice = IndexMessages.RebuiltAnalyzer(storedAnalyzer, analyzerVersion, count);
                }
            }

            return new InnovationIndex(options, store, analyzerVersion, notice);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Brings the index in line with a folder of write-ups: adds new files, updates changed ones (by content
    /// hash), removes write-ups whose file under this folder is gone, and writes nothing when nothing changed.
    /// </summary>
    /// <param name="corpusDirectory">The folder (searched recursively, see <see cref="WriteupReader.FindFiles"/>).</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the update before it commits; nothing is then written.</param>
    /// <returns>What changed, and the invalid files with their diagnostics.</returns>
    /// <remarks>
    /// Invalid files are skipped and reported; a write-up indexed before from an now-invalid file keeps its
    /// previous version. Write-ups added with <see cref="Upsert"/> without a source path, or from another folder,
    /// are never removed. All changes are one transaction.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="corpusDirectory"/> is null or empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">The update was cancelled; the index is unchanged.</exception>
    public IndexUpdateSummary UpdateFromDirectory(string corpusDirectory, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(corpusDirectory);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = _options.TimeProvider.GetTimestamp();
        var root = Path.GetFullPath(corpusDirectory);
        var files = WriteupReader.FindFiles(root).Select(Path.GetFullPath).ToArray();
        lock (_writeLock)
        {
            // 1. Read and hash every file.
            var hashes = new byte[files.Length][];
            var sizes = new long[files.Length];
            var done = 0;
            Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var bytes = File.ReadAllBytes(files[i]);
                hashes[i] = Hash(bytes);
                sizes[i] = bytes.Length;
                var n = Interlocked.Increment(ref done);
                if ((n & 255) == 0 || n == files.Length)
                {
                    progress?.Report(new IndexProgress(IndexStage.Reading, n, files.Length));
                }
            });

            var idByPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, entry) in _docs)
            {
                if (entry.SourcePath is { } p)
                {
                    idByPath[p] = id;
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var changedFiles = new List<int>();
            var unchanged = 0;
            for (var i = 0; i < files.Length; i++)
            {
                if (idByPath.TryGetValue(files[i], out var id) && _docs[id].ContentHash.AsSpan().SequenceEqual(hashes[i]))
                {
                    seen.Add(id);
                    unchanged++;
                }
                else
                {
                    changedFiles.Add(i);
                }
            }

            // 2. Parse and analyze the changed files, a chunk at a time so that only the compact stored form of
            //    the whole corpus is held, never every parsed and analyzed write-up at once.
            var invalid = new List<InvalidWriteup>();
            var warnings = new List<WriteupDiagnostic>();
            var batch = new ChangeBatch(this);
            var pathOfId = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < files.Length; i++)
            {
                if (idByPath.TryGetValue(files[i], out var id) && seen.Contains(id))
                {
                    pathOfId[id] = files[i];
                }
            }

            int added = 0, updated = 0;
            const int ChunkSize = 2048;
            var results = new WriteupReadResult[Math.Min(ChunkSize, changedFiles.Count)];
            var analyzed = new AnalyzedDocument?[results.Length];
            var blobs = new byte[]?[results.Length];
            for (var chunk = 0; chunk < changedFiles.Count; chunk += ChunkSize)
            {
                var count = Math.Min(ChunkSize, changedFiles.Count - chunk);
                Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
                {
                    var result = WriteupReader.ReadFile(files[changedFiles[chunk + k]], _options.TimeProvider);
                    results[k] = result;
                    analyzed[k] = null;
                    blobs[k] = null;
                    if (result.Innovation is { } innovation)
                    {
                        analyzed[k] = DocumentAnalyzer.Analyze(innovation, _options.Analyzer);
                        blobs[k] = InnovationCodec.Encode(innovation);
                    }
                });
                progress?.Report(new IndexProgress(IndexStage.Analyzing, chunk + count, changedFiles.Count));

                for (var k = 0; k < count; k++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var i = changedFiles[chunk + k];
                    var result = results[k];
                    warnings.AddRange(result.Warnings);
                    if (result.Innovation is not { } innovation)
                    {
                        invalid.Add(new InvalidWriteup(files[i], result.Errors));
                        if (idByPath.TryGetValue(files[i], out var kept))
                        {
                            seen.Add(kept);
                        }

                        continue;
                    }

                    if (pathOfId.TryGetValue(innovation.Id, out var other))
                    {
                        invalid.Add(new InvalidWriteup(files[i],
                        [
                            new WriteupDiagnostic(files[i], IdLine(files[i]), "id", IndexMessages.DuplicateId(innovation.Id, other), DiagnosticSeverity.Error),
                        ]));
                        continue;
                    }

                    pathOfId[innovation.Id] = files[i];
                    seen.Add(innovation.Id);
                    if (_docs.ContainsKey(innovation.Id))
                    {
                        updated++;
                    }
                    else
                    {
                        added++;
                    }

                    batch.Add(innovation, analyzed[k]!, blobs[k]!, files[i], hashes[i], sizes[i]);
                }
            }

            Array.Clear(results);
            Array.Clear(analyzed);

            var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            var removed = 0;
            foreach (var (id, entry) in _docs)
            {
                if (!seen.Contains(id) && entry.SourcePath is { } p && p.StartsWith(prefix, StringComparison.Ordinal))
                {
                    batch.Remove(id);
                    removed++;
                }
            }

            if (batch.IsEmpty)
            {
                return new IndexUpdateSummary
                {
                    Unchanged = unchanged,
                    Invalid = invalid,
                    Warnings = warnings,
                    Elapsed = _options.TimeProvider.GetElapsedTime(started),
                };
            }

            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new IndexProgress(IndexStage.Writing, 0, 1));
            batch.Commit();
            progress?.Report(new IndexProgress(IndexStage.Writing, 1, 1));
            progress?.Report(new IndexProgress(IndexStage.Building, 0, 1));
            Publish();
            progress?.Report(new IndexProgress(IndexStage.Building, 1, 1));
            if (batch.Size > 1000)
            {
                _store.Checkpoint();
            }

            return new IndexUpdateSummary
            {
                Added = added,
                Updated = updated,
                Removed = removed,
                Unchanged = unchanged,
                Invalid = invalid,
                Warnings = warnings,
                Elapsed = _options.TimeProvider.GetElapsedTime(started),
            };
        }
    }

    /// <summary>Adds or replaces one write-up (by id), atomically.</summary>
    /// <param name="innovation">The write-up.</param>
    /// <param name="sourcePath">The file it was saved to, or <see langword="null"/>; a write-up with a path inside a
    /// folder is removed by <see cref="UpdateFromDirectory"/> of that folder when the file is gone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="innovation"/> is null.</exception>
    public void Upsert(Innovation innovation, string? sourcePath = null)
    {
        ArgumentNullException.ThrowIfNull(innovation);
        UpsertRange([(innovation, sourcePath)]);
    }

    /// <summary>Adds or replaces several write-ups in one transaction and one snapshot swap.</summary>
    internal void UpsertRange(IReadOnlyList<(Innovation Innovation, string? SourcePath)> items)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var prepared = new (byte[] Text, AnalyzedDocument Analyzed, byte[] Blob)[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            var innovation = items[i].Innovation;
            prepared[i] = (Encoding.UTF8.GetBytes(WriteupWriter.Write(innovation)), DocumentAnalyzer.Analyze(innovation, _options.Analyzer), InnovationCodec.Encode(innovation));
        });
        lock (_writeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var batch = new ChangeBatch(this);
            for (var i = 0; i < items.Count; i++)
            {
                var (innovation, sourcePath) = items[i];
                var path = sourcePath is null ? null : Path.GetFullPath(sourcePath);
                batch.Add(innovation, prepared[i].Analyzed, prepared[i].Blob, path, Hash(prepared[i].Text), prepared[i].Text.Length);
            }

            batch.Commit();
            Publish();
        }
    }

    /// <summary>Removes one write-up, atomically.</summary>
    /// <param name="id">Its id.</param>
    /// <returns>Whether it was in the index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_writeLock)
        {
            if (!_docs.ContainsKey(id))
            {
                return false;
            }

            var batch = new ChangeBatch(this);
            batch.Remove(id);
            batch.Commit();
            Publish();
            return true;
        }
    }

    /// <summary>The write-up with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The write-up as of the current snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Innovation? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var s = _snapshot;
        return s.OrdinalById.TryGetValue(id, out var ordinal) ? s.Document(ordinal) : null;
    }

    /// <summary>Runs a search on the current snapshot.</summary>
    /// <param name="request">The query, filters and paging.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>
    /// The hits, best first: write-ups matching more of the query's top-level clauses first, then by BM25F score,
    /// then by id. Malformed queries never throw: the result carries a <see cref="SearchResult.Message"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The search was cancelled.</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _options.TimeProvider.GetTimestamp();
        var snapshot = _snapshot;
        var skip = Math.Max(0, request.Skip);
        var take = Math.Clamp(request.Take, 0, 1000);
        var parsed = QueryParser.Parse(request.Query, _options.MaxQueryLength, _options.MaxClauses);
        var plan = QueryCompiler.Compile(parsed, request, snapshot, _options, cancellationToken);
        var blank = string.IsNullOrWhiteSpace(request.Query);
        if (!plan.HasConditions && blank)
        {
            // A blank query lists everything (browse by facets).
            plan.HasConditions = true;
        }
        else if (!plan.HasConditions)
        {
            plan.Messages.Add(IndexMessages.NothingSearchable());
        }
        else if (plan.Positive.Count == 0 && plan.Required is null && plan.Excluded is not null && plan.Filter.IsEmpty)
        {
            plan.Messages.Add(IndexMessages.OnlyExclusions());
        }

        var k = (int)Math.Min((long)skip + take, int.MaxValue);
        var outcome = Searcher.Execute(snapshot, plan, k, request.IncludeFacets, cancellationToken);
        var hits = new List<SearchHit>(Math.Max(0, outcome.Top.Length - skip));
        for (var i = skip; i < outcome.Top.Length; i++)
        {
            var c = outcome.Top[i];
            var meta = snapshot.Entries[c.Doc].Meta;
            var ordinal = c.Doc;
            hits.Add(new SearchHit(meta.Id, meta.Title, c.Score, () => snapshot.Document(ordinal))
            {
                MatchedClauses = c.Coord,
                Snippet = request.IncludeSnippets
                    ? SnippetBuilder.Build(snapshot.Document(c.Doc), plan.HighlightTerms, _options.Analyzer, _options.SnippetLength)
                    : null,
            });
        }

        IReadOnlyList<Facet> facets = [];
        if (request.IncludeFacets)
        {
            var matches = outcome.Matches ?? new ulong[(snapshot.Count + 63) >> 6];
            facets = Searcher.CountFacets(snapshot, matches, _options.MaxFacetValues, cancellationToken);
        }

        return new SearchResult
        {
            Hits = hits,
            Total = outcome.Total,
            Facets = facets,
            Suggestion = Suggest(request.Query, plan),
            Message = plan.Messages.Count == 0 ? null : string.Join(" ", plan.Messages.Distinct(StringComparer.Ordinal)),
            Elapsed = _options.TimeProvider.GetElapsedTime(started),
        };
    }

    /// <summary>Closes the database connection. Snapshots already handed out stay usable.</summary>
    public void Dispose()
    {
        lock (_writeLock)
        {
            if (!_disposed)
            {
                _disposed = true;
                _store.Dispose();
            }
        }
    }

    internal Snapshot CurrentSnapshot => _snapshot;

    private static string? Suggest(string? query, QueryPlan plan)
    {
        if (plan.Corrections.Count == 0 || query is null)
        {
            return null;
        }

        var sb = new StringBuilder(query.Length + 16);
        var at = 0;
        foreach (var (start, length, replacement) in plan.Corrections.OrderBy(c => c.Start))
        {
            if (start < at || start + length > query.Length)
            {
                continue;
            }

            sb.Append(query, at, start - at).Append(replacement);
            at = start + length;
        }

        sb.Append(query, at, query.Length - at);
        return sb.ToString();
    }

    private static string AnalyzerVersion(IndonesianAnalyzer analyzer) =>
        string.Create(CultureInfo.InvariantCulture, $"{IndonesianAnalyzer.Version};{analyzer.Stemming};{(analyzer.RemoveStopwords ? "stopwords" : "all-words")}");

    private static byte[] Hash(ReadOnlySpan<byte> bytes) => SHA256.HashData(bytes)[..16];

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;

    private static int IdLine(string path)
    {
        try
        {
            var line = 1;
            foreach (var text in File.ReadLines(path))
            {
                if (text.StartsWith("id:", StringComparison.Ordinal))
                {
                    return line;
                }

                line++;
            }
        }
        catch (IOException)
        {
            return 1;
        }

        return 1;
    }

    private static Dictionary<string, DocEntry> LoadDocuments(IndexStore store)
    {
        var docs = new Dictionary<string, DocEntry>(StringComparer.Ordinal);
        foreach (var row in store.LoadDocuments())
        {
            docs[row.Id] = new DocEntry(DocumentMetadata.Decode(row.Id, row.Metadata), row.Innovation, row.Terms, row.SourcePath, row.ContentHash, row.SourceBytes);
        }

        return docs;
    }

    /// <summary>Re-analyzes every stored write-up with the current analyzer, in one transaction.</summary>
    private static int Reanalyze(IndexStore store, IndonesianAnalyzer analyzer, string analyzerVersion)
    {
        var rows = store.LoadDocuments().ToList();
        var innovations = new Innovation[rows.Count];
        var analyzed = new AnalyzedDocument[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            innovations[i] = InnovationCodec.Decode(rows[i].Innovation);
            analyzed[i] = DocumentAnalyzer.Analyze(innovations[i], analyzer);
        });
        var terms = new List<string>();
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var upserts = new List<StoredDocument>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var vector = ChangeBatch.ToVector(analyzed[i], termIds, terms, words);
            upserts.Add(rows[i] with { Terms = vector.Encode(), Metadata = DocumentMetadata.From(innovations[i]).Encode() });
        }

        store.Apply(
            terms.Select((t, i) => (i, t)).ToList(),
            words.Select(w => (w.Key, w.Value)).ToList(),
            upserts,
            [],
            new Dictionary<string, string> { ["analyzer_version"] = analyzerVersion },
            clearAll: true);
        return rows.Count;
    }

    private Snapshot BuildSnapshot() => SnapshotBuilder.Build(_docs.Values, _terms, _words, _scoring);

    private void Publish()
    {
        var snapshot = BuildSnapshot();
        _snapshot = snapshot;
        _innovations = new SnapshotDocuments(snapshot);
    }

    /// <summary>
    /// The changes of one write: new terms and words get ids in an overlay, so that a failed transaction leaves
    /// the writer's dictionaries as they were; <see cref="Commit"/> writes, then merges.
    /// </summary>
    private sealed class ChangeBatch
    {
        private readonly InnovationIndex _index;
        private readonly List<string> _newTerms = [];
        private readonly Dictionary<string, int> _newTermIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _newWords = new(StringComparer.Ordinal);
        private readonly List<(StoredDocument Row, DocEntry Entry)> _upserts = [];
        private readonly List<string> _removals = [];

        public ChangeBatch(InnovationIndex index) => _index = index;

        public bool IsEmpty => _upserts.Count == 0 && _removals.Count == 0;

        public int Size => _upserts.Count + _removals.Count;

        public void Add(Innovation innovation, AnalyzedDocument analyzed, byte[] blob, string? path, byte[] hash, long size)
        {
            var ids = new int[analyzed.Terms.Length];
            for (var t = 0; t < ids.Length; t++)
            {
                ids[t] = TermId(analyzed.Terms[t]);
            }

            for (var w = 0; w < analyzed.Words.Length; w++)
            {
                var word = analyzed.Words[w];
                var id = ids[analyzed.WordTerms[w]];
                if (!(_index._words.TryGetValue(word, out var existing) && existing == id))
                {
                    _newWords[word] = id;
                }
            }

            var vector = Sorted(ids, analyzed);
            var terms = vector.Encode();
            var meta = DocumentMetadata.From(innovation);
            _upserts.Add((new StoredDocument(innovation.Id, path, hash, size, meta.Encode(), blob, terms), new DocEntry(meta, blob, terms, path, hash, size)));
        }

        public void Remove(string id) => _removals.Add(id);

        public void Commit()
        {
            var baseId = _index._terms.Count;
            _index._store.Apply(
                _newTerms.Select((t, i) => (baseId + i, t)).ToList(),
                _newWords.Select(w => (w.Key, w.Value)).ToList(),
                _upserts.Select(u => u.Row).ToList(),
                _removals);
            foreach (var t in _newTerms)
            {
                _index._termIds[t] = _index._terms.Count;
                _index._terms.Add(t);
            }

            foreach (var (word, id) in _newWords)
            {
                _index._words[word] = id;
            }

            foreach (var id in _removals)
            {
                _index._docs.Remove(id);
            }

            foreach (var (_, entry) in _upserts)
            {
                _index._docs[entry.Id] = entry;
            }

            _index._lastUpdated = DateTimeOffset.UtcNow;
        }

        internal static TermVector ToVector(AnalyzedDocument analyzed, Dictionary<string, int> termIds, List<string> terms, Dictionary<string, int> words)
        {
            var ids = new int[analyzed.Terms.Length];
            for (var t = 0; t < ids.Length; t++)
            {
                if (!termIds.TryGetValue(analyzed.Terms[t], out var id))
                {
                    id = terms.Count;
                    termIds[analyzed.Terms[t]] = id;
                    terms.Add(analyzed.Terms[t]);
                }

                ids[t] = id;
            }

            for (var w = 0; w < analyzed.Words.Length; w++)
            {
                words.TryAdd(analyzed.Words[w], ids[analyzed.WordTerms[w]]);
            }

            return Sorted(ids, analyzed);
        }

        private int TermId(string term)
        {
            if (_index._termIds.TryGetValue(term, out var id))
            {
                return id;
            }

            if (!_newTermIds.TryGetValue(term, out id))
            {
                id = _index._terms.Count + _newTerms.Count;
                _newTermIds[term] = id;
                _newTerms.Add(term);
            }

            return id;
        }

        /// <summary>The term vector with terms in ascending global id order.</summary>
        private static TermVector Sorted(int[] ids, AnalyzedDocument analyzed)
        {
            var order = new int[ids.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var keys = (int[])ids.Clone();
            Array.Sort(keys, order);
            var starts = new int[ids.Length + 1];
            var positions = new int[analyzed.Positions.Length];
            var o = 0;
            for (var i = 0; i < order.Length; i++)
            {
                starts[i] = o;
                var from = analyzed.PositionStarts[order[i]];
                var count = analyzed.PositionStarts[order[i] + 1] - from;
                Array.Copy(analyzed.Positions, from, positions, o, count);
                o += count;
            }

            starts[ids.Length] = o;
            return new TermVector(keys, starts, positions, analyzed.FieldLengths);
        }
    }

    /// <summary>The write-ups of one snapshot as a list, decoded on demand.</summary>
    private sealed class SnapshotDocuments(Snapshot snapshot) : IReadOnlyList<Innovation>
    {
        public int Count => snapshot.Count;

        public Innovation this[int index] => (uint)index < (uint)snapshot.Count
            ? snapshot.Document(index)
            : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Innovation> GetEnumerator()
        {
            for (var i = 0; i < snapshot.Count; i++)
            {
                yield return snapshot.Document(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
