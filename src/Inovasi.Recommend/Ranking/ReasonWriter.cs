using System.Globalization;
using Inovasi.Recommend.Features;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Ranking;

/// <summary>Writes the reasons of a suggestion or an adopter candidate, in Indonesian and as data.</summary>
internal static class ReasonWriter
{
    private const int MaxWords = 6;
    private const int MaxAgencies = 3;
    private const int MaxPrerequisiteChars = 300;

    public static IReadOnlyList<Reason> ForSuggestion(Recommender model, QueryContext context, int item, ReadOnlySpan<double> x)
    {
        var corpus = model.Corpus;
        var innovation = corpus.Items[item];
        var reasons = new List<Reason>();
        if (context.Statement is not null)
        {
            var words = model.Text.SharedWords(context.StatementTerms, item, MaxWords);
            if (words.Count > 0)
            {
                reasons.Add(new SharedWordsReason(
                    $"Masalahnya mirip: kata {Quote(words)} ada di pernyataan masalah dan di inovasi ini.", words));
            }
        }

        AddAffairs(reasons, context, corpus, item, x);
        if (context.Survey is { } survey && x[FeatureSet.SurveyGap] > 0)
        {
            var gaps = innovation.ServiceElements.Distinct()
                .Where(e => survey.GapOf(e) > 0)
                .Select(e => new ElementGap(e, Survey.CodeOf(e), survey.ValueOf(e)!.Value, survey.GapOf(e)))
                .OrderByDescending(g => g.Gap).ThenBy(g => g.Element)
                .ToList();
            var parts = gaps.Select(g => $"{Survey.NameOf(g.Element)} (nilai {Number(g.Value)}, kurang {Number(g.Gap)} dari mutu A)");
            reasons.Add(new SurveyGapReason($"Memperbaiki unsur SKM yang lemah: {string.Join("; ", parts)}.", gaps));
        }

        reasons.Add(Proof(model, context, item));
        if (x[FeatureSet.CoAdoption] > 0)
        {
            var via = context.CoAdoptionVia(item, MaxAgencies);
            if (via.Count > 0)
            {
                var titles = via.Select(v => corpus.Items[v].Title).ToList();
                reasons.Add(new CoAdoptionReason(
                    $"Instansi yang menjalankan {Quote(titles)} juga menjalankan inovasi ini.", [.. via.Select(v => corpus.Items[v].Id)]));
            }
        }

        AddSimilarAgencies(reasons, context, corpus, item);
        AddPrerequisites(reasons, innovation);
        reasons.Add(Signals(model, context, x));
        return reasons;
    }

    public static IReadOnlyList<Reason> ForAdopter(Recommender model, QueryContext context, int item, ReadOnlySpan<double> x)
    {
        var corpus = model.Corpus;
        var reasons = new List<Reason>();
        AddAffairs(reasons, context, corpus, item, x);
        if (x[FeatureSet.Text] > 0.3)
        {
            reasons.Add(new SharedWordsReason(
                string.Create(CultureInfo.InvariantCulture, $"Inovasi yang sudah dijalankan instansi ini mirip isinya (kemiripan {Number((decimal)Math.Round(x[FeatureSet.Text], 2))})."), []));
        }

        if (x[FeatureSet.CoAdoption] > 0)
        {
            var via = context.CoAdoptionVia(item, MaxAgencies);
            if (via.Count > 0)
            {
                reasons.Add(new CoAdoptionReason(
                    $"Instansi ini menjalankan {Quote([.. via.Select(v => corpus.Items[v].Title)])}, yang sering direplikasi bersama inovasi ini.",
                    [.. via.Select(v => corpus.Items[v].Id)]));
            }
        }

        AddSimilarAgencies(reasons, context, corpus, item);
        reasons.Add(Signals(model, context, x));
        return reasons;
    }

    private static void AddAffairs(List<Reason> reasons, QueryContext context, Corpus corpus, int item, ReadOnlySpan<double> x)
    {
        var innovation = corpus.Items[item];
        if (x[FeatureSet.Affairs] > 0)
        {
            var shared = innovation.Affairs
                .Select(Corpus.NormalizeKey)
                .Where(a => corpus.AffairIds.TryGetValue(a, out var id) && context.HasAffair(id))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            reasons.Add(new AffairsReason($"Urusan yang sama: {string.Join(", ", shared)}.", shared, corpus.Generic[item]));
        }
        else if (x[FeatureSet.Generic] > 0)
        {
            reasons.Add(new AffairsReason(
                "Inovasi umum (surat-menyurat, kearsipan, kepegawaian atau tata kelola) yang cocok untuk setiap OPD.", [], true));
        }
    }

