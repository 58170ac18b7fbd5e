using System.Globalization;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Index.Querying;

/// <summary>
/// Parses the query language (docs/query-language.md): words, <c>"phrases"</c>, <c>-exclusion</c>, <c>OR</c>,
/// parentheses, <c>word*</c>, and field filters. Never throws: whatever it cannot read becomes a message and
/// the rest of the query still runs.
/// </summary>
internal sealed class QueryParser
{
    private const int MaxDepth = 16;

    private readonly string _text;
    private readonly int _maxClauses;
    private readonly List<string> _messages = [];
    private int _pos;
    private int _clauses;
    private bool _clauseLimitReported;
    private bool _depthReported;

    private QueryParser(string text, int maxClauses)
    {
        _text = text;
        _maxClauses = maxClauses;
    }

    public static ParsedQuery Parse(string? query, int maxLength, int maxClauses)
    {
        var text = query ?? "";
        var messages = new List<string>();
        if (text.Length > maxLength)
        {
            text = text[..maxLength];
            messages.Add(IndexMessages.QueryTooLong(maxLength));
        }

        var parser = new QueryParser(text, maxClauses);
        var clauses = parser.ParseSequence(0, topLevel: true);
        messages.AddRange(parser._messages);
        return new ParsedQuery(clauses, messages);
    }

    private List<QueryNode> ParseSequence(int depth, bool topLevel)
    {
        var items = new List<QueryNode>();
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                if (!topLevel)
                {
                    _messages.Add(IndexMessages.UnclosedParenthesis());
                }

                return items;
            }

            var c = _text[_pos];
            if (c == ')')
            {
                _pos++;
                if (topLevel)
                {
                    _messages.Add(IndexMessages.StrayParenthesis(_pos - 1));
                    continue;
                }

                return items;
            }

            if (IsOrAt(_pos))
            {
                _messages.Add(IndexMessages.DanglingOr(_pos));
                _pos += _text[_pos] == '|' ? 1 : 2;
                continue;
            }

