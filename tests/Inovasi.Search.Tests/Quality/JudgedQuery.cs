using System.Globalization;
using System.Reflection;

namespace Inovasi.Search.Tests.Quality;

/// <summary>One judged query: what OPD staff typed, what kind of query it is, and the graded relevant write-ups.</summary>
/// <param name="Id">Query id, e.g. <c>q01</c>.</param>
/// <param name="Kind">topic, problem, acronym, typo, inflection or name.</param>
/// <param name="Text">The query as typed.</param>
/// <param name="Grades">Write-up id to grade: 3 = what the user is looking for, 2 = clearly relevant, 1 = partly relevant.</param>
internal sealed record JudgedQuery(string Id, string Kind, string Text, IReadOnlyDictionary<string, int> Grades)
{
    /// <summary>The embedded judged set <c>TestData/judged-queries.tsv</c>.</summary>
    public static IReadOnlyList<JudgedQuery> LoadEmbedded()
    {
        const string name = "Inovasi.Search.Tests.TestData.judged-queries.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "judged-queries.tsv");
    }

    /// <summary>
    /// Parses the TSV: <c>qid&lt;TAB&gt;kind&lt;TAB&gt;query&lt;TAB&gt;id:grade id:grade ...</c>; <c>#</c> starts a comment line.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed (the message names the file and line).</exception>
    public static IReadOnlyList<JudgedQuery> Parse(string text, string fileName)
    {
        var queries = new List<JudgedQuery>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4)
            {
                throw new FormatException($"{fileName}:{i + 1}: expected 4 tab-separated fields (qid, kind, query, judgments), found {fields.Length}.");
            }

            var grades = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var judgment in fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = judgment.LastIndexOf(':');
                if (colon <= 0 || !int.TryParse(judgment.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var grade)
                    || grade is < 1 or > 3 || !grades.TryAdd(judgment[..colon], grade))
                {
                    throw new FormatException($"{fileName}:{i + 1}: judgment \"{judgment}\" is not id:grade with grade 1..3 (or the id repeats).");
                }
            }

            if (!grades.Values.Any(g => g >= RankingMetrics.RelevantGrade))
            {
                throw new FormatException($"{fileName}:{i + 1}: query {fields[0]} needs at least one write-up graded {RankingMetrics.RelevantGrade} or 3.");
            }

            queries.Add(new JudgedQuery(fields[0], fields[1], fields[2], grades));
        }

        return queries;
    }
}
