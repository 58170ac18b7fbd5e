using System.Net;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Security;

public sealed class SignInTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    [Fact]
    public async Task Editor_signs_in_with_the_configured_password()
    {
        using var client = Forms.Client(factory);
        using var response = await Forms.PostAsync(client, "/masuk",
            [new("UserName", InovasiFactory.EditorName), new("Password", InovasiFactory.EditorPassword), new("ReturnUrl", "/statistik")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/statistik", response.Headers.Location?.OriginalString);
        var cookie = string.Join(";", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("inovasi.auth=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_password_is_refused_next_to_the_form()
    {
        using var client = Forms.Client(factory);
        using var response = await Forms.PostAsync(client, "/masuk",
            [new("UserName", InovasiFactory.EditorName), new("Password", "salah")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie") && string.Join(";", response.Headers.GetValues("Set-Cookie")).Contains("inovasi.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_user_is_refused()
    {
        using var client = Forms.Client(factory);
        using var response = await Forms.PostAsync(client, "/masuk",
            [new("UserName", "bukan-editor"), new("Password", InovasiFactory.EditorPassword)]);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_redirect_after_sign_in_is_refused()
    {
        using var client = Forms.Client(factory);
        using var response = await Forms.PostAsync(client, "/masuk",
            [new("UserName", InovasiFactory.EditorName), new("Password", InovasiFactory.EditorPassword), new("ReturnUrl", "https://jahat.example/")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kirim", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_400()
    {
        using var client = Forms.Client(factory);
        using var content = new FormUrlEncodedContent([new("UserName", InovasiFactory.EditorName), new("Password", InovasiFactory.EditorPassword)]);
        using var response = await client.PostAsync(new Uri("/masuk", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Permintaan tidak valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_clears_the_cookie()
    {
        using var client = Forms.Client(factory);
        await Forms.SignInAsync(client);
        using var response = await Forms.PostAsync(client, "/keluar", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("inovasi.auth=;", string.Join(";", response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
    }
}
