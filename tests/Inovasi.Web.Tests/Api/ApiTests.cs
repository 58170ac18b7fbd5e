using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Api;

public sealed class ApiTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Json)> GetAsync(string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Json)> PostAsync(string path, object body)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    [Fact]
    public async Task Search_returns_hits_total_facets_and_snippet_offsets()
    {
        var (status, _, json) = await GetAsync("/api/search?q=kematian");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("total").GetInt32() >= 1);
        // With stemming (analyzer 1.0) "kematian" also matches "Lapor Mati" (mati), which may rank first.
        var hit = json.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == "seraton-disdukcapil-medan");
        var snippet = hit.GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var highlight = snippet.GetProperty("highlights").EnumerateArray().First();
        var marked = text.Substring(highlight.GetProperty("start").GetInt32(), highlight.GetProperty("length").GetInt32());
        Assert.Equal("kematian", marked, ignoreCase: true);
        Assert.Contains(json.GetProperty("facets").EnumerateArray(), f => f.GetProperty("name").GetString() == "klaster");
        Assert.True(json.TryGetProperty("suggestion", out _));
    }

    [Fact]
    public async Task Search_filters_and_pages_like_the_site()
    {
        var (_, _, all) = await GetAsync("/api/search?q=daring&ukuran=1");
        var (_, _, second) = await GetAsync("/api/search?q=daring&ukuran=1&hal=2");
        Assert.Single(all.GetProperty("hits").EnumerateArray());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.NotEqual(all.GetProperty("hits")[0].GetProperty("id").GetString(), second.GetProperty("hits")[0].GetProperty("id").GetString());
        var (_, _, filtered) = await GetAsync("/api/search?klaster=kearsipan");
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());
        Assert.Equal("si-surat-setda-medan", filtered.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_with_bad_parameters_is_a_validation_problem()
    {
        var (status, media, json) = await GetAsync("/api/search?q=x&unsur=kecepatan&ukuran=500");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.True(json.GetProperty("errors").TryGetProperty("unsur", out _));
        Assert.True(json.GetProperty("errors").TryGetProperty("ukuran", out _));
    }

    [Fact]
    public async Task Innovation_is_returned_with_format_codes()
    {
        var (status, _, json) = await GetAsync("/api/innovations/seraton-disdukcapil-medan");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Seraton", json.GetProperty("title").GetString());
        Assert.Equal("uji-coba", json.GetProperty("stage").GetString());
        Assert.Equal(["prosedur", "waktu"], json.GetProperty("serviceElements").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Lapor Mati", json.GetProperty("replications")[0].GetProperty("localName").GetString());
    }

    [Fact]
    public async Task Unknown_innovation_is_404_problem_details()
    {
        var (status, media, json) = await GetAsync("/api/innovations/tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", media);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
        Assert.Contains("tidak-ada", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task Similar_excludes_the_innovation_itself_and_404s_when_unknown()
    {
        var (status, _, json) = await GetAsync("/api/innovations/seraton-disdukcapil-medan/similar");
        Assert.Equal(HttpStatusCode.OK, status);
        var ids = json.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.DoesNotContain("seraton-disdukcapil-medan", ids);
        var (missing, media, _) = await GetAsync("/api/innovations/tidak-ada/similar");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("application/problem+json", media);
    }

    [Fact]
    public async Task Recommendations_come_with_survey_and_reasons()
    {
        var (status, _, json) = await PostAsync("/api/recommendations", new
        {
            agency = "Dinas Kependudukan dan Catatan Sipil",
            region = "Kota Binjai",
            affairs = new[] { "administrasi kependudukan dan pencatatan sipil" },
            problem = "warga harus datang ke kantor untuk melaporkan kematian",
            elements = new Dictionary<string, decimal> { ["waktu"] = 2.1m, ["prosedur"] = 2.5m },
            top = 3,
        });
        Assert.Equal(HttpStatusCode.OK, status);
        var suggestions = json.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.InRange(suggestions.Count, 1, 3);
        var reason = suggestions[0].GetProperty("reasons")[0];
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("kind").GetString()));
        Assert.False(string.IsNullOrEmpty(reason.GetProperty("text").GetString()));
        Assert.Contains("waktu", json.GetProperty("survey").GetProperty("weakest").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("survey").GetProperty("index").ValueKind);
    }

    [Fact]
    public async Task Recommendations_with_bad_input_are_a_validation_problem()
    {
        var (status, media, json) = await PostAsync("/api/recommendations", new
        {
            region = "Kota Binjai",
            elements = new Dictionary<string, decimal> { ["waktu"] = 7m },
            top = 0,
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        var errors = json.GetProperty("errors");
        Assert.True(errors.TryGetProperty("agency", out _));
        Assert.True(errors.TryGetProperty("elements.waktu", out _));
        Assert.True(errors.TryGetProperty("top", out _));
    }

    [Fact]
    public async Task Recommendations_report_a_malformed_csv_with_row_and_column()
    {
        var (status, _, json) = await PostAsync("/api/recommendations", new
        {
            agency = "Dinas X",
            region = "Kota Y",
            surveyCsv = "4,4,4,4,4,4,4,4,4\n4,4,4,4,9,4,4,4,4\n",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = json.GetProperty("errors").GetProperty("surveyCsv")[0].GetString();
        Assert.StartsWith("survei.csv baris 2, kolom 5", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem_details()
    {
        using var client = factory.CreateClient();
        using var content = new StringContent("{ agency: ", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/recommendations", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint()
    {
        var (status, _, json) = await GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/innovations/{id}", "/api/innovations/{id}/similar", "/api/recommendations" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
