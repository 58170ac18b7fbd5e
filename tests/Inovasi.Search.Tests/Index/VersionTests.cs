using Inovasi.Search.Tests.Index.Support;
using Microsoft.Data.Sqlite;

namespace Inovasi.Search.Tests.Index;

/// <summary>A file of another schema or analyzer version is rebuilt or refused, never read wrongly.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Open_OtherAnalyzerVersion_Refuse_ThrowsNamingBothVersions()
    {
        using var temp = new TempFolder();
        CreateWithMeta(temp, "analyzer_version", "0.0;Old;stopwords");

        var e = Assert.Throws<IndexVersionException>(() =>
            InnovationIndex.Open(temp.Database, new InnovationIndexOptions { VersionPolicy = IndexVersionPolicy.Refuse }));

        Assert.Equal("0.0;Old;stopwords", e.StoredAnalyzerVersion);
        Assert.Contains("0.0;Old;stopwords", e.Message, StringComparison.Ordinal);
        Assert.Contains(e.ExpectedAnalyzerVersion, e.Message, StringComparison.Ordinal);
        Assert.Contains("analyzer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OtherAnalyzerVersion_Rebuild_ReanalyzesAndKeepsTheWriteups()
    {
        using var temp = new TempFolder();
        CreateWithMeta(temp, "analyzer_version", "0.0;Old;stopwords");

        using var index = InnovationIndex.Open(temp.Database);

        Assert.Contains("re-analyzed", index.OpenNotice, StringComparison.Ordinal);
        Assert.Equal(4, index.Statistics.Documents);
        Assert.NotEqual("0.0;Old;stopwords", index.Statistics.AnalyzerVersion);
        Assert.Equal("seraton", index.Search(new SearchRequest("kematian")).Hits[0].Id);
    }

    [Fact]
    public void Open_OtherSchemaVersion_Refuse_Throws_AndRebuild_Empties()
    {
        using var temp = new TempFolder();
        CreateWithMeta(temp, "schema_version", "999");

        var e = Assert.Throws<IndexVersionException>(() =>
            InnovationIndex.Open(temp.Database, new InnovationIndexOptions { VersionPolicy = IndexVersionPolicy.Refuse }));
        Assert.Equal(999, e.StoredSchemaVersion);
        Assert.Contains("schema version 999", e.Message, StringComparison.Ordinal);

        using var index = InnovationIndex.Open(temp.Database);
        Assert.Contains("schema version 999", index.OpenNotice, StringComparison.Ordinal);
        Assert.Equal(0, index.Statistics.Documents);
    }

    [Fact]
    public void Open_ForeignSqliteFile_IsRefusedAndLeftAlone()
    {
        using var temp = new TempFolder();
        using (var connection = new SqliteConnection($"Data Source={temp.Database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE people(name TEXT)";
            command.ExecuteNonQuery();
        }

        var e = Assert.Throws<InvalidDataException>(() => InnovationIndex.Open(temp.Database));
        Assert.Contains("not an Inovasi index", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CurrentFile_HasNoNotice_AndReportsVersions()
    {
        using var temp = new TempFolder();
        using var index = InnovationIndex.Open(temp.Database);

        Assert.Null(index.OpenNotice);
        Assert.Equal(2, index.Statistics.SchemaVersion);
        Assert.StartsWith(Search.Analysis.IndonesianAnalyzer.Version + ";", index.Statistics.AnalyzerVersion, StringComparison.Ordinal);
        Assert.Equal(Path.GetFullPath(temp.Database), index.DatabasePath);
    }

    private static void CreateWithMeta(TempFolder temp, string key, string value)
    {
        using (var index = InnovationIndex.Open(temp.Database))
        {
            foreach (var doc in Docs.Medan())
            {
                index.Upsert(doc);
            }
        }

        using var connection = new SqliteConnection($"Data Source={temp.Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE meta SET value = $value WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
