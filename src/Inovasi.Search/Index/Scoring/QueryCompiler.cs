using Inovasi.Search.Analysis;
using Inovasi.Search.Index.Internal;
using Inovasi.Search.Index.Querying;
using Inovasi.Search.Index.Storage;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Scoring;

/// <summary>
/// Turns a parsed query into a <see cref="QueryPlan"/> over one snapshot: analyzes every word with the index's
/// analyzer, expands synonyms and acronyms, corrects unknown words, and materialises anything more complex
/// than a single term.
/// </summary>
internal sealed class QueryCompiler
{
    private readonly Snapshot _snapshot;
    private readonly InnovationIndexOptions _options;
    private readonly QueryPlan _plan = new();
    private readonly CancellationToken _cancellationToken;

    private QueryCompiler(Snapshot snapshot, InnovationIndexOptions options, CancellationToken cancellationToken)
    {
        _snapshot = snapshot;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public static QueryPlan Compile(ParsedQuery query, SearchRequest request, Snapshot snapshot, InnovationIndexOptions options, CancellationToken cancellationToken)
    {
        var compiler = new QueryCompiler(snapshot, options, cancellationToken);
        compiler._plan.Messages.AddRange(query.Messages);
        compiler.AddRequestFilters(request);
        compiler.CompileTopLevel(query.Clauses);
        return compiler._plan;
    }

    private void AddRequestFilters(SearchRequest request)
    {
        var f = _plan.Filter;
        var facets = _snapshot.Facets;
        if (request.Klaster is { } klaster)
        {
            AddCode(f.Clusters, facets.Clusters.Find(klaster));
        }

        if (request.Urusan is { } urusan)
        {
            AddCode(f.Affairs, facets.Affairs.Find(urusan));
        }

        if (request.Pemda is { } pemda)
        {
            AddCode(f.Regions, facets.Regions.Find(pemda));
        }

        if (request.Opd is { } opd)
        {
            AddCode(f.Agencies, facets.Agencies.Find(opd));
        }

        if (request.Unsur is { } unsur)
        {
            f.ElementMask |= 1 << (int)unsur;
        }

        if (request.Digital is { } digital)
        {
            f.Digital = digital;
        }

        if (request.Tahap is { } tahap)
        {
            f.Stages.Add((byte)(tahap + 1));
        }

        if (request.YearFrom is { } from)
        {
            f.YearFrom = Math.Max(f.YearFrom, from);
        }

        if (request.YearTo is { } to)
        {
            f.YearTo = Math.Min(f.YearTo, to);
        }

        _plan.HasConditions |= !f.IsEmpty;
    }

    private void AddCode(List<int> codes, int code)
    {
        if (code < 0)
        {
            _plan.Filter.Impossible = true;
        }
        else
        {
            codes.Add(code);
        }
    }

    private void CompileTopLevel(IReadOnlyList<QueryNode> clauses)
    {
        var required = new List<DocSet>();
        var excluded = new List<DocSet>();
        var plainRun = new List<WordNode>();
        foreach (var node in clauses)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (node is WordNode { Field: TextField.Any, Prefix: false } plain)
            {
                plainRun.Add(plain);
                continue;
            }

            FlushPlainRun(plainRun);
            switch (node)
            {
                case FilterNode filter:
                    AddFilter(filter);
                    break;
                case NotNode not:
                    excluded.Add(Evaluate(not.Child, highlight: false));
                    _plan.HasConditions = true;
                    break;
                case WordNode { Field: not TextField.Any } fielded:
                    required.Add(Evaluate(fielded, highlight: true));
                    _plan.HasConditions = true;
                    break;
                case PhraseNode { Field: not TextField.Any } fieldedPhrase:
                    required.Add(Evaluate(fieldedPhrase, highlight: true));
                    _plan.HasConditions = true;
                    break;
                default:
                    AddPositive(Evaluate(node, highlight: true));
                    break;
            }
        }

        FlushPlainRun(plainRun);
        if (required.Count > 0)
        {
            _plan.Required = DocSet.Intersect(required);
        }

        if (excluded.Count > 0)
        {
            var bits = new ulong[(_snapshot.Count + 63) >> 6];
            foreach (var set in excluded)
            {
                new DocSetCursor(set).MarkAll(bits);
            }

            _plan.Excluded = bits;
        }
    }

