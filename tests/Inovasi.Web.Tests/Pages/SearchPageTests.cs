using System.Net;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Pages;

public sealed class SearchPageTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    private async Task<string> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Empty_search_explains_and_offers_examples_and_facets()
    {
        var html = await GetAsync("/");
        Assert.Contains("Telusuri 6 inovasi", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=laporan+kematian+daring\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?klaster=kearsipan\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ditemukan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_shows_count_time_and_highlighted_snippet()
    {
        var html = await GetAsync("/?q=kematian");
        Assert.Matches(@"\d+ inovasi ditemukan\s+\([\d.]+ ms\)", html);
        Assert.Contains("href=\"/inovasi/seraton-disdukcapil-medan\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>kematian</mark>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Facet_links_keep_the_query_in_the_url()
    {
        var html = await GetAsync("/?q=daring");
        Assert.Contains("href=\"/?q=daring&amp;klaster=sistem-informasi\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_narrows_results_and_can_be_removed()
    {
        var html = await GetAsync("/?q=surat&klaster=kearsipan");
        Assert.Contains("/inovasi/si-surat-setda-medan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/inovasi/seraton-disdukcapil-medan\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=surat\" title=\"Hapus filter\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"klaster\" value=\"kearsipan\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_result_state_helps()
    {
        var html = await GetAsync("/?q=zzqxv&tahap=inisiatif");
        Assert.Contains("Tidak ada inovasi yang cocok", html, StringComparison.Ordinal);
        Assert.Contains("Coba tanpa filter", html, StringComparison.Ordinal);
        Assert.Contains("Periksa ejaan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_links_keep_state()
    {
        var html = await GetAsync("/?q=daring&ukuran=1");
        Assert.Contains("halaman 1 dari", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=daring&amp;ukuran=1&amp;hal=2\" rel=\"next\"", html, StringComparison.Ordinal);
        var second = await GetAsync("/?q=daring&ukuran=1&hal=2");
        Assert.Contains("halaman 2 dari", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_parameters_are_explained_not_thrown()
    {
        var html = await GetAsync("/?q=surat&unsur=kecepatan&tahun=dua");
        Assert.Contains("Unsur SKM &quot;kecepatan&quot; tidak dikenal", html, StringComparison.Ordinal);
        Assert.Contains("Tahun &quot;dua&quot; tidak valid", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_is_encoded_in_the_page()
    {
        var html = await GetAsync("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