    private static void AddSimilarAgencies(List<Reason> reasons, QueryContext context, Corpus corpus, int item)
    {
        var similar = context.SimilarRunners(item, MaxAgencies);
        if (similar.Count > 0)
        {
            var refs = similar.Select(a => new AgencyRef(corpus.AgencyNames[a].Agency, corpus.AgencyNames[a].Region)).ToList();
            reasons.Add(new SimilarAgenciesReason(
                $"Instansi serupa sudah menjalankannya: {string.Join("; ", refs.Select(r => $"{r.Agency} ({r.Region})"))}.", refs));
        }
    }

    private static void AddPrerequisites(List<Reason> reasons, Innovation innovation)
    {
        if (string.IsNullOrWhiteSpace(innovation.ReplicationNotes))
        {
            return;
        }

        var notes = string.Join(' ', innovation.ReplicationNotes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (notes.Length > MaxPrerequisiteChars)
        {
            var cut = notes.LastIndexOf(' ', MaxPrerequisiteChars);
            notes = string.Concat(notes.AsSpan(0, cut > 0 ? cut : MaxPrerequisiteChars), " …");
        }

        reasons.Add(new PrerequisitesReason($"Yang dibutuhkan untuk mereplikasi: {notes}", notes));
    }

    private static ProofReason Proof(Recommender model, QueryContext context, int item)
    {
        var innovation = model.Corpus.Items[item];
        var replications = model.Corpus.Adoptions[item].Count(a => a.Year < context.AsOf && a.Agency != context.Agency);
        var years = Math.Max(0, context.AsOf - 1 - innovation.Year);
        var running = innovation.Status == InnovationStatus.Running;
        var parts = new List<string>();
        if (innovation.Stage is { } stage)
        {
            parts.Add("tahap " + stage switch
            {
                InnovationStage.Penerapan => "penerapan",
                InnovationStage.UjiCoba => "uji coba",
                _ => "inisiatif",
            });
        }

        if (innovation.Awards.Count > 0)
        {
            parts.Add($"penghargaan {string.Join(", ", innovation.Awards)}");
        }

        parts.Add(replications > 0 ? $"sudah direplikasi {replications} kali" : "belum tercatat direplikasi");
        parts.Add(years > 0 ? $"berjalan sejak {innovation.Year} ({years} tahun)" : $"dimulai {innovation.Year}");
        var text = $"Bukti: {string.Join(", ", parts)}{(running ? "" : "; tetapi sudah berhenti")}.";
        return new ProofReason(text, innovation.Stage, innovation.Awards, replications, years, running);
    }

    private static SignalsReason Signals(Recommender model, QueryContext context, ReadOnlySpan<double> x)
    {
        var signals = new List<Signal>();
        if (context.HasQueryText)
        {
            signals.Add(Signal.Text);
        }

        if (context.HasAffairs || x[FeatureSet.Generic] > 0)
        {
            signals.Add(Signal.Affairs);
        }

        if (context.HasSurvey)
        {
            signals.Add(Signal.Survey);
        }

        signals.Add(Signal.Proof);
        if (context.HasCoAdoption)
        {
            signals.Add(Signal.CoAdoption);
        }

        if (context.HasSimilarAgencies)
        {
            signals.Add(Signal.SimilarAgencies);
        }

        var cold = model.IsColdStart;
        if (!cold)
        {
            signals.Add(Signal.LearnedRanker);
        }

        var names = string.Join(", ", signals.Where(s => s != Signal.LearnedRanker).Select(NameOf));
        var weights = cold
            ? "bobot tetap (mulai dingin: belum ada catatan replikasi untuk dipelajari)"
            : $"bobot dipelajari dari {model.Weights.TrainingPositives} catatan replikasi";
        return new SignalsReason($"Sinyal yang dipakai: {names}; {weights}.", signals, cold);
    }

    private static string NameOf(Signal signal) => signal switch
    {
        Signal.Text => "kemiripan teks",
        Signal.Affairs => "urusan",
        Signal.Survey => "unsur SKM yang lemah",
        Signal.Proof => "bukti",
        Signal.CoAdoption => "ko-adopsi",
        Signal.SimilarAgencies => "instansi serupa",
        _ => "ranker",
    };

    private static string Quote(IReadOnlyList<string> words) => string.Join(", ", words.Select(w => $"'{w}'"));

    /// <summary>A number with two decimals and the Indonesian decimal comma.</summary>
    internal static string Number(decimal value) =>
        value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');
}