    private void AddPositive(DocSet set)
    {
        _plan.HasConditions = true;
        _plan.Positive.Add(Clause.ForSet(_snapshot, set));
    }

    /// <summary>
    /// Compiles a run of plain words. Where consecutive words form a multi-word synonym (e.g. <c>kartu tanda
    /// penduduk</c> ~ <c>ktp</c>), each of those words also matches the equivalent phrases, at the synonym weight
    /// divided by the number of words, so a write-up with the acronym counts as matching every word of the
    /// expansion without outscoring one that has them all. Nested groups (<c>ptsp</c> inside <c>dpmptsp</c>'s
    /// expansion) all apply.
    /// </summary>
    private void FlushPlainRun(List<WordNode> run)
    {
        var extras = new List<DocSet>?[run.Count];
        var maxWords = Math.Min(_options.Synonyms.MaxPhraseWords, run.Count);
        for (var i = 0; i < run.Count; i++)
        {
            for (var n = 2; n <= Math.Min(maxWords, run.Count - i); n++)
            {
                var phrase = string.Join(' ', run.Skip(i).Take(n).Select(w => w.Text));
                var alternatives = _options.Synonyms.Alternatives(phrase);
                if (alternatives.Count == 0)
                {
                    continue;
                }

                var sets = new List<DocSet>();
                foreach (var alternative in alternatives)
                {
                    sets.Add(EvaluateExpansion(alternative, TextField.Any));
                }

                var key = string.Concat("ngram\u0001", phrase);
                if (!_snapshot.ExpansionCache.TryGetValue(key, out var set))
                {
                    set = DocSet.Union(sets, sum: false).Scale(_options.SynonymWeight / n);
                    _snapshot.ExpansionCache.TryAdd(key, set);
                }

                for (var k = i; k < i + n; k++)
                {
                    (extras[k] ??= []).Add(set);
                }
            }
        }

        for (var i = 0; i < run.Count; i++)
        {
            if (extras[i] is not { } extra)
            {
                AddWordClause(run[i]);
                continue;
            }

            var tokens = Analyze(run[i].Text);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (tokens.Count == 1 && _options.Synonyms.Alternatives(run[i].Text).Count == 0
                && _snapshot.FindTerm(tokens[0].Term) is var term and >= 0)
            {
                // The word read straight from its postings, beside the (cached) expansions.
                _plan.HasConditions = true;
                _plan.HighlightTerms.Add(tokens[0].Term);
                _plan.Positive.Add(Clause.ForAlternatives(_snapshot, [(term, 1.0)], [.. extra.Select(e => (e, 1.0))]));
                continue;
            }

            extra.Insert(0, EvaluateWord(run[i], allowCorrection: true, highlight: true));
            AddPositive(DocSet.Union(extra, sum: false));
        }

        run.Clear();
    }

    private void AddWordClause(WordNode word)
    {
        var tokens = Analyze(word.Text);
        if (tokens.Count == 0)
        {
            return;
        }

        _plan.HasConditions = true;
        if (tokens.Count == 1 && _snapshot.FindTerm(tokens[0].Term) is var term and >= 0)
        {
            _plan.HighlightTerms.Add(tokens[0].Term);
            var alternatives = _options.Synonyms.Alternatives(word.Text);
            if (alternatives.Count == 0)
            {
                _plan.Positive.Add(Clause.ForTerm(_snapshot, term, 1.0));
                return;
            }

            // A known word with synonyms: read the word and each alternative side by side, best one wins.
            var terms = new List<(int, double)> { (term, 1.0) };
            var sets = new List<(DocSet, double)>();
            foreach (var alternative in alternatives)
            {
                var altTokens = Analyze(alternative);
                if (altTokens.Count == 1 && _snapshot.FindTerm(altTokens[0].Term) is var altTerm and >= 0)
                {
                    _plan.HighlightTerms.Add(altTokens[0].Term);
                    terms.Add((altTerm, _options.SynonymWeight));
                }
                else if (altTokens.Count > 1)
                {
                    sets.Add((EvaluateExpansion(alternative, TextField.Any), _options.SynonymWeight));
                }
            }

            _plan.Positive.Add(Clause.ForAlternatives(_snapshot, terms, sets));
            return;
        }

        _plan.Positive.Add(Clause.ForSet(_snapshot, EvaluateWord(word, allowCorrection: true, highlight: true)));
    }

