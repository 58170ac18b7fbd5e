using System.CommandLine;
using Inovasi.Search;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// <c>inovasi search "query" [--klaster ..] [--urusan ..] [--pemda ..] [--opd ..] [--unsur ..] [--tahap ..] [--tahun 2019|2017..2020]
/// [--top K] [--page N] [--json] [--db FILE]</c>: ranked hits with snippets, facets, "did you mean", total and time.
/// </summary>
/// <remarks>
/// With <c>--json</c> the output is one JSON object on standard output (see <see cref="SearchJson"/>); otherwise
/// text for people, with the matched words emphasised on a terminal and in [brackets] elsewhere.
/// </remarks>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Kata kunci, mis. \"akta kematian online\"; mendukung \"frasa\", -kata, OR, awalan*, judul:, tahun:2019." };
        var klaster = new Option<string?>("--klaster") { Description = "Hanya klaster ini, mis. sistem-informasi." };
        var urusan = new Option<string?>("--urusan") { Description = "Hanya urusan ini, mis. \"kesehatan\"." };
        var pemda = new Option<string?>("--pemda") { Description = "Hanya pemda ini, mis. \"Kota Medan\"." };
        var opd = new Option<string?>("--opd") { Description = "Hanya OPD ini, mis. \"Dinas Kependudukan dan Catatan Sipil\"." };
        var unsur = new Option<string?>("--unsur") { Description = "Hanya yang memperbaiki unsur SKM ini: persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana." };
        var tahap = new Option<string?>("--tahap") { Description = "Hanya tahap ini: inisiatif, uji-coba, penerapan." };
        var tahun = new Option<string?>("--tahun") { Description = "Tahun mulai: 2019, atau rentang 2017..2020.", HelpName = "TAHUN" };
        var top = new Option<int>("--top") { Description = "Jumlah hasil per halaman.", DefaultValueFactory = _ => 10, HelpName = "K" };
        var page = new Option<int>("--page") { Description = "Nomor halaman, mulai dari 1.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Keluarkan satu objek JSON (hits, total, facets, suggestion)." };
        var db = DatabaseOption.Create();
        var command = new Command("search", "Cari inovasi di indeks.") { query, klaster, urusan, pemda, opd, unsur, tahap, tahun, top, page, json, db };
        command.SetAction((parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var options = new SearchOptions(
                parse.GetRequiredValue(query), parse.GetValue(klaster), parse.GetValue(urusan), parse.GetValue(pemda),
                parse.GetValue(opd), parse.GetValue(tahun), parse.GetValue(top), parse.GetValue(page))
            {
                Unsur = parse.GetValue(unsur),
                Tahap = parse.GetValue(tahap),
            };
            if (options.Validate() is { } problem)
            {
                error.WriteLine(problem);
                return Task.FromResult(ExitCodes.Usage);
            }

            return Task.FromResult(Run(options, parse.GetValue(json), parse.GetRequiredValue(db), output, error, cancellationToken));
        });
        return command;
    }

    private static int Run(SearchOptions options, bool json, FileInfo db, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!IndexFiles.TryOpenExisting(db, error, out var index))
        {
            return ExitCodes.Failure;
        }

        using (index)
        {
            var result = index.Search(options.ToRequest(), cancellationToken);
            if (json)
            {
                SearchJson.Write(output, options.Query, result);
            }
            else
            {
                SearchText.Write(output, options, result, Terminal.IsOutputTerminal(output));
            }
        }

        return ExitCodes.Success;
    }
}

/// <summary>The parsed arguments of <c>inovasi search</c>.</summary>
internal sealed record SearchOptions(
    string Query, string? Klaster, string? Urusan, string? Pemda, string? Opd, string? Tahun, int Top, int Page)
{
    /// <summary>The <c>--unsur</c> code, or <see langword="null"/>.</summary>
    public string? Unsur { get; init; }

    /// <summary>The <c>--tahap</c> code, or <see langword="null"/>.</summary>
    public string? Tahap { get; init; }

    /// <summary>What is wrong with the arguments, naming the option and its value, or <see langword="null"/>.</summary>
    public string? Validate()
    {
        if (Top is < 1 or > 1000)
        {
            return $"--top {Top}: tulis angka 1 sampai 1000.";
        }

        if (Page < 1)
        {
            return $"--page {Page}: halaman mulai dari 1.";
        }

        if (Unsur is not null && !WriteupVocabulary.TryParseElement(Unsur, out _))
        {
            return $"--unsur \"{Unsur}\" tidak dikenal: pilih persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan atau sarana.";
        }

        if (Tahap is not null && !WriteupVocabulary.TryParseStage(Tahap, out _))
        {
            return $"--tahap \"{Tahap}\" tidak dikenal: pilih inisiatif, uji-coba atau penerapan.";
        }

        return Tahun is not null && !YearRange.TryParse(Tahun, out _, out var error) ? error : null;
    }

    /// <summary>The library request for these arguments (call <see cref="Validate"/> first).</summary>
    public SearchRequest ToRequest()
    {
        YearRange years = default;
        if (Tahun is not null)
        {
            YearRange.TryParse(Tahun, out years, out _);
        }

        return new SearchRequest
        {
            Query = Query,
            Klaster = Klaster,
            Urusan = Urusan,
            Pemda = Pemda,
            Opd = Opd,
            Unsur = Unsur is not null && WriteupVocabulary.TryParseElement(Unsur, out var element) ? element : null,
            Tahap = Tahap is not null && WriteupVocabulary.TryParseStage(Tahap, out var stage) ? stage : null,
            YearFrom = years.From,
            YearTo = years.To,
            Skip = (Page - 1) * Top,
            Take = Top,
            IncludeFacets = true,
            IncludeSnippets = true,
        };
    }
}
