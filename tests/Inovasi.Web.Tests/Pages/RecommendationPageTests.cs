using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Pages;

public sealed class RecommendationPageTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    private static readonly string[] s_codes = ["persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana"];

    private static List<KeyValuePair<string, string>> Profile(params (string Key, string Value)[] extra)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Agency", "Dinas Kependudukan dan Catatan Sipil"),
            new("Region", "Kota Tebing Tinggi"),
            new("Affairs", "administrasi kependudukan dan pencatatan sipil"),
            new("Problem", "Warga harus datang ke kantor untuk melaporkan kematian"),
        };
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return fields;
    }

    private async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string? csv, string fileName = "survei.csv")
    {
        var token = await Forms.TokenAsync(client, "/rekomendasi");
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__af", token)))
        {
            content.Add(new StringContent(value, Encoding.UTF8), key);
        }

        if (csv is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            content.Add(file, "Survey", fileName);
        }

        return await client.PostAsync(new Uri("/rekomendasi", UriKind.Relative), content);
    }

    [Fact]
    public async Task Form_has_every_field_and_a_token()
    {
        using var client = Forms.Client(factory);
        var html = await client.GetStringAsync(new Uri("/rekomendasi", UriKind.Relative));
        foreach (var code in s_codes)
        {
            Assert.Contains($"name=\"Elements[{code}]\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("name=\"Survey\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__af\"", html, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Element_values_give_index_score_grade_chart_and_suggestions()
    {
        using var client = Forms.Client(factory);
        var values = new[] { "3,5", "2.1", "2", "3.5", "3.5", "3.5", "3.5", "3.5", "3.5" };
        using var response = await Forms.PostAsync(client, "/rekomendasi",
            Profile(s_codes.Select((c, i) => ($"Elements[{c}]", values[i])).ToArray()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // Mean of the nine values: 28.6 / 9 = 3.1778; times 25 = 79.44, grade B (76.61 to 88.30).
        Assert.Contains("<strong id=\"nilai-indeks\">3.178</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"nilai-ikm\">79.44</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"nilai-mutu\">B", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"grafik\"", html, StringComparison.Ordinal);
        Assert.Contains("Waktu: 2;", html, StringComparison.Ordinal);
        // The three lowest below the grade-A element value, weakest first; ties keep element order.
        Assert.Contains("<p id=\"unsur-lemah\">Unsur terlemah: Waktu penyelesaian; Sistem, mekanisme dan prosedur; Persyaratan.</p>", html, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "fill=\"#c4320a\""));
        Assert.Contains("id=\"daftar-saran\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/inovasi/seraton-disdukcapil-medan\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"alasan\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Survey_csv_is_scored()
    {
        using var client = Forms.Client(factory);
        var csv = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n4,4,2,4,4,4,4,4,4\n";
        using var response = await PostMultipartAsync(client, Profile(), csv);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Responden<strong>2</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"nilai-mutu\">A", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_csv_is_reported_next_to_the_upload_with_row_and_column()
    {
        using var client = Forms.Client(factory);
        var csv = "4,4,4,4,4,4,4,4,4\n4,4,lima,4,4,4,4,4,4\n";
        using var response = await PostMultipartAsync(client, Profile(), csv, "ikm-2024.csv");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<span class=\"galat\" id=\"Survey-galat\">ikm-2024.csv baris 2, kolom 3[^<]*</span>", html);
        Assert.DoesNotContain("id=\"daftar-saran\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_agency_and_bad_value_are_reported_next_to_their_fields()
    {
        using var client = Forms.Client(factory);
        using var response = await Forms.PostAsync(client, "/rekomendasi",
            [new("Agency", ""), new("Region", "Kota Medan"), new("Elements[waktu]", "5"), new("Elements[biaya]", "murah")]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"galat\" id=\"Agency-galat\">Isi nama OPD", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"galat\" id=\"unsur-waktu-galat\">Nilai 5 di luar rentang 1 sampai 4.</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"galat\" id=\"unsur-biaya-galat\">&quot;murah&quot; bukan angka", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kota Medan\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_400()
    {
        using var client = Forms.Client(factory);
        using var content = new FormUrlEncodedContent(Profile());
        using var response = await client.PostAsync(new Uri("/rekomendasi", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_upload_is_413()
    {
        using var client = Forms.Client(factory);
        var csv = string.Concat(Enumerable.Repeat("4,4,4,4,4,4,4,4,4\n", (int)(factory.MaxRequestBodyBytes / 18) + 10));
        using var response = await PostMultipartAsync(client, Profile(), csv);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Berkas terlalu besar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
