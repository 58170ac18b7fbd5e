using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Inovasi.Search.Writeups;

/// <summary>
/// A node of the front matter's YAML, built from YamlDotNet's parser events so that every key, value and
/// list item keeps its position. (The representation model would lose duplicate keys and raw text.)
/// </summary>
internal abstract class FrontMatterNode(Mark start, Mark end)
{
    /// <summary>Where the node starts in the YAML text.</summary>
    public Mark Start { get; } = start;

    /// <summary>Where its content ends (the last scalar or closing bracket; not trailing comments).</summary>
    public Mark End { get; } = end;

    /// <summary>A short description for messages: <c>a list</c>, <c>a map</c>, <c>the value "x"</c>.</summary>
    public abstract string Describe();
}

internal sealed class FrontMatterScalar(string value, ScalarStyle style, bool isTagged, Mark start, Mark end)
    : FrontMatterNode(start, end)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;

    /// <summary>Whether the scalar carries an explicit tag such as <c>!!str</c>.</summary>
    public bool IsTagged { get; } = isTagged;

    /// <summary>Plain, so YAML resolves its type (integer, boolean, null) from the text.</summary>
    public bool IsPlain => Style == ScalarStyle.Plain && !IsTagged;

    /// <summary>
    /// YAML's null: an empty plain scalar, <c>~</c>, <c>null</c>, <c>Null</c> or <c>NULL</c> (YAML 1.2 core schema).
    /// </summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() =>
        Style is ScalarStyle.Literal or ScalarStyle.Folded ? $"the block text \"{WriteupMessages.Show(Value)}\""
        : Style != ScalarStyle.Plain ? $"the quoted string \"{WriteupMessages.Show(Value)}\""
        : IsTagged ? $"the tagged value \"{WriteupMessages.Show(Value)}\""
        : $"\"{WriteupMessages.Show(Value)}\"";
}

internal sealed class FrontMatterSequence(IReadOnlyList<FrontMatterNode> items, bool isFlow, Mark start, Mark end)
    : FrontMatterNode(start, end)
{
    public IReadOnlyList<FrontMatterNode> Items { get; } = items;

    public bool IsFlow { get; } = isFlow;

    public override string Describe() => "a list";
}

internal sealed class FrontMatterMapping(IReadOnlyList<KeyValuePair<FrontMatterNode, FrontMatterNode>> entries, bool isFlow, Mark start, Mark end)
    : FrontMatterNode(start, end)
{
    public IReadOnlyList<KeyValuePair<FrontMatterNode, FrontMatterNode>> Entries { get; } = entries;

    public bool IsFlow { get; } = isFlow;

    public override string Describe() => "a map";
}

internal sealed class FrontMatterAlias(Mark start, Mark end) : FrontMatterNode(start, end)
{
    public override string Describe() => "an alias";
}

/// <summary>Thrown when the YAML nests deeper than <see cref="WriteupMessages.MaxNestingDepth"/>.</summary>
internal sealed class FrontMatterTooDeepException(Mark start) : Exception(WriteupMessages.TooDeep())
{
    public Mark Start { get; } = start;
}

/// <summary>Builds <see cref="FrontMatterNode"/> trees from YamlDotNet's event parser.</summary>
internal static class FrontMatterYaml
{
    /// <summary>Parses the YAML text; <see langword="null"/> when it holds no document (empty or comments only).</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    /// <exception cref="FrontMatterTooDeepException">Lists and maps nest too deeply.</exception>
    public static FrontMatterNode? Load(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            return Load(parser);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input (e.g. an unclosed flow list followed by a
            // block scalar) instead of a YamlException; report them where parsing stopped.
            var at = parser.Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, "the YAML cannot be parsed after this point; check the brackets and quotes", e);
        }
    }

    private static FrontMatterNode? Load(Parser parser)
    {
        parser.MoveNext();
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = Read(parser, 0);
        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
        {
            var next = parser.Current!;
            throw new YamlException(next.Start, next.End, "a second YAML document starts here; the front matter holds one");
        }

        return root;
    }

    private static FrontMatterNode Read(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new YamlException("unexpected end of the YAML text");
        parser.MoveNext();
        switch (current)
        {
            case Scalar scalar:
                return new FrontMatterScalar(scalar.Value, scalar.Style, !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific, scalar.Start, scalar.End);
            case SequenceStart sequence:
            {
                if (depth >= WriteupMessages.MaxNestingDepth)
                {
                    throw new FrontMatterTooDeepException(sequence.Start);
                }

                var items = new List<FrontMatterNode>();
                while (!parser.Accept<SequenceEnd>(out _))
                {
                    items.Add(Read(parser, depth + 1));
                }

                var close = parser.Consume<SequenceEnd>();
                var isFlow = sequence.Style == SequenceStyle.Flow;
                var contentEnd = isFlow ? close.End : items.Count > 0 ? items[^1].End : sequence.End;
                return new FrontMatterSequence(items, isFlow, sequence.Start, contentEnd);
            }

            case MappingStart mapping:
            {
                if (depth >= WriteupMessages.MaxNestingDepth)
                {
                    throw new FrontMatterTooDeepException(mapping.Start);
                }

                var entries = new List<KeyValuePair<FrontMatterNode, FrontMatterNode>>();
                while (!parser.Accept<MappingEnd>(out _))
                {
                    var key = Read(parser, depth + 1);
                    var value = Read(parser, depth + 1);
                    entries.Add(new(key, value));
                }

                var close = parser.Consume<MappingEnd>();
                var isFlow = mapping.Style == MappingStyle.Flow;
                var contentEnd = isFlow ? close.End : entries.Count > 0 ? entries[^1].Value.End : mapping.End;
                return new FrontMatterMapping(entries, isFlow, mapping.Start, contentEnd);
            }

            case AnchorAlias alias:
                return new FrontMatterAlias(alias.Start, alias.End);
            default:
                throw new YamlException(current.Start, current.End, $"unexpected YAML event {current.GetType().Name}");
        }
    }
}
