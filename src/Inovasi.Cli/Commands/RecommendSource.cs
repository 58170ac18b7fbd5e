using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Inovasi.Recommend;
using Inovasi.Recommend.Storage;
using Inovasi.Search;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// What the recommend, similar, train and evaluate commands share: where the corpus comes from (<c>--db</c>, the
/// index file, or <c>--corpus</c>, a folder of write-ups), loading the model with stored weights, JSON settings.
/// </summary>
internal static class RecommendSource
{
    /// <summary>The default index file, the same as the other commands'.</summary>
    public const string DefaultDatabase = Commands.DatabaseOption.DefaultRelativePath;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Option<string> DatabaseOption() =>
        new("--db") { Description = "The index file (SQLite); the model's weights are stored in it.", DefaultValueFactory = _ => DefaultDatabase };

    public static Option<string?> CorpusOption() =>
        new("--corpus") { Description = "Read write-ups from this folder instead of the index." };

    /// <summary>Loads the corpus: from <paramref name="corpus"/> when given, else from the index file.</summary>
    /// <returns>The write-ups, or <see langword="null"/> after printing why not.</returns>
    public static IReadOnlyList<Innovation>? LoadInnovations(string? corpus, string database, TextWriter error)
    {
        if (corpus is not null)
        {
            if (!Directory.Exists(corpus))
            {
                error.WriteLine($"{corpus}: folder tidak ada");
                return null;
            }

            var list = new List<Innovation>();
            var invalid = 0;
            foreach (var result in WriteupReader.ReadDirectory(corpus))
            {
                if (result.Innovation is { } innovation && result.IsValid)
                {
                    list.Add(innovation);
                }
                else
                {
                    invalid++;
                    foreach (var d in result.Errors)
                    {
                        error.WriteLine(d.ToString());
                    }
                }
            }

            if (invalid > 0)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{invalid} write-up tidak valid dilewati"));
            }

            return list;
        }

        return LoadIndex(database, error);
    }

    /// <summary>Builds the model, using the weights stored in the index file when they fit this model version.</summary>
    public static Recommender BuildModel(IReadOnlyList<Innovation> innovations, string database)
    {
        var builder = new RecommenderOptionsBuilder();
        if (File.Exists(database) && RankerStore.Load(database) is { } weights && weights.ModelVersion == Recommender.ModelVersion)
        {
            builder.WithWeights(weights);
        }

        return Recommender.Build(innovations, builder.Build());
    }

    private static List<Innovation>? LoadIndex(string database, TextWriter error)
    {
        if (!File.Exists(database))
        {
            error.WriteLine($"{database}: indeks belum ada; jalankan `inovasi index` dulu (atau pakai --corpus FOLDER)");
            return null;
        }

        try
        {
            using var index = InnovationIndex.Open(database);
            if (index.Innovations.Count == 0)
            {
                error.WriteLine($"{database}: indeks kosong; jalankan `inovasi index` dulu");
                return null;
            }

            return [.. index.Innovations];
        }
        catch (Exception e) when (e is InvalidDataException or IndexVersionException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            error.WriteLine($"{database}: {e.Message}");
            return null;
        }
    }
}
