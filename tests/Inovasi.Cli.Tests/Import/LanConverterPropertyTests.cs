using FsCheck;
using FsCheck.Fluent;
using Inovasi.Cli.Import;
using Inovasi.Cli.Tests.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Import;

/// <summary>Any record the reader accepts converts into a write-up that reads back cleanly with its text intact.</summary>
public sealed class LanConverterPropertyTests
{
    // Letters, digits, spaces, line breaks, Markdown and YAML syntax, leftover HTML: what a field may hold.
    private static readonly string[] s_pieces =
    [
        "a", "Z", "é", "1", " ", " ", "\n", "\r\n", "\n\n", "#", "## ", "- ", "* ", "1. ", ">", "=", "---", "`", "_",
        "[", "]", "(", ")", "<", "<p>", "</li>", "<img src=\"data:x", "&amp;", "&", "|", "\\", ":", "\"", "'", "{", "}",
        "pelayanan", "online", "Manfaat", "## Replikasi", "\t",
    ];

    private static readonly Gen<string> s_text = Gen.Elements(s_pieces).ArrayOf().Select(a => string.Concat(a));

    private static readonly Gen<LanRecord> s_records =
        from name in s_text.Where(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= 200)
        from product in s_text
        from description in s_text.Where(t => !string.IsNullOrWhiteSpace(t))
        from steps in s_text
        from benefits in s_text
        from prerequisites in s_text
        from source in s_text
        select LanSamples.Record(name: name) with
        {
            Product = product,
            Description = description,
            Steps = steps,
            Benefits = benefits,
            ReplicationPrerequisites = prerequisites,
            Source = source,
        };

    [Fact]
    public void Convert_AnyRecord_ReadsBackWithoutErrorsAndWithItsSections()
    {
        var converter = new LanConverter(LanSamples.Wilayah);
        Prop.ForAll(s_records.ToArbitrary(), record =>
        {
            var x = converter.Convert(record).Innovation;
            var read = WriteupReader.Parse(WriteupWriter.Write(x), x.Id + ".md");
            var replication = LanText.ToMarkdown(record.ReplicationPrerequisites);
            var description = LanText.ToMarkdown(record.Description);
            return read.Errors.Count == 0
                && read.Innovation!.Title == x.Title
                && read.Innovation.ReplicationNotes == (replication.Length == 0 ? null : replication)
                && (description.Length == 0 || read.Innovation.Solution?.StartsWith(description, StringComparison.Ordinal) == true);
        }).QuickCheckThrowOnFailure();
    }
}
