using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Inovasi.Search.Index.Storage;

/// <summary>One stored write-up row.</summary>
internal sealed record StoredDocument(string Id, string? SourcePath, byte[] ContentHash, long SourceBytes, byte[] Metadata, byte[] Innovation, byte[] Terms);

/// <summary>
/// The SQLite file, the source of truth: schema and analyzer versions (<c>meta</c>), the term dictionary
/// (<c>terms</c>), surface words for typo correction (<c>words</c>) and one row per write-up (<c>documents</c>:
/// compressed write-up plus its term vector).
/// </summary>
/// <remarks>Not thread-safe; the index serialises writers and opens its own connection.</remarks>
internal sealed class IndexStore : IDisposable
{
    /// <summary>Bump when the tables or the blob formats change.</summary>
    public const int SchemaVersion = 2;

    private readonly SqliteConnection _connection;

    private IndexStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    public static IndexStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // Rows of about 2 KB fill 4 KB pages badly (one row a page); 16 KB pages waste a few percent.
            // The page size only applies to a new file, so it is set before WAL mode.
            Execute(connection, "PRAGMA page_size=16384;");
            Execute(connection, "PRAGMA journal_mode=WAL;");
            Execute(connection, "PRAGMA synchronous=NORMAL;");
            Execute(connection, "PRAGMA foreign_keys=OFF;");
            return new IndexStore(connection, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Whether the file has our tables (false for a new, empty file).</summary>
    public bool IsInitialised()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Whether the file holds tables at all (a foreign SQLite file is refused).</summary>
    public bool HasAnyTable()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type='table'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    public void Create(string analyzerVersion)
    {
        using var tx = _connection.BeginTransaction();
        foreach (var sql in new[]
        {
            "DROP TABLE IF EXISTS meta",
            "DROP TABLE IF EXISTS terms",
            "DROP TABLE IF EXISTS words",
            "DROP TABLE IF EXISTS documents",
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE terms(term_id INTEGER PRIMARY KEY, term TEXT NOT NULL)",
            "CREATE TABLE words(word TEXT PRIMARY KEY, term_id INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE TABLE documents(id TEXT PRIMARY KEY, source_path TEXT, content_hash BLOB NOT NULL, source_bytes INTEGER NOT NULL, meta BLOB NOT NULL, innovation BLOB NOT NULL, terms BLOB NOT NULL)",
        })
        {
            Execute(_connection, sql, tx);
        }

        SetMeta(tx, "schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture));
        SetMeta(tx, "analyzer_version", analyzerVersion);
        tx.Commit();
    }

    public string? GetMeta(string key)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public List<string> LoadTerms()
    {
        var terms = new List<string>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT term_id, term FROM terms ORDER BY term_id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            if (id != terms.Count)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"The index file {Path} is damaged: term ids are not contiguous at {id}."));
            }

            terms.Add(reader.GetString(1));
        }

        return terms;
    }

    public List<(string Word, int TermId)> LoadWords()
    {
        var words = new List<(string, int)>();
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT word, term_id FROM words";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            words.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return words;
    }

    public IEnumerable<StoredDocument> LoadDocuments()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, source_path, content_hash, source_bytes, meta, innovation, terms FROM documents";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredDocument(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                (byte[])reader.GetValue(2),
                reader.GetInt64(3),
                (byte[])reader.GetValue(4),
                (byte[])reader.GetValue(5),
                (byte[])reader.GetValue(6));
        }
    }

    /// <summary>Applies one change set in a single transaction; on any failure nothing is written.</summary>
    public void Apply(
        IReadOnlyList<(int Id, string Term)> newTerms,
        IReadOnlyList<(string Word, int TermId)> newWords,
        IReadOnlyList<StoredDocument> upserts,
        IReadOnlyList<string> removals,
        IReadOnlyDictionary<string, string>? metaValues = null,
        bool clearAll = false)
    {
        using var tx = _connection.BeginTransaction();
        if (clearAll)
        {
            Execute(_connection, "DELETE FROM terms", tx);
            Execute(_connection, "DELETE FROM words", tx);
            Execute(_connection, "DELETE FROM documents", tx);
        }

        if (newTerms.Count > 0)
        {
            using var insert = _connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO terms(term_id, term) VALUES ($id, $term)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var term = insert.Parameters.Add("$term", SqliteType.Text);
            insert.Prepare();
            foreach (var (termId, text) in newTerms)
            {
                id.Value = termId;
                term.Value = text;
                insert.ExecuteNonQuery();
            }
        }

        if (newWords.Count > 0)
        {
            using var insert = _connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT OR REPLACE INTO words(word, term_id) VALUES ($word, $term)";
            var word = insert.Parameters.Add("$word", SqliteType.Text);
            var term = insert.Parameters.Add("$term", SqliteType.Integer);
            insert.Prepare();
            foreach (var (text, termId) in newWords)
            {
                word.Value = text;
                term.Value = termId;
                insert.ExecuteNonQuery();
            }
        }

        if (removals.Count > 0)
        {
            using var delete = _connection.CreateCommand();
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM documents WHERE id = $id";
            var id = delete.Parameters.Add("$id", SqliteType.Text);
            delete.Prepare();
            foreach (var removed in removals)
            {
                id.Value = removed;
                delete.ExecuteNonQuery();
            }
        }

        if (upserts.Count > 0)
        {
            using var upsert = _connection.CreateCommand();
            upsert.Transaction = tx;
            upsert.CommandText = "INSERT OR REPLACE INTO documents(id, source_path, content_hash, source_bytes, meta, innovation, terms) VALUES ($id, $path, $hash, $bytes, $meta, $innovation, $terms)";
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var path = upsert.Parameters.Add("$path", SqliteType.Text);
            var hash = upsert.Parameters.Add("$hash", SqliteType.Blob);
            var bytes = upsert.Parameters.Add("$bytes", SqliteType.Integer);
            var meta = upsert.Parameters.Add("$meta", SqliteType.Blob);
            var innovation = upsert.Parameters.Add("$innovation", SqliteType.Blob);
            var terms = upsert.Parameters.Add("$terms", SqliteType.Blob);
            upsert.Prepare();
            foreach (var doc in upserts)
            {
                id.Value = doc.Id;
                path.Value = (object?)doc.SourcePath ?? DBNull.Value;
                hash.Value = doc.ContentHash;
                bytes.Value = doc.SourceBytes;
                meta.Value = doc.Metadata;
                innovation.Value = doc.Innovation;
                terms.Value = doc.Terms;
                upsert.ExecuteNonQuery();
            }
        }

        SetMeta(tx, "last_updated", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        if (metaValues is not null)
        {
            foreach (var (key, value) in metaValues)
            {
                SetMeta(tx, key, value);
            }
        }

        tx.Commit();
    }

    public long FileBytes()
    {
        long size = 0;
        foreach (var suffix in new[] { "", "-wal" })
        {
            var file = new FileInfo(Path + suffix);
            if (file.Exists)
            {
                size += file.Length;
            }
        }

        return size;
    }

    /// <summary>Folds the write-ahead log into the main file (after a large update).</summary>
    public void Checkpoint() => Execute(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");

    public void Dispose() => _connection.Dispose();

    private void SetMeta(SqliteTransaction tx, string key, string value)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES ($key, $value)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
