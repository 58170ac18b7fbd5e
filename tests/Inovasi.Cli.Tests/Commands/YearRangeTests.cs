using FsCheck;
using FsCheck.Fluent;
using Inovasi.Cli.Commands;

namespace Inovasi.Cli.Tests.Commands;

public sealed class YearRangeTests
{
    [Theory]
    [InlineData("2019", 2019, 2019)]
    [InlineData("2017..2020", 2017, 2020)]
    [InlineData("2017..", 2017, null)]
    [InlineData("..2020", null, 2020)]
    [InlineData(" 2018 ", 2018, 2018)]
    public void TryParse_Accepts(string text, int? from, int? to)
    {
        Assert.True(YearRange.TryParse(text, out var range, out _));
        Assert.Equal(new YearRange(from, to), range);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("19")]
    [InlineData("2019-2020")]
    [InlineData("2020..2017")]
    [InlineData("+2019")]
    public void TryParse_RejectsNamingTheValue(string text)
    {
        Assert.False(YearRange.TryParse(text, out _, out var error));
        Assert.Contains("--tahun", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_AnyOrderedPair_RoundTrips() =>
        Prop.ForAll(Gen.Choose(1000, 9999).ToArbitrary(), Gen.Choose(0, 50).ToArbitrary(), (from, span) =>
        {
            var to = Math.Min(9999, from + span);
            return YearRange.TryParse($"{from}..{to}", out var range, out _) && range == new YearRange(from, to);
        }).QuickCheckThrowOnFailure();
}