            var node = ParseOr(depth);
            if (node is not null)
            {
                if (_clauses >= _maxClauses)
                {
                    if (!_clauseLimitReported)
                    {
                        _messages.Add(IndexMessages.TooManyClauses(_maxClauses));
                        _clauseLimitReported = true;
                    }

                    continue;
                }

                _clauses++;
                items.Add(node);
            }
        }
    }

    private QueryNode? ParseOr(int depth)
    {
        var first = ParseUnary(depth);
        List<QueryNode>? alternatives = null;
        while (true)
        {
            var save = _pos;
            SkipSpace();
            if (_pos < _text.Length && IsOrAt(_pos))
            {
                var orAt = _pos;
                _pos += _text[_pos] == '|' ? 1 : 2;
                SkipSpace();
                if (_pos >= _text.Length || _text[_pos] == ')')
                {
                    _messages.Add(IndexMessages.DanglingOr(orAt));
                    break;
                }

                var next = ParseUnary(depth);
                if (next is not null)
                {
                    alternatives ??= first is null ? [] : [first];
                    alternatives.Add(next);
                }

                continue;
            }

            _pos = save;
            break;
        }

        if (alternatives is null)
        {
            return first;
        }

        return alternatives.Count == 1 ? alternatives[0] : new OrNode(alternatives);
    }

    private QueryNode? ParseUnary(int depth)
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            return null;
        }

        if (_text[_pos] == '-' && _pos + 1 < _text.Length && !char.IsWhiteSpace(_text[_pos + 1]) && _text[_pos + 1] != '-')
        {
            _pos++;
            var child = ParsePrimary(depth);
            return child is null ? null : new NotNode(child);
        }

        return ParsePrimary(depth);
    }

    private QueryNode? ParsePrimary(int depth)
    {
        var c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            if (depth >= MaxDepth)
            {
                if (!_depthReported)
                {
                    _messages.Add(IndexMessages.TooDeep(MaxDepth));
                    _depthReported = true;
                }

                return null;
            }

            var children = ParseSequence(depth + 1, topLevel: false);
            return children.Count switch
            {
                0 => null,
                1 => children[0],
                _ => new AndNode(children),
            };
        }

        if (c == '"')
        {
            return new PhraseNode(ReadQuoted(), TextField.Any);
        }

        var start = _pos;
        while (_pos < _text.Length && !char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not '(' and not ')' and not '"')
        {
            _pos++;
        }

        var word = _text[start.._pos];
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            var name = word[..colon].ToLowerInvariant();
            if (TryField(name, out var field, out var filter))
            {
                string value;
                bool quoted = false;
                if (colon == word.Length - 1 && _pos < _text.Length && _text[_pos] == '"')
                {
                    value = ReadQuoted();
                    quoted = true;
                }
                else
                {
                    value = word[(colon + 1)..];
                }

                if (value.Trim().Length == 0)
                {
                    _messages.Add(IndexMessages.EmptyField(name, start));
                    return null;
                }

                return filter is { } kind
                    ? ParseFilter(kind, name, value, start)
                    : quoted || value.Contains(' ', StringComparison.Ordinal)
                        ? new PhraseNode(value, field)
                        : MakeWord(value, field, start + colon + 1);
            }

            if (!name.StartsWith("http", StringComparison.Ordinal))
            {
                _messages.Add(IndexMessages.UnknownField(name, start));
            }
        }

        return word.Length == 0 ? SkipOne() : MakeWord(word, TextField.Any, start);
    }

    private QueryNode? SkipOne()
    {
        _pos++;
        return null;
    }

    private static WordNode MakeWord(string word, TextField field, int start)
    {
        var prefix = word.Length > 1 && word[^1] == '*';
        var text = word.TrimEnd('*');
        return new WordNode(text, field, prefix && text.Length > 0, start, word.Length);
    }

    private QueryNode? ParseFilter(FilterKind kind, string name, string value, int at)
    {
        var v = value.Trim().ToLowerInvariant();
        switch (kind)
        {
            case FilterKind.Year:
                var dots = v.IndexOf("..", StringComparison.Ordinal);
                var fromText = dots >= 0 ? v[..dots] : v;
                var toText = dots >= 0 ? v[(dots + 2)..] : v;
                var fromOk = TryYear(fromText, int.MinValue, out var from);
                var toOk = TryYear(toText, int.MaxValue, out var to);
                if (!fromOk || !toOk || (fromText.Length == 0 && toText.Length == 0))
                {
                    _messages.Add(IndexMessages.BadYear(value, at));
                    return null;
                }

                if (from > to)
                {
                    _messages.Add(IndexMessages.ReversedYears(value, at));
                    (from, to) = (to, from);
                }

                return new FilterNode(kind, v, from, to);
            case FilterKind.Unsur:
                if (!WriteupVocabulary.TryParseElement(v, out _))
                {
                    _messages.Add(IndexMessages.BadValue(name, value, at, "persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana"));
                    return null;
                }

                return new FilterNode(kind, v);
            case FilterKind.Tahap:
                if (!WriteupVocabulary.TryParseStage(v, out _))
                {
                    _messages.Add(IndexMessages.BadValue(name, value, at, "inisiatif, uji-coba, penerapan"));
                    return null;
                }

                return new FilterNode(kind, v);
            case FilterKind.Digital:
                if (v is not ("true" or "false" or "ya" or "tidak"))
                {
                    _messages.Add(IndexMessages.BadValue(name, value, at, "ya, tidak"));
                    return null;
                }

                return new FilterNode(kind, v is "true" or "ya" ? "true" : "false");
            default:
                return new FilterNode(kind, v);
        }
    }

    /// <summary>Reads a year; an empty side of a range is open (<paramref name="open"/>).</summary>
    private static bool TryYear(string text, int open, out int year)
    {
        if (text.Length == 0)
        {
            year = open;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year <= 9999;
    }

    private static bool TryField(string name, out TextField field, out FilterKind? filter)
    {
        filter = null;
        field = TextField.Any;
        switch (name)
        {
            case "judul": field = TextField.Title; return true;
            case "ringkasan": field = TextField.Summary; return true;
            case "opd": field = TextField.Agency; return true;
            case "pemda":
            case "provinsi": field = TextField.Region; return true;
            case "urusan": field = TextField.Affairs; return true;
            case "tag": field = TextField.Tags; return true;
            case "klaster": filter = FilterKind.Klaster; return true;
            case "unsur": filter = FilterKind.Unsur; return true;
            case "tahap": filter = FilterKind.Tahap; return true;
            case "digital": filter = FilterKind.Digital; return true;
            case "tahun": filter = FilterKind.Year; return true;
            default: return false;
        }
    }

    private string ReadQuoted()
    {
        var open = _pos;
        _pos++;
        var close = _text.IndexOf('"', _pos);
        string value;
        if (close < 0)
        {
            _messages.Add(IndexMessages.UnclosedQuote(open));
            value = _text[_pos..];
            _pos = _text.Length;
        }
        else
        {
            value = _text[_pos..close];
            _pos = close + 1;
        }

        return value;
    }

    private bool IsOrAt(int i)
    {
        if (_text[i] == '|')
        {
            return true;
        }

        return i + 1 < _text.Length && _text[i] == 'O' && _text[i + 1] == 'R'
            && (i + 2 == _text.Length || char.IsWhiteSpace(_text[i + 2]) || _text[i + 2] == '(' || _text[i + 2] == '"');
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }
}
