using System.Numerics.Tensors;
using Inovasi.Recommend.Similarity;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Features;

/// <summary>
/// What the features need to know about one agency at one time: its history, affairs, survey gaps, text
/// query and the accumulated collaborative signals. Reused between queries (buffers are cleared, not freed).
/// </summary>
/// <remarks><threadsafety>Not thread-safe; one context per thread at a time.</threadsafety></remarks>
internal sealed class QueryContext
{
    private const float SimilarAgencyThreshold = 0.25f;

    private readonly Corpus _corpus;
    private readonly TextModel _text;
    private readonly bool[] _excluded;
    private readonly bool[] _runsAll;
    private readonly float[] _coAdoption;
    private readonly float[] _similar;
    private readonly float[] _region;
    private readonly float[] _province;
    private readonly float[] _agencySim;
    private readonly int[] _agencyInter;
    private readonly List<int> _touchedItems = [];
    private readonly List<int> _touchedAgencies = [];
    private readonly bool[] _affairs;
    private readonly float[] _clusterShare;
    private readonly float[] _gapShare = new float[1 << Surveys.Survey.ElementCount];

    public QueryContext(Corpus corpus, TextModel text)
    {
        _corpus = corpus;
        _text = text;
        var n = corpus.Count;
        _excluded = new bool[n];
        _runsAll = new bool[n];
        _coAdoption = new float[n];
        _similar = new float[n];
        _region = new float[n];
        _province = new float[n];
        _agencySim = new float[corpus.AgencyKeys.Count];
        _agencyInter = new int[corpus.AgencyKeys.Count];
        _affairs = new bool[corpus.AffairIds.Count];
        _clusterShare = new float[corpus.ItemCluster.Length == 0 ? 0 : corpus.ItemCluster.Max() + 1];
        QueryEmbedding = new float[text.Dimensions];
    }

    public int Agency { get; private set; } = -1;
    public int AsOf { get; private set; }
    public List<int> History { get; } = [];
    public float[] QueryEmbedding { get; }
    public bool HasQueryText { get; private set; }
    public bool HasStatement { get; private set; }
    public bool HasSurvey { get; private set; }
    public bool HasAffairs { get; private set; }
    public bool HasCoAdoption { get; private set; }
    public bool HasSimilarAgencies { get; private set; }
    public SurveyResult? Survey { get; private set; }
    public AgencyKind Kind { get; private set; }
    public int Region { get; private set; } = -1;
    public int Province { get; private set; } = -1;
    public float DigitalShare { get; private set; }
    public string? Statement { get; private set; }
    public List<(int Term, string Word, float Idf)> StatementTerms { get; private set; } = [];

    public bool IsExcluded(int item) => _excluded[item];

    /// <summary>Whether the agency runs <paramref name="item"/> at any time (training: never a negative).</summary>
    public bool RunsEver(int item) => _runsAll[item];

    public float AgencySimilarity(int agency) => _agencySim[agency];

    public bool HasAffair(int affair) => _affairs[affair];

    /// <summary>Sets up the context for a profile (query time: all records count).</summary>
    public void Load(AgencyProfile profile, int asOf)
    {
        Reset();
        AsOf = asOf;
        Agency = _corpus.FindAgency(profile.Agency, profile.Region);
        Kind = profile.EffectiveKind();
        Region = _corpus.RegionIds.GetValueOrDefault(Corpus.NormalizeKey(profile.Region), -1);
        Province = Region >= 0 ? _corpus.RegionProvince.GetValueOrDefault(Region, -1) : -1;
        foreach (var id in profile.OwnInnovationIds)
        {
            if (_corpus.IdIndex.TryGetValue(id, out var item))
            {
                AddHistory(item);
            }
        }

        if (Agency >= 0)
        {
            foreach (var run in _corpus.Runs[Agency])
            {
                _runsAll[run.Item] = true;
                AddHistory(run.Item);
            }
        }

        foreach (var affair in profile.Affairs)
        {
            if (_corpus.AffairIds.TryGetValue(Corpus.NormalizeKey(affair), out var id))
            {
                _affairs[id] = true;
                HasAffairs = true;
            }
        }

        if (!HasAffairs && Agency >= 0)
        {
            SetAgencyAffairs(Agency);
        }

        Statement = string.IsNullOrWhiteSpace(profile.ProblemStatement) ? null : profile.ProblemStatement;
        StatementTerms = Statement is null ? [] : _text.DistinctTerms(Statement);
        Survey = profile.Survey ?? (Agency >= 0 ? _corpus.AgencySurveys[Agency] : null);
        Finish(Statement is null ? null : _text.Embed(Statement), profile.Agency);
    }

