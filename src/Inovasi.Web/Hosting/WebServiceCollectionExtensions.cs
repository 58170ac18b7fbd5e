using System.Globalization;
using System.Threading.RateLimiting;
using Inovasi.Web.Catalog;
using Inovasi.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Inovasi.Web.Hosting;

/// <summary>Service registration for the site: options, security, authentication, rate limiting, problem
/// details, Razor Pages and the OpenAPI document.</summary>
internal static class WebServiceCollectionExtensions
{
    public const string ApiRateLimitPolicy = "api";
    public const string EditorPolicy = "editor";
    public const string EditorRole = "editor";

    public static WebApplicationBuilder AddInovasiWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(InovasiWebOptions.SectionName);
        services.Configure<InovasiWebOptions>(section);

        // Options are read when the services resolve them, so settings added by a test host count too.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<InovasiWebOptions>>((k, o) =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = o.Value.MaxRequestBodyBytes;
        });
        services.AddOptions<FormOptions>().Configure<IOptions<InovasiWebOptions>>((f, o) =>
        {
            f.MultipartBodyLengthLimit = o.Value.MaxRequestBodyBytes;
            f.ValueLengthLimit = (int)Math.Min(o.Value.MaxRequestBodyBytes, int.MaxValue);
            f.ValueCountLimit = 200;
        });

        services.AddProblemDetails(p => p.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.Remove("exception"));
        services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.AddPolicy(ApiRateLimitPolicy, context =>
            {
                var o = context.RequestServices.GetRequiredService<IOptions<InovasiWebOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = o.ApiRatePermitLimit,
                        Window = TimeSpan.FromSeconds(o.ApiRateWindowSeconds),
                        QueueLimit = 0,
                    });
            });
            r.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var services = context.HttpContext.RequestServices;
                var o = services.GetRequiredService<IOptions<InovasiWebOptions>>().Value;
                var problems = services.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = string.Create(CultureInfo.InvariantCulture,
                            $"At most {o.ApiRatePermitLimit} API requests per {o.ApiRateWindowSeconds} s per client."),
                    },
                }).ConfigureAwait(false);
            };
        });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(c =>
            {
                c.LoginPath = "/masuk";
                c.LogoutPath = "/keluar";
                c.AccessDeniedPath = "/masuk";
                c.Cookie.Name = "inovasi.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Strict;
                c.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                c.ExpireTimeSpan = TimeSpan.FromHours(8);
                c.SlidingExpiration = true;
            });
        services.AddAuthorizationBuilder().AddPolicy(EditorPolicy, p => p.RequireRole(EditorRole));
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "inovasi.af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.FormFieldName = "__af";
        });
        services.AddRazorPages(p =>
        {
            p.Conventions.AuthorizePage("/Kirim", EditorPolicy);
        });
        services.AddOpenApi();
        services.AddSingleton<EditorDirectory>();
        services.AddSingleton<InnovationCatalog>();
        services.AddHostedService<CatalogInitializer>();
        services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
