using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inovasi.Web.Tests.Support;

/// <summary>Helpers to post forms the way a browser does: fetch the page, take its anti-forgery token.</summary>
internal static partial class Forms
{
    public static HttpClient Client(InovasiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no anti-forgery token on " + path);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(client, path);
        using var content = new FormUrlEncodedContent(fields.Append(new("__af", token)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task SignInAsync(HttpClient client)
    {
        using var response = await PostAsync(client, "/masuk",
            [new("UserName", InovasiFactory.EditorName), new("Password", InovasiFactory.EditorPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
