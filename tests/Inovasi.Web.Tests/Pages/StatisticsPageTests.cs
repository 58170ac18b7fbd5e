using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Pages;

public sealed class StatisticsPageTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    [Fact]
    public async Task Shows_counts_and_the_spread_chart()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/statistik", UriKind.Relative));
        Assert.Contains("<strong id=\"jumlah-inovasi\">6</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"jumlah-replikasi\">3</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"grafik\"", html, StringComparison.Ordinal);
        Assert.Contains("2021: 1 inovasi baru, 2 replikasi", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?klaster=layanan-langsung\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?pemda=Kota%20Medan\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/inovasi/seraton-disdukcapil-medan\"", html, StringComparison.Ordinal);
    }
}
