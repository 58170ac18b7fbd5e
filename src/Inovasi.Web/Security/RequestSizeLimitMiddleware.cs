using Inovasi.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Inovasi.Web.Security;

/// <summary>Refuses a request whose declared body is larger than <see cref="InovasiWebOptions.MaxRequestBodyBytes"/>
/// with 413 before any of it is read, and caps bodies without a declared length on servers that support it.</summary>
/// <remarks>Kestrel enforces the same limit itself (<c>KestrelServerOptions.Limits.MaxRequestBodySize</c>); this
/// middleware gives the same answer on every server and lets the error pages explain it.</remarks>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IOptions<InovasiWebOptions> options)
{
    private readonly long _limit = options.Value.MaxRequestBodyBytes;

    public Task InvokeAsync(HttpContext context)
    {
        // The error page re-executes the pipeline for the same request; it must not be refused again.
        if (context.Request.ContentLength > _limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = _limit;
        }

        return next(context);
    }
}
