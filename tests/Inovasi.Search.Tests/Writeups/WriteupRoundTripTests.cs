using FsCheck;
using FsCheck.Fluent;
using Inovasi.Search.Tests.Fakes;
using Inovasi.Search.Tests.Support;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>read(write(x)) == x, and the reader never throws, whatever the text.</summary>
public sealed class WriteupRoundTripTests
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void ReadWrite_RoundTripsGeneratedInnovations()
    {
        var property = Prop.ForAll(InnovationGenerators.Innovation.ToArbitrary(), x =>
        {
            var text = WriteupWriter.Write(x);
            var result = WriteupReader.Parse(text, x.Id + ".md", FixedTimeProvider.Mid2026);
            Assert.True(result.IsValid, string.Join('\n', result.Errors) + "\n" + text);
            Assert.Equal(x, result.Innovation);
        });
        Check.One(s_config, property);
    }

    [Fact]
    public void WithBody_FillsTheSectionsTheReaderFinds()
    {
        var property = Prop.ForAll(InnovationGenerators.Innovation.ToArbitrary(), x =>
        {
            var rebuilt = (x with { Background = null, Solution = null, Impact = null, ReplicationNotes = null }).WithBody(x.Body);
            Assert.Equal(x, rebuilt);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }

    [Fact]
    public void Write_IsStableAfterOneRoundTrip()
    {
        var text = WriteupReaderTests.Example.ReplaceLineEndings("\n");
        var first = WriteupReader.ParseOrThrow(text, "seraton-disdukcapil-medan.md", FixedTimeProvider.Mid2026);
        var written = WriteupWriter.Write(first);

        var second = WriteupReader.ParseOrThrow(written, "seraton-disdukcapil-medan.md", FixedTimeProvider.Mid2026);

        Assert.Equal(first, second);
        Assert.Equal(written, WriteupWriter.Write(second));
    }

    [Fact]
    public void Parse_NeverThrows_OnMutatedWriteups()
    {
        var mutated =
            from x in InnovationGenerators.Innovation
            from cut in Gen.Choose(0, 1000)
            from insert in Gen.Elements("", ":", "\"", "'", "[", "{", "\n", "\t", "- ", "---\n", "*a", "&a ", "!!int ", "?", "|", "\\u", "\uD800", "\0", "#", "%YAML 1.2\n")
            from drop in Gen.Choose(0, 3)
            select Mutate(WriteupWriter.Write(x), cut, insert, drop);
        var property = Prop.ForAll(mutated.ToArbitrary(), text =>
        {
            var result = WriteupReader.Parse(text, "mutated.md", FixedTimeProvider.Mid2026);
            Assert.Equal(result.Innovation is null, result.Errors.Count > 0);
            Assert.All(result.Diagnostics, d =>
            {
                Assert.InRange(d.Line, 1, text.Count(c => c == '\n') + 1);
                Assert.DoesNotContain('\n', d.ToString());
            });
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(600), property);
    }

    [Fact]
    public void Parse_NeverThrows_OnArbitraryText()
    {
        var property = Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var s = text ?? "";
            var result = WriteupReader.Parse("---\n" + s, "x.md", FixedTimeProvider.Mid2026);
            Assert.False(result.IsValid);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), property);
    }

    private static string Mutate(string text, int cut, string insert, int drop)
    {
        var at = Math.Min(text.Length, cut % (text.Length + 1));
        var removed = Math.Min(drop, text.Length - at);
        return string.Concat(text.AsSpan(0, at), insert, text.AsSpan(at + removed));
    }
}
