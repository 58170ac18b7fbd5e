using System.Reflection;
using Inovasi.Web.Catalog;

namespace Inovasi.Web.Tests.Conventions;

/// <summary>House rules for the web layer, checked by reflection (STYLE.md).</summary>
public sealed class ConsistencyTests
{
    private static readonly Assembly s_web = typeof(InnovationCatalog).Assembly;

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        var open = s_web.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Every_post_handler_page_validates_antiforgery()
    {
        // Razor Pages validate the token on every unsafe method unless a page opts out; only the error page
        // (re-executed for failed requests, it changes nothing) may.
        var optedOut = s_web.GetTypes()
            .Where(t => t.GetCustomAttributes(true).Any(a => a.GetType().Name == "IgnoreAntiforgeryTokenAttribute"))
            .Select(t => t.Name)
            .ToList();
        Assert.Equal(["ErrorModel"], optedOut);
    }
}
