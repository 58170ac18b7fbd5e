using Inovasi.Web.Api;
using Inovasi.Web.Security;

namespace Inovasi.Web.Hosting;

/// <summary>The request pipeline: errors as problem details on <c>/api</c> and as an Indonesian page elsewhere,
/// security headers, size limits, static files, authentication, rate limiting, pages and endpoints.</summary>
internal static class WebApplicationExtensions
{
    public static WebApplication UseInovasiWeb(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), site =>
        {
            site.UseExceptionHandler("/error");
            site.UseStatusCodePagesWithReExecute("/error", "?kode={0}");
        });
        app.UseMiddleware<RequestSizeLimitMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapInovasiWeb(this WebApplication app)
    {
        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapOpenApi();
        app.MapInovasiApi();
        app.MapRazorPages();
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
