namespace Inovasi.Benchmarks.Search;

/// <summary>A query file: <c>qid&lt;TAB&gt;text</c> per line, <c>#</c> comments (the format the Lucene anchor reads).</summary>
public static class QueryFile
{
    /// <summary>benchmarks/queries/lucene-compare.tsv, found by walking up from the current and the base directory.</summary>
    public static string DefaultPath => Locate(Path.Combine("benchmarks", "queries", "lucene-compare.tsv"));

    /// <summary>Reads the (qid, text) pairs of <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">A line has no tab (names file and line).</exception>
    public static IReadOnlyList<(string Id, string Text)> Read(string path)
    {
        var queries = new List<(string, string)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"{path}:{i + 1}: expected qid<TAB>text.");
            }

            queries.Add((line[..tab], line[(tab + 1)..].Trim()));
        }

        return queries.Count > 0 ? queries : throw new FormatException($"{path}: no queries.");
    }

    private static string Locate(string relative)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"{relative} not found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}.");
    }
}
