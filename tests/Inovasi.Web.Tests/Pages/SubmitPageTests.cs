using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Pages;

public sealed class SubmitPageTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    private static async Task<string> PostAsync(HttpClient client, string handler, params (string Key, string Value)[] fields)
    {
        var token = await Forms.TokenAsync(client, "/kirim");
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__af", token)));
        using var response = await client.PostAsync(new Uri("/kirim?handler=" + handler, UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpClient> EditorAsync()
    {
        var client = Forms.Client(factory);
        await Forms.SignInAsync(client);
        return client;
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = Forms.Client(factory);
        using var response = await client.GetAsync(new Uri("/kirim", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk?ReturnUrl=%2Fkirim", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_submit_is_refused_and_nothing_is_written()
    {
        using var client = Forms.Client(factory);
        using var content = new FormUrlEncodedContent([new("Text", TestCorpus.NewWriteup("anonim-x", "Anonim"))]);
        using var response = await client.PostAsync(new Uri("/kirim?handler=Save", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/masuk", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.CorpusPath, "anonim-x.md")));
    }

    [Fact]
    public async Task Invalid_front_matter_lists_every_error_with_its_line()
    {
        using var client = await EditorAsync();
        var text = "---\nid: Salah Id\njudul: Uji\nopd: Dinas X\npemda: Kota Y\ntahun: 3000\nunsur_skm: [kecepatan]\n---\nIsi.\n";
        var html = await PostAsync(client, "Check", ("Text", text));
        Assert.Contains("id=\"daftar-galat\"", html, StringComparison.Ordinal);
        Assert.Contains("baris 2</span> · <code>id</code>", html, StringComparison.Ordinal);
        Assert.Contains("baris 6</span> · <code>tahun</code>", html, StringComparison.Ordinal);
        Assert.Contains("baris 7</span> · <code>unsur_skm", html, StringComparison.Ordinal);
        Assert.Contains("Salah Id", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_submission_is_reported_next_to_the_field()
    {
        using var client = await EditorAsync();
        var html = await PostAsync(client, "Check", ("Text", "  "));
        Assert.Contains("<span class=\"galat\" id=\"Text-galat\">Tempel isi tulisan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_writeup_is_checked_then_saved_to_the_corpus_and_the_index()
    {
        using var client = await EditorAsync();
        var text = TestCorpus.NewWriteup("karcis-parkir-sibolga", "Karcis Parkir");
        var checkedHtml = await PostAsync(client, "Check", ("Text", text));
        Assert.Contains("Format benar.", checkedHtml, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.CorpusPath, "karcis-parkir-sibolga.md")));

        var savedHtml = await PostAsync(client, "Save", ("Text", text));
        Assert.Contains("id=\"tersimpan\"", savedHtml, StringComparison.Ordinal);
        var path = Path.Combine(factory.CorpusPath, "karcis-parkir-sibolga.md");
        Assert.True(File.Exists(path));
        Assert.Equal(text.ReplaceLineEndings("\n"), await File.ReadAllTextAsync(path));
        Assert.Empty(Directory.GetFiles(factory.CorpusPath, "*.tmp"));

        var page = await client.GetStringAsync(new Uri("/inovasi/karcis-parkir-sibolga", UriKind.Relative));
        Assert.Contains("<h1>Karcis Parkir</h1>", page, StringComparison.Ordinal);
        var search = await client.GetStringAsync(new Uri("/api/search?q=karcis+parkir", UriKind.Relative));
        Assert.Contains("\"id\":\"karcis-parkir-sibolga\"", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Near_duplicate_is_warned_and_saved_only_after_confirmation()
    {
        using var client = await EditorAsync();
        var copy = TestCorpus.Seraton.Replace("id: seraton-disdukcapil-medan", "id: seraton-kedua", StringComparison.Ordinal);
        var first = await PostAsync(client, "Save", ("Text", copy));
        Assert.Contains("id=\"mirip\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/inovasi/seraton-disdukcapil-medan\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"Confirm-galat\">Periksa peringatan", first, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.CorpusPath, "seraton-kedua.md")));

        var second = await PostAsync(client, "Save", ("Text", copy), ("Confirm", "true"));
        Assert.Contains("id=\"tersimpan\"", second, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(factory.CorpusPath, "seraton-kedua.md")));
    }

    [Fact]
    public async Task Uploaded_file_name_must_match_the_id()
    {
        using var client = await EditorAsync();
        var token = await Forms.TokenAsync(client, "/kirim");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__af");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(TestCorpus.NewWriteup("unggah-uji", "Unggah Uji")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/markdown");
        content.Add(file, "Upload", "nama-lain.md");
        using var response = await client.PostAsync(new Uri("/kirim?handler=Check", UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("baris 2</span> · <code>id</code>", html, StringComparison.Ordinal);
        Assert.Contains("nama-lain.md", html, StringComparison.Ordinal);
        Assert.Contains("unggah-uji", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_upload_is_413()
    {
        using var client = await EditorAsync();
        var token = await Forms.TokenAsync(client, "/kirim");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__af");
        content.Add(new ByteArrayContent(new byte[factory.MaxRequestBodyBytes + 1]), "Upload", "besar.md");
        using var response = await client.PostAsync(new Uri("/kirim?handler=Check", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_400_even_for_an_editor()
    {
        using var client = await EditorAsync();
        using var content = new FormUrlEncodedContent([new("Text", TestCorpus.NewWriteup("tanpa-token", "Tanpa Token"))]);
        using var response = await client.PostAsync(new Uri("/kirim?handler=Save", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(factory.CorpusPath, "tanpa-token.md")));
    }
}
