using FsCheck;
using FsCheck.Fluent;
using Inovasi.Recommend.Surveys;
using Inovasi.Recommend.Tests.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Tests.Ranking;

public sealed class RecommenderTests
{
    private static readonly List<Innovation> s_corpus = TestCorpus.Build();
    private static readonly Recommender s_model = Recommender.Build(s_corpus);

    private static Gen<AgencyProfile> Profiles() =>
        from agency in Gen.Elements(s_corpus.Select(i => (i.Agency, i.Region)).Distinct().ToArray())
        from own in Gen.SubListOf(s_corpus.Select(i => i.Id).ToArray())
        from statement in Gen.Elements("antrean akta kelahiran lama", "izin usaha reklame", "surat disposisi arsip", "")
        from top in Gen.Choose(1, 20)
        select new AgencyProfile
        {
            Agency = agency.Agency,
            Region = top % 3 == 0 ? "Kota Lain" : agency.Region,
            OwnInnovationIds = [.. own.Take(top)],
            ProblemStatement = statement,
            Affairs = top % 2 == 0 ? ["kesehatan"] : [],
        };

    [Fact]
    public void Recommend_NeverReturnsOwnOrReplicated_Property()
    {
        Prop.ForAll(Profiles().ToArbitrary(), profile =>
        {
            var suggestions = s_model.Recommend(profile, 10);
            var runs = s_corpus
                .Where(i => (i.Agency == profile.Agency && i.Region == profile.Region)
                    || i.Replications.Any(r => r.Agency == profile.Agency && r.Region == profile.Region))
                .Select(i => i.Id)
                .Concat(profile.OwnInnovationIds)
                .ToHashSet(StringComparer.Ordinal);
            return suggestions.SelectMany(s => s.Duplicates.Prepend(s.Innovation)).All(i => !runs.Contains(i.Id));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Recommend_ScoresSortedAndInRange_Property()
    {
        Prop.ForAll(Profiles().ToArbitrary(), profile =>
        {
            var scores = s_model.Recommend(profile, 15).Select(s => s.Score).ToList();
            return scores.Zip(scores.Skip(1)).All(p => p.First >= p.Second) && scores.All(s => s is >= 0 and <= 1);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Build_IsDeterministic()
    {
        var other = Recommender.Build(TestCorpus.Build());
        Assert.Equal(s_model.Weights.Weights, other.Weights.Weights);
        Prop.ForAll(Profiles().ToArbitrary(), profile =>
            Dump(s_model.Recommend(profile)) == Dump(other.Recommend(profile))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Recommend_PrefersStatementAndAffairs()
    {
        var profile = new AgencyProfile
        {
            Agency = "Dinas Kependudukan dan Catatan Sipil",
            Region = "Kota Padang",
            Affairs = ["administrasi kependudukan dan pencatatan sipil"],
            ProblemStatement = "Warga mengeluh antrean akta kelahiran dan ktp terlalu lama",
        };
        var suggestions = s_model.Recommend(profile, 5);
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.StartsWith("t0-", s.Innovation.Id, StringComparison.Ordinal));
        var words = Assert.IsType<SharedWordsReason>(suggestions[0].Reasons[0]);
        Assert.NotEmpty(words.Words);
        Assert.Contains(suggestions[0].Reasons, r => r is AffairsReason { SharedAffairs.Count: 1 });
        Assert.Contains(suggestions[0].Reasons, r => r is SimilarAgenciesReason);
        var signals = Assert.IsType<SignalsReason>(suggestions[0].Reasons[^1]);
        Assert.False(signals.IsColdStart);
        Assert.Contains(Signal.LearnedRanker, signals.Signals);
    }

    [Fact]
    public void Recommend_SurveyGapsFavourInnovationsOnWeakElements()
    {
        var values = Enum.GetValues<ServiceElement>().ToDictionary(e => e, _ => 3.8m);
        values[ServiceElement.Perilaku] = 2.0m;
        var profile = new AgencyProfile { Agency = "Kecamatan Sukamaju", Region = "Kota Lain", Survey = Survey.FromElementValues(values) };
        var suggestions = s_model.Recommend(profile, 3);
        var gap = suggestions[0].Reasons.OfType<SurveyGapReason>().Single();
        Assert.Equal(ServiceElement.Perilaku, gap.Gaps.Single().Element);
        Assert.Equal(1.5324m, gap.Gaps.Single().Gap);
        Assert.Contains(ServiceElement.Perilaku, suggestions[0].Innovation.ServiceElements);
        var withoutSurvey = s_model.Recommend(profile with { Survey = null }, 3);
        Assert.DoesNotContain(withoutSurvey[0].Reasons, r => r is SurveyGapReason);
    }

    [Fact]
    public void ColdStart_WithoutRecords_SaysWhichSignals()
    {
        var model = Recommender.Build(TestCorpus.Build(replications: false));
        Assert.True(model.IsColdStart);
        var suggestions = model.Recommend(new AgencyProfile
        {
            Agency = "Dinas Kesehatan",
            Region = "Kota Padang",
            Affairs = ["kesehatan"],
            ProblemStatement = "antrean pasien puskesmas",
        });
        Assert.NotEmpty(suggestions);
        Assert.StartsWith("t2-", suggestions[0].Innovation.Id, StringComparison.Ordinal);
        var signals = Assert.IsType<SignalsReason>(suggestions[0].Reasons[^1]);
        Assert.True(signals.IsColdStart);
        Assert.Equal([Signal.Text, Signal.Affairs, Signal.Proof, Signal.SimilarAgencies], signals.Signals);
        Assert.Contains("mulai dingin", signals.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(suggestions, s => s.Reasons.OfType<CoAdoptionReason>().Any());
    }

    [Fact]
    public void Recommend_GroupsNearDuplicates()
    {
        var corpus = TestCorpus.Build();
        var copy = corpus[0] with { Id = "salinan-t0", Region = "Kota Sibolga", OriginId = corpus[0].Id, Replications = [] };
        corpus.Add(copy);
        var model = Recommender.Build(corpus);
        var suggestions = model.Recommend(new AgencyProfile { Agency = "Dinas Kependudukan dan Catatan Sipil", Region = "Kota Padang", ProblemStatement = corpus[0].Summary }, 10);
        var ids = suggestions.Select(s => s.Innovation.Id).ToList();
        Assert.False(ids.Contains(corpus[0].Id) && ids.Contains("salinan-t0"));
        Assert.Contains(suggestions, s => s.Duplicates.Any(d => d.Id is "salinan-t0" || d.Id == corpus[0].Id));
    }

    [Fact]
    public void Similar_ReturnsSameThemeFirst_AndUnknownIdThrows()
    {
        var similar = s_model.Similar("t1-inovasi-2", 3);
        Assert.Equal(3, similar.Count);
        Assert.All(similar, s => Assert.StartsWith("t1-", s.Innovation.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(similar, s => s.Innovation.Id == "t1-inovasi-2");
        var error = Assert.Throws<UnknownInnovationException>(() => s_model.Similar("tidak-ada"));
        Assert.Equal("tidak-ada", error.Id);
    }

    [Fact]
    public void NearDuplicates_FindsTheOriginalOfADraft()
    {
        var draft = s_corpus[5] with { Id = "draf-baru", Title = "Draf baru" };
        var found = s_model.NearDuplicates(draft);
        Assert.Equal(s_corpus[5].Id, found[0].Innovation.Id);
    }

    [Fact]
    public void Adopters_AreAgenciesThatDoNotRunIt()
    {
        var id = "t3-inovasi-5";
        var innovation = s_corpus.Single(i => i.Id == id);
        var adopters = s_model.Adopters(id, 5);
        Assert.NotEmpty(adopters);
        Assert.DoesNotContain(adopters, a => (a.Agency == innovation.Agency && a.Region == innovation.Region)
            || innovation.Replications.Any(r => r.Agency == a.Agency && r.Region == a.Region));
        Assert.True(adopters.Zip(adopters.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void FastRankingPath_EqualsFeatureScoring_Property()
    {
        Prop.ForAll(Profiles().ToArbitrary(), profile =>
        {
            var context = s_model.Rent();
            try
            {
                context.Load(profile, s_model.ReferenceYear + 1);
                var fast = s_model.RankCandidates(context, 1000);
                var x = new double[Features.FeatureSet.Count];
                return fast.All(f =>
                {
                    context.Features(f.Item, x);
                    return Math.Abs(s_model.Scorer.Logit(x) - f.Logit) < 1e-6;
                }) && fast.Count == Enumerable.Range(0, s_corpus.Count).Count(context.IsCandidate);
            }
            finally
            {
                s_model.Return(context);
            }
        }).QuickCheckThrowOnFailure();
    }

    private static string Dump(IReadOnlyList<Suggestion> suggestions) =>
        string.Join("\n", suggestions.Select(s => $"{s.Innovation.Id} {s.Score:R} {string.Join(" | ", s.Reasons.Select(r => r.Text))}"));
}