    /// <summary>Sets up the context for a known agency as it stood before <paramref name="asOf"/> (training and Adopters).</summary>
    public void LoadAgency(int agency, int asOf)
    {
        Reset();
        AsOf = asOf;
        Agency = agency;
        Kind = _corpus.AgencyKind[agency];
        Region = _corpus.AgencyRegion[agency];
        Province = _corpus.AgencyProvince[agency];
        Survey = _corpus.AgencySurveys[agency];
        foreach (var run in _corpus.Runs[agency])
        {
            _runsAll[run.Item] = true;
            _touchedItems.Add(run.Item);
            if (run.Owned ? run.Year <= asOf : run.Year < asOf)
            {
                AddHistory(run.Item);
            }
        }

        SetAgencyAffairs(agency);
        Finish(null, _corpus.AgencyNames[agency].Agency);
    }

    /// <summary>Writes the features of <paramref name="item"/> into <paramref name="x"/>.</summary>
    public void Features(int item, Span<double> x)
    {
        var corpus = _corpus;
        var innovation = corpus.Items[item];
        x[FeatureSet.Text] = HasQueryText ? TensorPrimitives.Dot(QueryEmbedding, _text.Embedding(item)) : 0;
        var affairMatch = false;
        foreach (var a in corpus.ItemAffairs[item])
        {
            if (_affairs[a])
            {
                affairMatch = true;
                break;
            }
        }

        x[FeatureSet.Affairs] = affairMatch ? 1 : 0;
        x[FeatureSet.Generic] = !affairMatch && corpus.Generic[item] ? 1 : 0;
        var cluster = corpus.ItemCluster[item];
        x[FeatureSet.Cluster] = cluster >= 0 ? _clusterShare[cluster] : 0;
        x[FeatureSet.SurveyGap] = _gapShare[corpus.ItemElementMask[item]];
        x[FeatureSet.Stage] = innovation.Stage switch
        {
            InnovationStage.Penerapan => 1.0,
            InnovationStage.UjiCoba => 0.5,
            InnovationStage.Inisiatif => 0.2,
            _ => 0.3,
        };
        x[FeatureSet.Awards] = Math.Log(1 + innovation.Awards.Count);
        var replications = 0;
        var last = innovation.Year;
        foreach (var (agency, year) in corpus.Adoptions[item])
        {
            if (year < AsOf && agency != Agency)
            {
                replications++;
                last = Math.Max(last, year);
            }
        }

        x[FeatureSet.Replications] = Math.Log(1 + replications);
        x[FeatureSet.YearsInUse] = Math.Clamp(AsOf - 1 - innovation.Year, 0, 10) / 10.0;
        x[FeatureSet.Recency] = Math.Exp(-Math.Max(0, AsOf - 1 - last) / 3.0);
        x[FeatureSet.Stopped] = innovation.Status == InnovationStatus.Stopped ? 1 : 0;
        x[FeatureSet.CoAdoption] = _coAdoption[item];
        x[FeatureSet.SimilarAgencies] = Math.Log(1 + _similar[item]);
        x[FeatureSet.SameRegion] = Math.Log(1 + _region[item]);
        x[FeatureSet.SameKind] = corpus.AgencyKind[corpus.Owner[item]] == Kind && Kind != AgencyKind.Lainnya ? 1 : 0;
        x[FeatureSet.Prerequisites] = string.IsNullOrWhiteSpace(innovation.ReplicationNotes) ? 0 : 1;
        x[FeatureSet.Digital] = innovation.IsDigital == true ? 1 : 0;
        x[FeatureSet.SameProvince] = Math.Log(1 + _province[item]);
        x[FeatureSet.DigitalFit] = innovation.IsDigital == true ? DigitalShare : 0;
    }

    /// <summary>Features that do not depend on the agency (only on the write-up and <see cref="AsOf"/>).</summary>
    public static readonly int[] StaticFeatures =
    [
        FeatureSet.Stage, FeatureSet.Awards, FeatureSet.Replications, FeatureSet.YearsInUse, FeatureSet.Recency,
        FeatureSet.Stopped, FeatureSet.Prerequisites, FeatureSet.Digital,
    ];

