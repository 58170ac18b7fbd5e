using System.CommandLine;
using System.Globalization;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi stats [--db FILE]</c>: what the index holds: file, size, write-ups, and their spread over klaster,
/// pemda, years, stages and digital.
/// </summary>
internal static class StatsCommand
{
    private static readonly CultureInfo s_c = CultureInfo.InvariantCulture;

    public static Command Create()
    {
        var db = DatabaseOption.Create();
        var command = new Command("stats", "Ringkasan isi indeks.") { db };
        command.SetAction((parse, _) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return Task.FromResult(Run(parse.GetRequiredValue(db), output, error));
        });
        return command;
    }

    private static int Run(FileInfo db, TextWriter output, TextWriter error)
    {
        if (!IndexFiles.TryOpenExisting(db, error, out var index))
        {
            return ExitCodes.Failure;
        }

        using (index)
        {
            var innovations = index.Innovations;
            var statistics = index.Statistics;
            output.WriteLine($"Indeks:        {index.DatabasePath}");
            output.WriteLine(string.Create(s_c,
                $"Ukuran berkas: {statistics.FileBytes / 1e6:0.00} MB untuk {statistics.SourceBytes / 1e6:0.00} MB Markdown ({Ratio(statistics.FileBytes, statistics.SourceBytes)})"));
            output.WriteLine(string.Create(s_c, $"Tulisan:       {statistics.Documents}"));
            output.WriteLine(string.Create(s_c, $"Istilah:       {statistics.Terms} (posting {statistics.Postings}, posisi {statistics.Positions})"));
            output.WriteLine(string.Create(s_c, $"Versi:         skema {statistics.SchemaVersion}, penganalisis {statistics.AnalyzerVersion}"));
            output.WriteLine(string.Create(s_c, $"Diperbarui:    {statistics.LastUpdated?.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", s_c) ?? "-"}"));
            if (innovations.Count == 0)
            {
                return ExitCodes.Success;
            }

            output.WriteLine(string.Create(s_c, $"Tahun:         {innovations.Min(i => i.Year)}..{innovations.Max(i => i.Year)}"));
            output.WriteLine(string.Create(s_c, $"Digital:       {innovations.Count(i => i.IsDigital == true)}"));
            WriteCounts(output, "Klaster", innovations.Select(i => i.Cluster ?? "(tanpa klaster)"));
            WriteCounts(output, "Tahap", innovations.Select(i => i.Stage?.Code() ?? "(tidak disebut)"));
            WriteCounts(output, "Pemda", innovations.Select(i => i.Region));
        }

        return ExitCodes.Success;
    }

    private static string Ratio(long part, long whole) =>
        whole <= 0 ? "-" : string.Create(s_c, $"{(double)part / whole:0.00}x");

    private static void WriteCounts(TextWriter output, string label, IEnumerable<string> values)
    {
        var counts = values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Value, StringComparer.Ordinal)
            .ToList();
        var shown = string.Join(", ", counts.Take(10).Select(c => string.Create(s_c, $"{c.Value} ({c.Count})")));
        var more = counts.Count > 10 ? string.Create(s_c, $", ... {counts.Count - 10} lainnya") : "";
        output.WriteLine($"{label + ":",-15}{shown}{more}");
    }
}
