using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Support;

/// <summary>
/// FsCheck generators of valid <see cref="Innovation"/> values (years up to 2026, for
/// <see cref="Fakes.FixedTimeProvider.Mid2026"/>), with text chosen to stress YAML quoting: words YAML reads as
/// booleans, nulls or numbers, indicators, quotes, escapes, non-ASCII, emoji, control and line-break characters.
/// </summary>
internal static class InnovationGenerators
{
    /// <summary>Pieces of front-matter text; joined they make strings a naive writer would get wrong.</summary>
    private static readonly string[] s_tricky =
    [
        "Seraton", "Kota Medan", "Dinas Penanaman Modal dan PTSP", "e-KTP", "Si-Surat", "UMKM", "2019", "3.14", "1e5",
        "0x1F", "true", "False", "yes", "No", "on", "null", "Null", "~", "-", "- item", "--- ", "...", "a: b", "key:",
        "#tag", " # comment", "[x]", "{y}", ", ", "'single'", "\"double\"", "\\", "\\n", "|", ">", "*star", "&amp",
        "!bang", "%pct", "@at", "`tick`", "?", " ", "  ", "\t", "\n", "\r", "\r\n", "é", "Pelayanan Terpadu", "ñ",
        "😀", "𝄞", "\u00A0", "\u0085", "\u2028", "\u2029", "\u0001", "\u007F", "\u009F", "\uFEFF", "\uFFFE", "ß",
        "Ω", "中文", "اردو", "=", "<b>", "&", "%", "0", "-1", ".inf", ".NaN", "0o17", "1_000", "2019-01-01",
    ];

    /// <summary>Body words: varied, but never forming a heading, setext underline or line break by themselves.</summary>
    private static readonly string[] s_bodyWords =
    [
        "layanan", "Pelayanan", "e-KTP", "(PTSP)", "Rp1.000", "50%", "<b>html</b>", "`kode`", "*tebal*", "_miring_",
        "a: b", "#tag", "[tautan](https://example.org)", "😀", "é", "ñ", "中文", "warga", "daring", "kantor", "UMKM",
        "2019", "Si-Surat", "\\", "\"kutip\"", "'kutip'", "x|y", "—", "…", "\u00A0", "\u2028",
    ];

    private static readonly string[] s_sectionHeadings = ["Latar Belakang", "Inovasi", "Manfaat", "Replikasi"];

    private static readonly string[] s_rawUnknownValues =
    [
        "sesuatu", "[a, b]", "{k: v, l: [1, 2]}", "\"kutip: ya\"", "'tunggal'", "  - satu\n  - dua",
        "- satu\n- dua", "  k: v\n  l: w", "|\n  baris satu\n  baris dua", ">-\n  dilipat\n  teks", "", "42", "true",
        "[x,\n  y]",
    ];