    private void AddFilter(FilterNode filter)
    {
        _plan.HasConditions = true;
        AddFilter(_plan.Filter, filter);
    }

    private void AddFilter(MetadataFilter f, FilterNode filter)
    {
        switch (filter.Kind)
        {
            case FilterKind.Klaster:
                var code = _snapshot.Facets.Clusters.Find(filter.Value);
                if (code < 0)
                {
                    f.Impossible = true;
                }
                else
                {
                    f.Clusters.Add(code);
                }

                break;
            case FilterKind.Unsur:
                if (WriteupVocabulary.TryParseElement(filter.Value, out var element))
                {
                    f.ElementMask |= 1 << (int)element;
                }

                break;
            case FilterKind.Tahap:
                if (WriteupVocabulary.TryParseStage(filter.Value, out var stage))
                {
                    f.Stages.Add((byte)(stage + 1));
                }

                break;
            case FilterKind.Digital:
                var digital = filter.Value == "true";
                if (f.Digital is { } existing && existing != digital)
                {
                    f.Impossible = true;
                }

                f.Digital = digital;
                break;
            case FilterKind.Year:
                f.YearFrom = Math.Max(f.YearFrom, filter.From);
                f.YearTo = Math.Min(f.YearTo, filter.To);
                break;
        }
    }

