using Inovasi.Search.Analysis;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Index.Support;

/// <summary>
/// The oracle for ranking: scores every document for a query of plain words by brute force, straight from the
/// write-ups' text, with the BM25F formula of docs/search.md, and ranks them by (matched words, score, id).
/// Shares nothing with the engine but the analyzer and the formula.
/// </summary>
internal sealed class ReferenceScorer
{
    private readonly List<(string Id, Dictionary<string, int>[] Tf, int[] Length)> _docs = [];
    private readonly double[] _average;
    private readonly double[] _weights;
    private readonly double _k1;
    private readonly double _b;
    private readonly IndonesianAnalyzer _analyzer;

    public ReferenceScorer(IEnumerable<Innovation> corpus, InnovationIndexOptions options)
    {
        _analyzer = options.Analyzer;
        _k1 = options.K1;
        _b = options.B;
        var w = options.FieldWeights;
        _weights = [w.Title, w.Summary, w.Body, w.Agency, w.Region, w.Tags, w.Affairs];
        foreach (var doc in corpus)
        {
            var fields = new[]
            {
                new[] { doc.Title },
                doc.Summary is null ? [] : new[] { doc.Summary },
                new[] { doc.Body },
                new[] { doc.Agency },
                doc.Province is null ? new[] { doc.Region } : new[] { doc.Region, doc.Province },
                doc.Tags.Concat(doc.Awards).ToArray(),
                doc.Affairs.ToArray(),
            };
            var tf = new Dictionary<string, int>[fields.Length];
            var length = new int[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                tf[f] = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var text in fields[f])
                {
                    foreach (var token in _analyzer.Analyze(text))
                    {
                        tf[f][token.Term] = tf[f].GetValueOrDefault(token.Term) + 1;
                        length[f]++;
                    }
                }
            }

            _docs.Add((doc.Id, tf, length));
        }

        _average = new double[_weights.Length];
        for (var f = 0; f < _weights.Length; f++)
        {
            _average[f] = _docs.Count == 0 ? 0 : _docs.Average(d => (double)d.Length[f]);
        }
    }

    public sealed record Ranked(string Id, int Matched, double Score);

    /// <summary>Every document matching at least one word, best first.</summary>
    public List<Ranked> Rank(IEnumerable<string> words)
    {
        var terms = words.Select(w => _analyzer.Analyze(w)).Where(t => t.Count == 1).Select(t => t[0].Term).ToList();
        var n = _docs.Count;
        var ranked = new List<Ranked>();
        foreach (var (id, tf, length) in _docs)
        {
            var matched = 0;
            var score = 0.0;
            foreach (var term in terms)
            {
                var df = _docs.Count(d => d.Tf.Any(f => f.ContainsKey(term)));
                var pseudo = 0.0;
                for (var f = 0; f < tf.Length; f++)
                {
                    if (tf[f].TryGetValue(term, out var count))
                    {
                        pseudo += _average[f] <= 0
                            ? _weights[f] * count
                            : _weights[f] * count / (1 - _b + (_b * length[f] / _average[f]));
                    }
                }

                if (pseudo > 0)
                {
                    var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                    matched++;
                    score += idf * pseudo * (_k1 + 1) / (pseudo + _k1);
                }
            }

            if (matched > 0)
            {
                ranked.Add(new Ranked(id, matched, score));
            }
        }

        return ranked
            .OrderByDescending(r => r.Matched)
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }
}
