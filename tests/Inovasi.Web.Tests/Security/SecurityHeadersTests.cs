using System.Net;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Security;

public sealed class SecurityHeadersTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    [Theory]
    [InlineData("/masuk")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    [InlineData("/tidak-ada")]
    public async Task Every_response_carries_a_strict_policy(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/site.js", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"id\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_page_is_an_Indonesian_404_without_details()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/tidak-ada", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Halaman tidak ditemukan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_path_is_problem_details()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/tidak-ada", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(new byte[factory.MaxRequestBodyBytes + 1]);
        using var response = await client.PostAsync(new Uri("/masuk", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("terlalu besar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
