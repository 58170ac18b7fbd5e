using System.Globalization;
using System.Text.Json;
using Inovasi.Recommend.Ranking;
using Microsoft.Data.Sqlite;

namespace Inovasi.Recommend.Storage;

/// <summary>
/// Stores the fitted ranker weights and the model version in the search index's SQLite file, in a table of
/// its own (<c>recommend_model</c>, one row), so the weights travel with the index.
/// </summary>
/// <remarks>
/// Saving replaces the row in one transaction: readers see the old weights or the new ones, never a mix.
/// <threadsafety>Stateless; each call opens its own connection.</threadsafety>
/// </remarks>
public static class RankerStore
{
    /// <summary>The table's name.</summary>
    public const string TableName = "recommend_model";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Saves the weights, replacing any stored before.</summary>
    /// <param name="databasePath">The SQLite file (created if missing).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="time">Clock for the fitted-at stamp; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SqliteException">The file cannot be written.</exception>
    public static void Save(string databasePath, RankerWeights weights, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        ArgumentNullException.ThrowIfNull(weights);
        time ??= TimeProvider.System;
        using var connection = Open(databasePath, SqliteOpenMode.ReadWriteCreate);
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction,
            $"CREATE TABLE IF NOT EXISTS {TableName} (id INTEGER PRIMARY KEY CHECK (id = 1), model_version TEXT NOT NULL, fitted_utc TEXT NOT NULL, weights_json TEXT NOT NULL)");
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT OR REPLACE INTO {TableName} (id, model_version, fitted_utc, weights_json) VALUES (1, $version, $fitted, $json)";
            insert.Parameters.AddWithValue("$version", weights.ModelVersion);
            insert.Parameters.AddWithValue("$fitted", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$json", JsonSerializer.Serialize(Dto.From(weights), Json));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Loads the stored weights.</summary>
    /// <param name="databasePath">The SQLite file.</param>
    /// <returns>The weights, or <see langword="null"/> when the file, the table or the row is missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="databasePath"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stored row cannot be read.</exception>
    public static RankerWeights? Load(string databasePath)
    {
        ArgumentNullException.ThrowIfNull(databasePath);
        if (!File.Exists(databasePath))
        {
            return null;
        }

        using var connection = Open(databasePath, SqliteOpenMode.ReadOnly);
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        exists.Parameters.AddWithValue("$name", TableName);
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT weights_json FROM {TableName} WHERE id = 1";
        if (select.ExecuteScalar() is not string json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dto>(json, Json)?.ToWeights()
                ?? throw new InvalidDataException($"{databasePath}: {TableName}.weights_json kosong.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{databasePath}: {TableName}.weights_json tidak terbaca: {e.Message}", e);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record Dto(string ModelVersion, string[] FeatureNames, double[] Weights, double[] Means, double[] Scales,
        double Bias, int TrainingPositives, int TrainingNegatives, int Seed)
    {
        public static Dto From(RankerWeights w) => new(w.ModelVersion, [.. w.FeatureNames], [.. w.Weights], [.. w.Means], [.. w.Scales],
            w.Bias, w.TrainingPositives, w.TrainingNegatives, w.Seed);

        public RankerWeights ToWeights() => new(ModelVersion, FeatureNames, Weights, Means, Scales, Bias, TrainingPositives, TrainingNegatives, Seed);
    }
}
