using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;

namespace Inovasi.Search.Writeups;

/// <summary>
/// Reads one write-up's text against FORMAT.md and collects every problem, rather than stopping at the first.
/// </summary>
/// <remarks>One instance per file; not thread-safe (<see cref="WriteupReader"/> creates one per call).</remarks>
internal sealed class WriteupParser
{
    /// <summary>The front matter's YAML starts on line 2 of the file (after the opening <c>---</c>).</summary>
    private const int YamlFirstLine = 2;

    private static readonly string[] s_keyOrder =
    [
        "id", "judul", "ringkasan", "opd", "pemda", "provinsi", "tahun", "klaster", "urusan", "unsur_skm",
        "tahap", "status", "asal", "digital", "penghargaan", "replikasi", "sumber", "tag",
    ];

    private static readonly FrozenSet<string> s_knownKeys = s_keyOrder.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>English and near-miss spellings authors use, mapped to the key they meant (for suggestions only).</summary>
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "judul", ["name"] = "judul", ["nama"] = "judul", ["summary"] = "ringkasan",
        ["agency"] = "opd", ["region"] = "pemda", ["province"] = "provinsi", ["year"] = "tahun",
        ["cluster"] = "klaster", ["kluster"] = "klaster", ["affairs"] = "urusan", ["unsur"] = "unsur_skm",
        ["skm"] = "unsur_skm", ["stage"] = "tahap", ["origin"] = "asal", ["awards"] = "penghargaan",
        ["replications"] = "replikasi", ["sources"] = "sumber", ["tags"] = "tag",
    };

    private readonly string _filePath;
    private readonly string _yaml;
    private readonly int _currentYear;
    private readonly List<WriteupDiagnostic> _diagnostics = [];

    private WriteupParser(string filePath, string yaml, int currentYear)
    {
        _filePath = filePath;
        _yaml = yaml;
        _currentYear = currentYear;
    }

    /// <summary>Parses a whole file's text.</summary>
    public static WriteupReadResult Parse(string text, string filePath, int currentYear)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            // CR LF and lone CR only: string.ReplaceLineEndings would also turn NEL, LS, PS and FF into LF,
            // which Markdown and YAML 1.2 treat as ordinary characters.
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (!IsFence(firstEnd < 0 ? text : text[..firstEnd]))
        {
            return Failure(filePath, 1, WriteupMessages.FrontMatterField, WriteupMessages.NoOpening);
        }

        var yamlStart = firstEnd + 1;
        var lineStart = yamlStart;
        var closeStart = -1;
        var bodyStart = text.Length;
        while (firstEnd >= 0 && lineStart <= text.Length)
        {
            var nl = text.IndexOf('\n', lineStart);
            var lineEnd = nl < 0 ? text.Length : nl;
            if (IsFence(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                closeStart = lineStart;
                bodyStart = nl < 0 ? text.Length : nl + 1;
                break;
            }

            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        if (closeStart < 0)
        {
            return Failure(filePath, 1, WriteupMessages.FrontMatterField, WriteupMessages.NoClosing);
        }

        var parser = new WriteupParser(filePath, text[yamlStart..closeStart], currentYear);
        var innovation = parser.ReadFrontMatter(text[bodyStart..]);
        return new WriteupReadResult(filePath, innovation, parser._diagnostics);
    }

    /// <summary>The current year as FORMAT.md's "in the future" rule sees it.</summary>
    /// <remarks>
    /// The year in UTC+14, the earliest time zone: a year is only in the future once it has not begun anywhere,
    /// so no author gets a false error on New Year's Day (Indonesia is UTC+7 to UTC+9).
    /// </remarks>
    public static int CurrentYear(TimeProvider timeProvider) =>
        timeProvider.GetUtcNow().ToOffset(TimeSpan.FromHours(14)).Year;

    /// <summary>Whether a line is a front-matter fence: <c>---</c>, optionally followed by spaces or tabs.</summary>
    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd(" \t").SequenceEqual("---");

    private static WriteupReadResult Failure(string filePath, int line, string field, string message) =>
        new(filePath, null, [new WriteupDiagnostic(filePath, line, field, message, DiagnosticSeverity.Error)]);

    private Innovation? ReadFrontMatter(string body)
    {
        FrontMatterNode? root;
        try
        {
            root = FrontMatterYaml.Load(_yaml);
        }
        catch (FrontMatterTooDeepException e)
        {
            Error(e.Start, WriteupMessages.FrontMatterField, WriteupMessages.TooDeep());
            return null;
        }
        catch (YamlException e)
        {
            Error(e.Start, KeyOnLine((int)e.Start.Line) ?? WriteupMessages.FrontMatterField, WriteupMessages.InvalidYaml(YamlDetail(e)));
            return null;
        }

        var fields = new Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)>(StringComparer.Ordinal);
        var unknown = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        switch (root)
        {
            case null:
                break;
            case FrontMatterMapping map:
                CollectKeys(map, fields, unknown);
                break;
            default:
                Error(root.Start, WriteupMessages.FrontMatterField, WriteupMessages.NotAMap(root.Describe()));
                return null;
        }

        var id = RequiredString(fields, "id", "a slug such as \"seraton-disdukcapil-medan\", equal to the file name without .md", 80);
        if (id is not null && CheckSlug("id", fields["id"].Value, id))
        {
            CheckIdMatchesFile(fields["id"].Value, id);
        }

        var title = RequiredString(fields, "judul", "the innovation's name, e.g. \"Seraton\"", 200);
        var summary = OptionalString(fields, "ringkasan", 600);
        var agency = RequiredString(fields, "opd", "the agency that owns it, full name, e.g. \"Dinas Kependudukan dan Catatan Sipil\"", null);
        var region = RequiredString(fields, "pemda", "the regional government, e.g. \"Kota Medan\", or \"Pemerintah Pusat\"", null);
        var province = OptionalString(fields, "provinsi", null);
        int? year = fields.TryGetValue("tahun", out var yearNode)
            ? Year("tahun", yearNode.Value)
            : MissingKey("tahun", "the year it started, e.g. 2019");
        var cluster = OptionalString(fields, "klaster", null);
        if (cluster is not null && !WriteupVocabulary.KnownClusters.Contains(cluster))
        {
            Warning(fields["klaster"].Value.Start, "klaster", WriteupMessages.UnknownCluster(cluster));
        }

        var affairs = StringList(fields, "urusan");
        var elements = ImmutableArray.CreateBuilder<ServiceElement>();
        foreach (var (code, node, field) in StringListItems(fields, "unsur_skm"))
        {
            if (WriteupVocabulary.TryParseElement(code, out var element))
            {
                elements.Add(element);
            }
            else
            {
                Error(node.Start, field, WriteupMessages.UnknownElement(code));
            }
        }

        InnovationStage? stage = null;
        var stageText = OptionalString(fields, "tahap", null);
        if (stageText is not null)
        {
            if (WriteupVocabulary.TryParseStage(stageText, out var s))
            {
                stage = s;
            }
            else
            {
                Error(fields["tahap"].Value.Start, "tahap", WriteupMessages.UnknownStage(stageText));
            }
        }

        var status = InnovationStatus.Running;
        var statusText = OptionalString(fields, "status", null);
        if (statusText is not null && !WriteupVocabulary.TryParseStatus(statusText, out status))
        {
            Error(fields["status"].Value.Start, "status", WriteupMessages.UnknownStatus(statusText));
        }

        var origin = OptionalString(fields, "asal", null);
        if (origin is not null && CheckSlug("asal", fields["asal"].Value, origin)
            && string.Equals(origin, id, StringComparison.Ordinal))
        {
            Error(fields["asal"].Value.Start, "asal", WriteupMessages.SelfOrigin);
        }

        bool? digital = fields.TryGetValue("digital", out var digitalNode) ? Boolean("digital", digitalNode.Value) : null;
        var awards = StringList(fields, "penghargaan");
        var replications = Replications(fields);
        var sources = ImmutableArray.CreateBuilder<string>();
        foreach (var (url, node, field) in StringListItems(fields, "sumber"))
        {
            if (IsHttpUrl(url))
            {
                sources.Add(url);
            }
            else
            {
                Error(node.Start, field, WriteupMessages.InvalidUrl(url));
            }
        }

        var tags = StringList(fields, "tag");
        if (_diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        var sections = WriteupSections.Extract(body);
        return new Innovation
        {
            Id = id!,
            Title = title!,
            Summary = summary,
            Agency = agency!,
            Region = region!,
            Province = province,
            Year = year!.Value,
            Cluster = cluster,
            Affairs = affairs,
            ServiceElements = elements.ToImmutable(),
            Stage = stage,
            Status = status,
            OriginId = origin,
            IsDigital = digital,
            Awards = awards,
            Replications = replications,
            Sources = sources.ToImmutable(),
            Tags = tags,
            UnknownFields = unknown.ToImmutable(),
            Body = body,
            Background = sections.Background,
            Solution = sections.Solution,
            Impact = sections.Impact,
            ReplicationNotes = sections.ReplicationNotes,
        };
    }

    private void CollectKeys(
        FrontMatterMapping map,
        Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> fields,
        ImmutableArray<KeyValuePair<string, string>>.Builder unknown)
    {
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not FrontMatterScalar { Value: var key } || key.Length == 0)
            {
                Error(keyNode.Start, WriteupMessages.FrontMatterField, WriteupMessages.KeyNotScalar(keyNode.Describe()));
                continue;
            }

            if (fields.TryGetValue(key, out var first))
            {
                Error(keyNode.Start, WriteupMessages.Show(key), WriteupMessages.DuplicateKey(FileLine(first.Key.Start)));
                continue;
            }

            fields.Add(key, (keyNode, value));
            if (!s_knownKeys.Contains(key))
            {
                Warning(keyNode.Start, WriteupMessages.Show(key), WriteupMessages.UnknownKey(key, Suggest(key)));
                unknown.Add(new(key, RawText(value)));
            }
        }
    }

    /// <summary>The top-level key written at the start of a YAML line (1-based), for locating syntax errors.</summary>
    private string? KeyOnLine(int yamlLine)
    {
        var start = 0;
        for (var line = 1; line < yamlLine; line++)
        {
            var nl = _yaml.IndexOf('\n', start);
            if (nl < 0)
            {
                return null;
            }

            start = nl + 1;
        }

        var end = start;
        while (end < _yaml.Length && (char.IsAsciiLetterOrDigit(_yaml[end]) || _yaml[end] is '_' or '-'))
        {
            end++;
        }

        return end > start && end < _yaml.Length && _yaml[end] == ':' ? _yaml[start..end] : null;
    }

    /// <summary>The value's YAML as written: a scalar from its first character, a block list or map from the start of its first line.</summary>
    private string RawText(FrontMatterNode node)
    {
        if (node is FrontMatterScalar { IsNull: true, Value: "" })
        {
            return "";
        }

        var start = (int)node.Start.Index;
        if (node is FrontMatterSequence { IsFlow: false } or FrontMatterMapping { IsFlow: false })
        {
            start = _yaml.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        }

        var end = Math.Min(_yaml.Length, (int)node.End.Index);
        if (node is FrontMatterSequence { IsFlow: true } or FrontMatterMapping { IsFlow: true } && end < _yaml.Length && _yaml[end] is ']' or '}')
        {
            // The closing event of a flow collection marks the bracket's start; keep the bracket.
            end++;
        }

        return end > start ? _yaml.AsSpan(start, end - start).TrimEnd().ToString() : "";
    }

    private static string? Suggest(string key)
    {
        foreach (var known in s_keyOrder)
        {
            if (string.Equals(known, key, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        if (s_aliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        string? best = null;
        var bestDistance = 3;
        foreach (var known in s_keyOrder)
        {
            var distance = EditDistance(key.ToLowerInvariant(), known);
            if (distance < bestDistance && distance < known.Length / 2 + 1)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private string? RequiredString(Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> fields, string key, string expected, int? maxLength)
    {
        if (!fields.TryGetValue(key, out var entry))
        {
            MissingKey(key, expected);
            return null;
        }

        if (entry.Value is FrontMatterScalar { IsNull: true })
        {
            Error(entry.Value.Start, key, WriteupMessages.NoValue(expected));
            return null;
        }

        return StringValue(key, entry.Value, maxLength);
    }

    private string? OptionalString(Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> fields, string key, int? maxLength)
    {
        if (!fields.TryGetValue(key, out var entry) || entry.Value is FrontMatterScalar { IsNull: true })
        {
            return null;
        }

        return StringValue(key, entry.Value, maxLength);
    }

    private string? StringValue(string field, FrontMatterNode node, int? maxLength)
    {
        switch (node)
        {
            case FrontMatterAlias:
                Error(node.Start, field, WriteupMessages.AliasNotSupported);
                return null;
            case FrontMatterScalar scalar:
                if (string.IsNullOrWhiteSpace(scalar.Value))
                {
                    Error(node.Start, field, WriteupMessages.EmptyString);
                    return null;
                }

                if (maxLength is { } max)
                {
                    var length = CharacterCount(scalar.Value);
                    if (length > max)
                    {
                        Error(node.Start, field, WriteupMessages.TooLong(length, max));
                        return null;
                    }
                }

                return scalar.Value;
            default:
                Error(node.Start, field, WriteupMessages.ExpectedString(node.Describe()));
                return null;
        }
    }

    /// <summary>Length in Unicode characters (a surrogate pair counts once), as an author would count.</summary>
    private static int CharacterCount(string value)
    {
        var count = value.Length;
        for (var i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsSurrogatePair(value[i], value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    private int? MissingKey(string key, string expected)
    {
        _diagnostics.Add(new WriteupDiagnostic(_filePath, 1, key, WriteupMessages.MissingKey(expected), DiagnosticSeverity.Error));
        return null;
    }

    /// <summary>FORMAT.md: slug <c>[a-z0-9]+(-[a-z0-9]+)*</c>, at most 80 characters.</summary>
    private bool CheckSlug(string field, FrontMatterNode node, string value)
    {
        if (!IsSlug(value))
        {
            Error(node.Start, field, WriteupMessages.InvalidSlug(value));
            return false;
        }

        if (value.Length > 80)
        {
            Error(node.Start, field, WriteupMessages.TooLong(value.Length, 80));
            return false;
        }

        return true;
    }

    internal static bool IsSlug(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in value)
        {
            if (c == '-')
            {
                if (previousHyphen)
                {
                    return false;
                }

                previousHyphen = true;
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                previousHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private void CheckIdMatchesFile(FrontMatterNode node, string id)
    {
        var fileName = Path.GetFileName(_filePath);
        if (!fileName.EndsWith(".md", StringComparison.Ordinal))
        {
            return;
        }

        if (!fileName.AsSpan(0, fileName.Length - 3).SequenceEqual(id))
        {
            Error(node.Start, "id", WriteupMessages.IdFileMismatch(id, fileName));
        }
    }

    private int? Year(string field, FrontMatterNode node)
    {
        if (node is FrontMatterScalar { IsNull: true })
        {
            Error(node.Start, field, WriteupMessages.NoValue("the year, e.g. 2019"));
            return null;
        }

        if (node is not FrontMatterScalar { IsPlain: true } scalar
            || scalar.Value.Length is 0 or > 9
            || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            Error(node.Start, field, WriteupMessages.ExpectedYear(node.Describe()));
            return null;
        }

        if (year is < WriteupMessages.MinYear or > WriteupMessages.MaxYear)
        {
            Error(node.Start, field, WriteupMessages.YearOutOfRange(year));
            return null;
        }

        if (year > _currentYear)
        {
            Error(node.Start, field, WriteupMessages.YearInFuture(year, _currentYear));
            return null;
        }

        return year;
    }

    /// <summary>YAML 1.2 core schema booleans.</summary>
    private bool? Boolean(string field, FrontMatterNode node)
    {
        if (node is FrontMatterScalar scalar)
        {
            if (scalar.IsNull)
            {
                return null;
            }

            if (scalar.IsPlain)
            {
                switch (scalar.Value)
                {
                    case "true" or "True" or "TRUE": return true;
                    case "false" or "False" or "FALSE": return false;
                }
            }
        }

        Error(node.Start, field, WriteupMessages.ExpectedBoolean(node.Describe()));
        return null;
    }

    private ImmutableArray<string> StringList(Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> fields, string key)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, _, _) in StringListItems(fields, key))
        {
            builder.Add(value);
        }

        return builder.ToImmutable();
    }

    /// <summary>The non-empty string items of a list key, each with its node and field name (<c>key[i]</c>); reports the rest.</summary>
    private List<(string Value, FrontMatterNode Node, string Field)> StringListItems(
        Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> fields, string key)
    {
        var items = new List<(string, FrontMatterNode, string)>();
        if (!fields.TryGetValue(key, out var entry) || ListItems(key, entry.Value) is not { } list)
        {
            return items;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var field = ItemField(key, i);
            if (item is FrontMatterScalar itemScalar && (itemScalar.IsNull || string.IsNullOrWhiteSpace(itemScalar.Value)))
            {
                Error(item.Start, field, WriteupMessages.EmptyItem);
                continue;
            }

            if (StringValue(field, item, null) is { } value)
            {
                items.Add((value, item, field));
            }
        }

        return items;
    }

    /// <summary>The items of a list value; <see langword="null"/> (reported) when the value is not a list. A null value is an empty list.</summary>
    private IReadOnlyList<FrontMatterNode>? ListItems(string key, FrontMatterNode node)
    {
        switch (node)
        {
            case FrontMatterSequence sequence:
                return sequence.Items;
            case FrontMatterScalar { IsNull: true }:
                return [];
            case FrontMatterScalar scalar:
                Error(node.Start, key, WriteupMessages.ExpectedListForScalar(scalar.Value));
                return null;
            case FrontMatterAlias:
                Error(node.Start, key, WriteupMessages.AliasNotSupported);
                return null;
            default:
                Error(node.Start, key, WriteupMessages.ExpectedList(node.Describe()));
                return null;
        }
    }

    private static string ItemField(string key, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{key}[{index}]");

    private ImmutableArray<Replication> Replications(Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> fields)
    {
        var result = ImmutableArray.CreateBuilder<Replication>();
        if (!fields.TryGetValue("replikasi", out var entry) || ListItems("replikasi", entry.Value) is not { } list)
        {
            return result.ToImmutable();
        }

        for (var i = 0; i < list.Count; i++)
        {
            var field = ItemField("replikasi", i);
            if (list[i] is not FrontMatterMapping map)
            {
                Error(list[i].Start, field, list[i] is FrontMatterAlias
                    ? WriteupMessages.AliasNotSupported
                    : WriteupMessages.ExpectedReplication(list[i].Describe()));
                continue;
            }

            if (Replication(field, map) is { } replication)
            {
                result.Add(replication);
            }
        }

        return result.ToImmutable();
    }

    private Replication? Replication(string field, FrontMatterMapping map)
    {
        var errorsBefore = ErrorCount();
        var keys = new Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not FrontMatterScalar { Value: var key } || key.Length == 0)
            {
                Error(keyNode.Start, field, WriteupMessages.KeyNotScalar(keyNode.Describe()));
                continue;
            }

            var keyField = field + "." + WriteupMessages.Show(key);
            if (keys.TryGetValue(key, out var first))
            {
                Error(keyNode.Start, keyField, WriteupMessages.DuplicateKey(FileLine(first.Key.Start)));
                continue;
            }

            if (key is not ("opd" or "pemda" or "tahun" or "nama" or "status"))
            {
                Error(keyNode.Start, keyField, WriteupMessages.UnknownReplicationKey(key));
                continue;
            }

            keys.Add(key, (keyNode, value));
        }

        var agency = ReplicationString(keys, field, "opd", map, "the replicating agency, full name");
        var region = ReplicationString(keys, field, "pemda", map, "its regional government, e.g. \"Kota Binjai\"");
        int? year = null;
        if (keys.TryGetValue("tahun", out var yearEntry))
        {
            year = Year(field + ".tahun", yearEntry.Value);
        }
        else
        {
            Error(map.Start, field + ".tahun", WriteupMessages.MissingKey("the year of the replication, e.g. 2021"));
        }

        string? localName = null;
        if (keys.TryGetValue("nama", out var nameEntry) && nameEntry.Value is not FrontMatterScalar { IsNull: true })
        {
            localName = StringValue(field + ".nama", nameEntry.Value, 200);
        }

        InnovationStatus? status = null;
        if (keys.TryGetValue("status", out var statusEntry) && statusEntry.Value is not FrontMatterScalar { IsNull: true }
            && StringValue(field + ".status", statusEntry.Value, null) is { } statusText)
        {
            if (WriteupVocabulary.TryParseStatus(statusText, out var s))
            {
                status = s;
            }
            else
            {
                Error(statusEntry.Value.Start, field + ".status", WriteupMessages.UnknownStatus(statusText));
            }
        }

        if (ErrorCount() > errorsBefore || agency is null || region is null || year is null)
        {
            return null;
        }

        return new Replication(agency, region, year.Value) { LocalName = localName, Status = status };
    }

    private string? ReplicationString(
        Dictionary<string, (FrontMatterNode Key, FrontMatterNode Value)> keys, string field, string key, FrontMatterMapping map, string expected)
    {
        if (!keys.TryGetValue(key, out var entry))
        {
            Error(map.Start, field + "." + key, WriteupMessages.MissingKey(expected));
            return null;
        }

        if (entry.Value is FrontMatterScalar { IsNull: true })
        {
            Error(entry.Value.Start, field + "." + key, WriteupMessages.NoValue(expected));
            return null;
        }

        return StringValue(field + "." + key, entry.Value, null);
    }

    private int ErrorCount()
    {
        var count = 0;
        foreach (var d in _diagnostics)
        {
            if (d.Severity == DiagnosticSeverity.Error)
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
        && !value.AsSpan().ContainsAny(" \t\n");

    /// <summary>YamlDotNet's message without its "(Line: .., Col: .., Idx: ..) - (...): " prefix, plus the column.</summary>
    private static string YamlDetail(YamlException e)
    {
        var message = e.Message;
        const string Separator = "): ";
        if (message.StartsWith("(Line:", StringComparison.Ordinal))
        {
            var second = message.IndexOf(") - (", StringComparison.Ordinal);
            var cut = second < 0 ? -1 : message.IndexOf(Separator, second + 5, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[(cut + Separator.Length)..];
            }
        }

        message = message.ReplaceLineEndings(" ").TrimEnd('.');
        var hint = message.Contains("mapping", StringComparison.OrdinalIgnoreCase)
            ? "; put a value that contains \": \" in double quotes, e.g. judul: \"Seraton: lapor kematian\""
            : message.Contains("cannot start any token", StringComparison.Ordinal)
                ? "; put a value that starts with a special character (@ ` % & * ! | >) in double quotes"
                : message.Contains("tab", StringComparison.OrdinalIgnoreCase)
                    ? "; indent with spaces, not tabs"
                    : "";
        return string.Create(CultureInfo.InvariantCulture, $"{message} (column {e.Start.Column}){hint}");
    }

    private int FileLine(Mark mark) => (int)mark.Line + YamlFirstLine - 1;

    private void Error(Mark at, string field, string message) =>
        _diagnostics.Add(new WriteupDiagnostic(_filePath, FileLine(at), field, message, DiagnosticSeverity.Error));

    private void Warning(Mark at, string field, string message) =>
        _diagnostics.Add(new WriteupDiagnostic(_filePath, FileLine(at), field, message, DiagnosticSeverity.Warning));
}
