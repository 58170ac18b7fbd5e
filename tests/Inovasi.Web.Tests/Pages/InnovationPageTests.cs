using System.Net;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Pages;

public sealed class InnovationPageTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    private async Task<string> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Shows_metadata_replications_and_rendered_body()
    {
        var html = await GetAsync("/inovasi/seraton-disdukcapil-medan");
        Assert.Contains("<h1>Seraton</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Dinas Kependudukan dan Catatan Sipil", html, StringComparison.Ordinal);
        Assert.Contains("Waktu penyelesaian", html, StringComparison.Ordinal);
        Assert.Contains("Uji coba", html, StringComparison.Ordinal);
        Assert.Contains("Replikasi (2)", html, StringComparison.Ordinal);
        Assert.Contains("Kabupaten Deli Serdang", html, StringComparison.Ordinal);
        Assert.Contains("Lapor Mati", html, StringComparison.Ordinal);
        Assert.Contains("Kota Binjai", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Manfaat</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Inovasi serupa", html, StringComparison.Ordinal);
        Assert.Contains("Instansi yang dapat mereplikasi", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_html_and_script_links_in_the_body_are_not_rendered()
    {
        var html = await GetAsync("/inovasi/seraton-disdukcapil-medan");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Replication_links_back_to_its_origin()
    {
        var html = await GetAsync("/inovasi/lapor-mati-disdukcapil-deli-serdang");
        Assert.Contains("Replikasi dari", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/inovasi/seraton-disdukcapil-medan\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_id_is_404()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/inovasi/tidak-ada", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Halaman tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