    /// <summary>
    /// The logit of <paramref name="item"/> under effective (raw-scale) weights <paramref name="w"/>, given the
    /// precomputed agency-independent part <paramref name="staticPart"/> (bias plus <see cref="StaticFeatures"/>
    /// at the same <see cref="AsOf"/>). Equals the linear score of <see cref="Features"/> for every candidate:
    /// candidates are never run by the agency, so leaving it out of their counts changes nothing.
    /// </summary>
    public double Logit(int item, double[] w, double staticPart)
    {
        var corpus = _corpus;
        var sum = staticPart;
        if (HasQueryText)
        {
            sum += w[FeatureSet.Text] * TensorPrimitives.Dot(QueryEmbedding, _text.Embedding(item));
        }

        var affairMatch = false;
        var affairs = corpus.AffairList;
        for (int p = corpus.AffairStart[item], end = corpus.AffairStart[item + 1]; p < end; p++)
        {
            if (_affairs[affairs[p]])
            {
                affairMatch = true;
                break;
            }
        }

        if (affairMatch)
        {
            sum += w[FeatureSet.Affairs];
        }
        else if (corpus.Generic[item])
        {
            sum += w[FeatureSet.Generic];
        }

        var cluster = corpus.ItemCluster[item];
        if (cluster >= 0)
        {
            sum += w[FeatureSet.Cluster] * _clusterShare[cluster];
        }

        sum += w[FeatureSet.SurveyGap] * _gapShare[corpus.ItemElementMask[item]];
        if (Kind != AgencyKind.Lainnya && corpus.ItemOwnerKind[item] == Kind)
        {
            sum += w[FeatureSet.SameKind];
        }

        if (corpus.ItemDigital[item])
        {
            sum += w[FeatureSet.DigitalFit] * DigitalShare;
        }

        var co = _coAdoption[item];
        if (co != 0)
        {
            sum += w[FeatureSet.CoAdoption] * co;
        }

        var similar = _similar[item];
        if (similar != 0)
        {
            sum += w[FeatureSet.SimilarAgencies] * Math.Log(1 + similar);
        }

        var region = _region[item];
        if (region != 0)
        {
            sum += w[FeatureSet.SameRegion] * Math.Log(1 + region);
        }

        var province = _province[item];
        if (province != 0)
        {
            sum += w[FeatureSet.SameProvince] * Math.Log(1 + province);
        }

        return sum;
    }

    /// <summary>Sets up the context for no agency at all (for the agency-independent features).</summary>
    public void LoadNone(int asOf)
    {
        Reset();
        AsOf = asOf;
        Finish(null, "");
    }

    /// <summary>Whether <paramref name="item"/> may be suggested: not excluded and started by <see cref="AsOf"/>.</summary>
    public bool IsCandidate(int item) => !_excluded[item] && _corpus.ItemYear[item] <= AsOf;

    /// <summary>History items linked to <paramref name="item"/> through co-adoption, strongest first.</summary>
    public List<int> CoAdoptionVia(int item, int max)
    {
        var result = new List<(int Item, int Count)>();
        foreach (var h in History)
        {
            var start = _corpus.CoStart[h];
            var index = Array.BinarySearch(_corpus.CoItem, start, _corpus.CoStart[h + 1] - start, item);
            if (index >= 0)
            {
                result.Add((h, _corpus.CoCount[index]));
            }
        }

        return [.. result.OrderByDescending(r => r.Count).ThenBy(r => r.Item).Take(max).Select(r => r.Item)];
    }

    /// <summary>Similar agencies that run <paramref name="item"/>, most similar first.</summary>
    public List<int> SimilarRunners(int item, int max)
    {
        var result = new List<(int Agency, float Sim)>();
        var owner = _corpus.Owner[item];
        if (owner != Agency && _agencySim[owner] >= SimilarAgencyThreshold)
        {
            result.Add((owner, _agencySim[owner]));
        }

        foreach (var (agency, year) in _corpus.Adoptions[item])
        {
            if (year < AsOf && agency != Agency && _agencySim[agency] >= SimilarAgencyThreshold)
            {
                result.Add((agency, _agencySim[agency]));
            }
        }

        return [.. result.OrderByDescending(r => r.Sim).ThenBy(r => r.Agency).Take(max).Select(r => r.Agency)];
    }

