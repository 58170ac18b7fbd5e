using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>The corpus that ships in <c>data/</c> follows FORMAT.md (issue 2: "every file in data/ validates").</summary>
public sealed class DataCorpusTests
{
    [Fact]
    public void EveryWriteupInData_ValidatesWithZeroErrors()
    {
        // data/ arrives with the corpus; until it exists there is nothing to check. Once it exists it must hold
        // write-ups, and every one must be valid.
        if (!Directory.Exists(RepoPaths.Data))
        {
            return;
        }

        var results = WriteupReader.ReadDirectory(RepoPaths.Data).ToList();

        Assert.NotEmpty(results);
        var errors = results.SelectMany(r => r.Errors).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors in data/:\n" + string.Join('\n', errors.Take(200)));
        Assert.All(results, r => Assert.NotNull(r.Innovation));
    }

    [Fact]
    public void EveryWriteupInData_SurvivesWriteThenRead()
    {
        if (!Directory.Exists(RepoPaths.Data))
        {
            return;
        }

        foreach (var result in WriteupReader.ReadDirectory(RepoPaths.Data))
        {
            if (result.Innovation is { } innovation)
            {
                var again = WriteupReader.Parse(WriteupWriter.Write(innovation), result.FilePath);
                Assert.True(again.IsValid, string.Join('\n', again.Errors));
                Assert.Equal(innovation, again.Innovation);
            }
        }
    }
}
