using System.Security.Claims;
using Inovasi.Web.Hosting;
using Inovasi.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>Sign-in page for editors (cookie authentication against the configured PBKDF2 hashes).</summary>
public sealed class MasukModel(EditorDirectory editors) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), "Isi nama pengguna.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Isi kata sandi.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = editors.Verify(UserName, Password);
        if (account is null)
        {
            ModelState.AddModelError(string.Empty, "Nama pengguna atau kata sandi salah.");
            Password = null;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName : account.DisplayName),
                new Claim(ClaimTypes.NameIdentifier, account.UserName),
                new Claim(ClaimTypes.Role, WebServiceCollectionExtensions.EditorRole),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/kirim");
    }
}