    private void Reset()
    {
        foreach (var i in _touchedItems)
        {
            _excluded[i] = false;
            _runsAll[i] = false;
            _coAdoption[i] = 0;
            _similar[i] = 0;
            _region[i] = 0;
            _province[i] = 0;
        }

        foreach (var a in _touchedAgencies)
        {
            _agencySim[a] = 0;
            _agencyInter[a] = 0;
        }

        _touchedItems.Clear();
        _touchedAgencies.Clear();
        Array.Clear(_affairs);
        Array.Clear(_clusterShare);
        Array.Clear(_gapShare);
        Array.Clear(QueryEmbedding);
        History.Clear();
        Agency = -1;
        Region = -1;
        Province = -1;
        DigitalShare = 0;
        HasQueryText = HasStatement = HasSurvey = HasAffairs = HasCoAdoption = HasSimilarAgencies = false;
        Survey = null;
        Statement = null;
        StatementTerms = [];
    }

    private void AddHistory(int item)
    {
        if (!History.Contains(item))
        {
            History.Add(item);
        }

        Exclude(item);
    }

    private void SetAgencyAffairs(int agency)
    {
        foreach (var a in _corpus.AgencyAffairs[agency])
        {
            _affairs[a] = true;
            HasAffairs = true;
        }
    }

    private void Finish(float[]? statement, string agencyName)
    {
        var corpus = _corpus;

        // A copy of something the agency runs, or the origin of such a copy, is already replicated.
        foreach (var h in History.ToArray())
        {
            var origin = corpus.Items[h].OriginId;
            if (origin is not null && corpus.IdIndex.TryGetValue(origin, out var o))
            {
                Exclude(o);
            }
        }

        if (Agency >= 0)
        {
            foreach (var run in corpus.Runs[Agency])
            {
                if (run.Owned)
                {
                    Exclude(run.Item);
                }
            }
        }

        // Text query: the statement plus the centroid of what the agency runs, each unit length.
        if (statement is not null && TensorPrimitives.Norm(statement) > 0)
        {
            TensorPrimitives.Add(QueryEmbedding, statement, QueryEmbedding);
            HasStatement = true;
        }

        if (History.Count > 0 && _text.Dimensions > 0)
        {
            var centroid = new float[_text.Dimensions];
            foreach (var h in History)
            {
                TensorPrimitives.Add(centroid, _text.Embedding(h), centroid);
            }

            TextModel.Normalize(centroid);
            TensorPrimitives.Add(QueryEmbedding, centroid, QueryEmbedding);
        }

        TextModel.Normalize(QueryEmbedding);
        HasQueryText = TensorPrimitives.Norm(QueryEmbedding) > 0;

        // Cluster share and digital share of the history.
        if (History.Count > 0)
        {
            var known = 0;
            var digital = 0;
            foreach (var h in History)
            {
                if (corpus.Items[h].IsDigital is { } d)
                {
                    known++;
                    digital += d ? 1 : 0;
                }
            }

            DigitalShare = known > 0 ? (float)digital / known : 0;
            foreach (var h in History)
            {
                var c = corpus.ItemCluster[h];
                if (c >= 0)
                {
                    _clusterShare[c] += 1f / History.Count;
                }
            }
        }

        // Survey: the share of the agency's total gap that an element set covers.
        if (Survey is not null)
        {
            var gaps = new double[Surveys.Survey.ElementCount];
            var total = 0.0;
            for (var e = 0; e < gaps.Length; e++)
            {
                gaps[e] = (double)Survey.GapOf((ServiceElement)e);
                total += gaps[e];
            }

            if (total > 0)
            {
                HasSurvey = true;
                for (var mask = 1; mask < _gapShare.Length; mask++)
                {
                    var sum = 0.0;
                    for (var e = 0; e < gaps.Length; e++)
                    {
                        if ((mask & (1 << e)) != 0)
                        {
                            sum += gaps[e];
                        }
                    }

                    _gapShare[mask] = (float)(sum / total);
                }
            }
        }

        AccumulateCoAdoption();
        AccumulateSimilarAgencies(agencyName);
    }

    private void Exclude(int item)
    {
        if (!_excluded[item])
        {
            _excluded[item] = true;
            _touchedItems.Add(item);
        }
    }

    private int Runners(int item) => 1 + _corpus.Adoptions[item].Length - (_runsAll[item] ? 1 : 0);

