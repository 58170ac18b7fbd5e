namespace Inovasi.Search.Index.Querying;

/// <summary>The field a text clause is restricted to (<c>judul:</c>, <c>opd:</c>, ...), or none.</summary>
internal enum TextField
{
    Any,
    Title,
    Summary,
    Agency,
    Region,
    Affairs,
    Tags,
}

/// <summary>Metadata filters of the query language.</summary>
internal enum FilterKind
{
    Klaster,
    Unsur,
    Tahap,
    Digital,
    Year,
}

/// <summary>A node of a parsed query.</summary>
internal abstract record QueryNode;

/// <summary>A word, possibly a <c>word*</c> prefix, possibly restricted to a field; <see cref="Start"/> and <see cref="Length"/> locate it in the query.</summary>
internal sealed record WordNode(string Text, TextField Field, bool Prefix, int Start, int Length) : QueryNode;

/// <summary>A quoted phrase.</summary>
internal sealed record PhraseNode(string Text, TextField Field) : QueryNode;

/// <summary>Parenthesised clauses, all required.</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>Alternatives joined by <c>OR</c>.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>An exclusion, <c>-x</c>.</summary>
internal sealed record NotNode(QueryNode Child) : QueryNode;

/// <summary>A metadata filter: <c>klaster:</c>, <c>unsur:</c>, <c>tahap:</c>, <c>digital:</c>, or a year range from <c>tahun:</c> (inclusive).</summary>
internal sealed record FilterNode(FilterKind Kind, string Value, int From = 0, int To = 0) : QueryNode;

/// <summary>The parsed query: top-level clauses (relaxed: the more matched the better) and messages about what was not understood.</summary>
internal sealed record ParsedQuery(IReadOnlyList<QueryNode> Clauses, IReadOnlyList<string> Messages);
