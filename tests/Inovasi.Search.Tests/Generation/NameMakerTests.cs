using Inovasi.Search.Generation.Internal;

namespace Inovasi.Search.Tests.Generation;

/// <summary>Region title-casing, slugs and acronyms of the generator.</summary>
public sealed class NameMakerTests
{
    [Theory]
    [InlineData("KABUPATEN TOJO UNA-UNA", "Kabupaten Tojo Una-Una")]
    [InlineData("KOTA MEDAN", "Kota Medan")]
    [InlineData("DKI JAKARTA", "DKI Jakarta")]
    [InlineData("DI YOGYAKARTA", "DI Yogyakarta")]
    [InlineData("NA IX-X", "Na IX-X")]
    [InlineData("MUKO-MUKO BATHIN VII", "Muko-Muko Bathin VII")]
    [InlineData("HU'U", "Hu'u")]
    [InlineData("ABUNG  KUNANG", "Abung Kunang")]
    [InlineData("MENTAWA BARU/KETAPANG", "Mentawa Baru/Ketapang")]
    public void TitleCase_BpsNames(string upper, string expected)
    {
        Assert.Equal(expected, GeneratorCatalog.TitleCase(upper));
    }

    [Theory]
    [InlineData("Si-Surat", "si-surat")]
    [InlineData("Mageábume", "mageabume")]
    [InlineData("Jumat  Berkah!", "jumat-berkah")]
    [InlineData("--", "x")]
    [InlineData("Kota Bau-Bau", "kota-bau-bau")]
    public void Slug_IsFormatSlug(string text, string expected)
    {
        Assert.Equal(expected, NameMaker.Slug(text));
    }

    [Fact]
    public void Acronym_TakesOpeningSyllables()
    {
        var rng = new GeneratorRandom(1);
        for (var i = 0; i < 200; i++)
        {
            var acronym = NameMaker.Acronym(rng, "Sistem Informasi Akta Kelahiran");
            var lower = acronym.ToLowerInvariant();
            Assert.True(lower.StartsWith("si", StringComparison.Ordinal), acronym);
            Assert.InRange(acronym.Length, 5, 12);
            Assert.Contains("ak", lower, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Random_SameSeedSameStream_DifferentLabelsDiffer()
    {
        var a = new GeneratorRandom(5, 3, 10);
        var b = new GeneratorRandom(5, 3, 10);
        var c = new GeneratorRandom(5, 3, 11);
        var xs = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToList();
        Assert.Equal(xs, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
        Assert.NotEqual(xs, Enumerable.Range(0, 8).Select(_ => c.NextUInt64()));
        for (var i = 0; i < 1000; i++)
        {
            Assert.InRange(a.NextDouble(), 0.0, 0.9999999999999999);
            Assert.InRange(a.Next(7), 0, 6);
        }
    }
}