    public static Gen<string> Slug { get; } =
        from parts in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(SlugPart, n))
        select string.Join('-', parts);

    private static Gen<string> SlugPart =>
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), n)).Select(c => new string(c));

    /// <summary>A non-empty, non-blank string of 1 to 5 tricky pieces.</summary>
    public static Gen<string> Text { get; } =
        Gen.Choose(1, 5)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(s_tricky), n))
            .Select(pieces => string.Concat(pieces))
            .Where(s => !string.IsNullOrWhiteSpace(s));

    public static Gen<string?> OptionalText { get; } = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

    public static Gen<string[]> TextList { get; } = Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Text, n));

    public static Gen<Replication> Replication { get; } =
        from agency in Text
        from region in Text
        from year in Gen.Choose(1990, 2026)
        from name in OptionalText
        from status in Gen.Elements<InnovationStatus?>(null, InnovationStatus.Running, InnovationStatus.Stopped)
        select new Replication(agency, region, year) { LocalName = name, Status = status };

    public static Gen<string> Paragraph { get; } =
        Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_bodyWords), n)).Select(words => "kata " + string.Join(' ', words));

    /// <summary>Section text: paragraphs, sometimes a level-3 heading or a list (which stay inside the section).</summary>
    public static Gen<string> SectionText { get; } =
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency(
                (6, Paragraph),
                (1, Paragraph.Select(p => "### Rincian\n" + p)),
                (1, Paragraph.Select(p => "- " + p + "\n- butir dua")),
                (1, Paragraph.Select(p => "```\n## bukan judul\n" + p + "\n```"))),
            n)).Select(ps => string.Join("\n\n", ps));

    /// <summary>The body and the sections the reader must find in it.</summary>
    public static Gen<(string Body, string?[] Sections)> Body { get; } =
        from title in Gen.Elements("", "# Judul\n\n", "Pembuka tanpa judul.\n\n", "## Gambaran\nBagian lain di awal.\n\n")
        from present in Gen.ArrayOf(Gen.Elements(true, false), 4)
        from texts in Gen.ArrayOf(SectionText, 4)
        from casing in Gen.Elements(0, 1, 2)
        from setext in Gen.Elements(false, false, true)
        from trailer in Gen.Elements("", "\n", "\n\n")
        select BuildBody(title, present, texts, casing, setext, trailer);

    public static Gen<KeyValuePair<string, string>[]> UnknownFields { get; } =
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(s_rawUnknownValues), n))
            .Select(values => values.Select((v, i) => new KeyValuePair<string, string>("x-lain-" + i, v)).ToArray());

    public static Gen<Innovation> Innovation { get; } =
        from id in Slug
        from title in Text.Where(t => t.Length <= 200)
        from summary in OptionalText
        from agency in Text
        from region in Text
        from province in OptionalText
        from year in Gen.Choose(1990, 2026)
        from cluster in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(WriteupVocabulary.KnownClusters.ToArray()).Select(c => (string?)c), Text.Select(t => (string?)t))
        from affairs in TextList
        from elements in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Enum.GetValues<ServiceElement>()), n))
        from stage in Gen.Elements<InnovationStage?>(null, InnovationStage.Inisiatif, InnovationStage.UjiCoba, InnovationStage.Penerapan)
        from status in Gen.Elements(InnovationStatus.Running, InnovationStatus.Stopped)
        from origin in Gen.OneOf(Gen.Constant<string?>(null), Slug.Where(s => s != id).Select(s => (string?)s))
        from digital in Gen.Elements<bool?>(null, true, false)
        from awards in TextList
        from replications in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Replication, n))
        from sources in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Slug.Select(s => "https://example.org/" + s + "?q=1#x"), n))
        from tags in TextList
        from unknown in UnknownFields
        from body in Body
        select new Innovation
        {
            Id = id,
            Title = title,
            Summary = summary,
            Agency = agency,
            Region = region,
            Province = province,
            Year = year,
            Cluster = cluster,
            Affairs = affairs,
            ServiceElements = elements,
            Stage = stage,
            Status = status,
            OriginId = origin,
            IsDigital = digital,
            Awards = awards,
            Replications = replications,
            Sources = sources,
            Tags = tags,
            UnknownFields = unknown,
            Body = body.Body,
            Background = body.Sections[0],
            Solution = body.Sections[1],
            Impact = body.Sections[2],
            ReplicationNotes = body.Sections[3],
        };

    private static (string, string?[]) BuildBody(string title, bool[] present, string[] texts, int casing, bool setext, string trailer)
    {
        var body = new System.Text.StringBuilder(title);
        var sections = new string?[4];
        var first = true;
        for (var k = 0; k < 4; k++)
        {
            if (!present[k])
            {
                continue;
            }

            if (!first)
            {
                body.Append("\n\n");
            }

            first = false;
            var heading = casing switch
            {
                0 => s_sectionHeadings[k],
                1 => s_sectionHeadings[k].ToUpperInvariant(),
                _ => s_sectionHeadings[k].ToLowerInvariant().Replace(" ", "  ", StringComparison.Ordinal),
            };
            body.Append(setext ? heading + "\n" + new string('-', heading.Length) + "\n" : "## " + heading + "\n");
            body.Append(texts[k]);
            sections[k] = texts[k];
        }

        body.Append(trailer);
        return (body.ToString(), sections);
    }
}