    /// <summary>
    /// Item-to-item co-adoption: for every write-up h the agency runs and every write-up c run by an agency that
    /// also runs h, add <c>co(h, c) / sqrt(runners(h) · runners(c))</c> (cosine of the runner sets), leaving this
    /// agency's own records out so a record never explains itself.
    /// </summary>
    private void AccumulateCoAdoption()
    {
        var corpus = _corpus;
        foreach (var h in History)
        {
            var rh = Runners(h);
            for (var p = corpus.CoStart[h]; p < corpus.CoStart[h + 1]; p++)
            {
                var c = corpus.CoItem[p];
                var count = corpus.CoCount[p] - (_runsAll[c] ? 1 : 0);
                if (count <= 0)
                {
                    continue;
                }

                var rc = Runners(c);
                TouchItem(c);

                _coAdoption[c] += count / MathF.Sqrt(Math.Max(1, rh) * (float)Math.Max(1, rc));
                HasCoAdoption = true;
            }
        }
    }

    /// <summary>
    /// Agency similarity: the larger of the Jaccard overlap of the agencies' name words (the same kind of OPD
    /// elsewhere) and of what they run. Similar agencies (at least 0.25) add their similarity to every write-up
    /// they ran before <see cref="AsOf"/>; agencies of the same region add one each.
    /// </summary>
    private void AccumulateSimilarAgencies(string agencyName)
    {
        var corpus = _corpus;
        var words = Corpus.NameWords(agencyName).Distinct(StringComparer.Ordinal).ToList();
        foreach (var word in words)
        {
            if (corpus.NameWordIds.TryGetValue(word, out var w))
            {
                foreach (var a in corpus.WordAgencies[w])
                {
                    TouchAgency(a);
                    _agencyInter[a]++;
                }
            }
        }

        foreach (var a in _touchedAgencies)
        {
            var inter = _agencyInter[a];
            var union = words.Count + corpus.AgencyWords[a].Length - inter;
            _agencySim[a] = union > 0 ? (float)inter / union : 0;
            _agencyInter[a] = 0;
        }

        foreach (var h in History)
        {
            if (corpus.Items[h].Year < AsOf)
            {
                TouchAgency(corpus.Owner[h]);
                _agencyInter[corpus.Owner[h]]++;
            }

            foreach (var (agency, year) in corpus.Adoptions[h])
            {
                if (year < AsOf)
                {
                    TouchAgency(agency);
                    _agencyInter[agency]++;
                }
            }
        }

        foreach (var a in _touchedAgencies.ToArray())
        {
            var inter = _agencyInter[a];
            if (inter > 0)
            {
                var size = 0;
                foreach (var run in corpus.Runs[a])
                {
                    if (run.Year < AsOf)
                    {
                        size++;
                    }
                }

                var jaccard = (float)inter / (History.Count + size - inter);
                _agencySim[a] = Math.Max(_agencySim[a], jaccard);
            }

            if (a == Agency)
            {
                _agencySim[a] = 0;
            }
        }

        foreach (var a in _touchedAgencies)
        {
            var sim = _agencySim[a];
            if (sim < SimilarAgencyThreshold)
            {
                continue;
            }

            foreach (var run in corpus.Runs[a])
            {
                if (run.Year < AsOf && !_excluded[run.Item])
                {
                    TouchItem(run.Item);
                    _similar[run.Item] += sim;
                    HasSimilarAgencies = true;
                }
            }
        }

        if (Region >= 0)
        {
            AccumulatePlace(corpus.RegionAgencies[Region], _region);
        }

        if (Province >= 0)
        {
            AccumulatePlace(corpus.ProvinceAgencies[Province], _province);
        }
    }

    /// <summary>Counts, for every write-up, the agencies of one place (region or province) that ran it before <see cref="AsOf"/>.</summary>
    private void AccumulatePlace(int[] agencies, float[] target)
    {
        var corpus = _corpus;
        foreach (var a in agencies)
        {
            if (a == Agency)
            {
                continue;
            }

            foreach (var run in corpus.Runs[a])
            {
                if (run.Year < AsOf && !_excluded[run.Item])
                {
                    TouchItem(run.Item);
                    target[run.Item] += 1;
                }
            }
        }
    }

    private void TouchAgency(int agency)
    {
        if (_agencyInter[agency] == 0 && _agencySim[agency] == 0)
        {
            _touchedAgencies.Add(agency);
        }
    }

    private void TouchItem(int item)
    {
        if (_coAdoption[item] == 0 && _similar[item] == 0 && _region[item] == 0 && _province[item] == 0)
        {
            _touchedItems.Add(item);
        }
    }
}