    private DocSet Evaluate(QueryNode node, bool highlight)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        switch (node)
        {
            case WordNode { Prefix: true } prefix:
                return EvaluatePrefix(prefix, highlight);
            case WordNode word:
                return EvaluateWord(word, allowCorrection: true, highlight);
            case PhraseNode phrase:
                return EvaluateText(phrase.Text, phrase.Field, highlight);
            case OrNode or:
                var alternatives = new List<DocSet>();
                foreach (var child in or.Children)
                {
                    if (child is NotNode)
                    {
                        _plan.Messages.Add(IndexMessages.NegationIgnored());
                        continue;
                    }

                    alternatives.Add(Evaluate(child, highlight));
                }

                return DocSet.Union(alternatives, sum: true);
            case AndNode and:
                var positive = new List<DocSet>();
                var negative = new List<DocSet>();
                foreach (var child in and.Children)
                {
                    if (child is NotNode not)
                    {
                        negative.Add(Evaluate(not.Child, highlight: false));
                    }
                    else if (child is FilterNode filter)
                    {
                        positive.Add(FilterSet(filter));
                    }
                    else
                    {
                        positive.Add(Evaluate(child, highlight));
                    }
                }

                var result = positive.Count == 0 ? DocSet.Empty : DocSet.Intersect(positive);
                foreach (var n in negative)
                {
                    result = DocSet.Subtract(result, n);
                }

                return result;
            case NotNode inner:
                _plan.Messages.Add(IndexMessages.NegationIgnored());
                return Evaluate(inner.Child, highlight: false).Scale(0);
            case FilterNode filterNode:
                return FilterSet(filterNode);
            default:
                return DocSet.Empty;
        }
    }

    /// <summary>A metadata filter inside parentheses: the documents that pass it, with score 0.</summary>
    private DocSet FilterSet(FilterNode filter)
    {
        var metadata = new MetadataFilter();
        AddFilter(metadata, filter);
        var docs = new List<int>();
        for (var d = 0; d < _snapshot.Count; d++)
        {
            if (metadata.Accepts(_snapshot.Facets, d))
            {
                docs.Add(d);
            }
        }

        return new DocSet([.. docs], new double[docs.Count], docs.Count);
    }

    /// <summary>A word: its own term(s), its synonyms, and, when unknown, its corrections; best alternative wins.</summary>
    private DocSet EvaluateWord(WordNode word, bool allowCorrection, bool highlight)
    {
        var sets = new List<DocSet>();
        var main = EvaluateText(word.Text, word.Field, highlight);
        sets.Add(main);
        var found = main.Count > 0;
        foreach (var alternative in _options.Synonyms.Alternatives(word.Text))
        {
            if (highlight)
            {
                AddHighlights(alternative);
            }

            var set = EvaluateExpansion(alternative, word.Field).Scale(_options.SynonymWeight);
            found |= set.Count > 0;
            sets.Add(set);
        }

        var tokens = Analyze(word.Text);
        if (!found && allowCorrection && _options.TypoTolerance && tokens.Count == 1 && _snapshot.FindTerm(tokens[0].Term) < 0)
        {
            var corrections = TypoCorrector.Correct(_snapshot, word.Text.ToLowerInvariant());
            if (corrections.Count > 0)
            {
                _plan.Corrections.Add((word.Start, word.Length, corrections[0].Word));
                foreach (var c in corrections)
                {
                    var weight = _options.CorrectionWeight * (c.Distance == 1 ? 1.0 : 0.8);
                    sets.Add(TermSet(c.Term, word.Field).Scale(weight));
                    if (highlight)
                    {
                        _plan.HighlightTerms.Add(_snapshot.Terms[c.Term]);
                    }
                }
            }
        }

        return DocSet.Union(sets, sum: false);
    }

    private DocSet EvaluatePrefix(WordNode word, bool highlight)
    {
        var prefix = word.Text.ToLowerInvariant();
        var candidates = new HashSet<int>();
        var (start, end) = _snapshot.PrefixRange(prefix);
        for (var t = start; t < end; t++)
        {
            candidates.Add(t);
        }

        var lexicon = _snapshot.Lexicon;
        var (ws, we) = lexicon.PrefixRange(prefix);
        for (var i = ws; i < we; i++)
        {
            candidates.Add(lexicon.AlphaTerms[i]);
        }

        var chosen = candidates.OrderByDescending(_snapshot.DocumentFrequency).ThenBy(t => t).Take(_options.MaxPrefixExpansions).ToList();
        var sets = new List<DocSet>(chosen.Count);
        foreach (var t in chosen)
        {
            sets.Add(TermSet(t, word.Field));
            if (highlight)
            {
                _plan.HighlightTerms.Add(_snapshot.Terms[t]);
            }
        }

        return DocSet.Union(sets, sum: false);
    }

    /// <summary>
    /// A synonym alternative, evaluated once per snapshot: the alternatives come from the synonym map, so the cache
    /// is bounded by its size, and expanding a frequent acronym into a long phrase stays cheap.
    /// </summary>
    private DocSet EvaluateExpansion(string alternative, TextField field)
    {
        AddHighlights(alternative);
        var key = string.Concat(((int)field).ToString(System.Globalization.CultureInfo.InvariantCulture), "\u0001", alternative);
        if (_snapshot.ExpansionCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var set = EvaluateText(alternative, field, highlight: false);
        _snapshot.ExpansionCache.TryAdd(key, set);
        return set;
    }

    private void AddHighlights(string text)
    {
        foreach (var token in Analyze(text))
        {
            _plan.HighlightTerms.Add(token.Term);
        }
    }

    /// <summary>Text analyzed into one term or a phrase of terms.</summary>
    private DocSet EvaluateText(string text, TextField field, bool highlight)
    {
        var tokens = Analyze(text);
        if (tokens.Count == 0)
        {
            return DocSet.Empty;
        }

        if (highlight)
        {
            foreach (var token in tokens)
            {
                _plan.HighlightTerms.Add(token.Term);
            }
        }

        var terms = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            terms[i] = _snapshot.FindTerm(tokens[i].Term);
            if (terms[i] < 0)
            {
                return DocSet.Empty;
            }
        }

        if (terms.Length == 1)
        {
            return TermSet(terms[0], field);
        }

        var offsets = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            offsets[i] = tokens[i].Position - tokens[0].Position;
        }

        return PhraseScorer.Evaluate(_snapshot, terms, offsets, FieldsOf(field), _cancellationToken);
    }

    private DocSet TermSet(int term, TextField field)
    {
        if (field == TextField.Any)
        {
            return Clause.ForTerm(_snapshot, term, 1.0).Materialize();
        }

        return PhraseScorer.Evaluate(_snapshot, [term], [0], FieldsOf(field), _cancellationToken);
    }

    private static IndexField[]? FieldsOf(TextField field) => field switch
    {
        TextField.Title => [IndexField.Title],
        TextField.Summary => [IndexField.Summary],
        TextField.Agency => [IndexField.Agency],
        TextField.Region => [IndexField.Region],
        TextField.Affairs => [IndexField.Affairs],
        TextField.Tags => [IndexField.Tags],
        _ => null,
    };

    private IReadOnlyList<Token> Analyze(string text) => _options.Analyzer.Analyze(text);
}
