namespace Inovasi.Web.Hosting;

/// <summary>Where the site finds its settings and static files, whatever the current directory: the content
/// root is the build output (where <c>appsettings.json</c> is copied), and the static files come from the build
/// output's <c>wwwroot</c> when published, else from the project's <c>wwwroot</c> in the repository.</summary>
internal static class HostPaths
{
    public static WebApplicationOptions Options(string[] args)
    {
        var contentRoot = Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") ?? AppContext.BaseDirectory;
        var published = Path.Combine(contentRoot, "wwwroot");
        var source = Path.Combine(RepositoryRoot.Find(contentRoot), "src", "Inovasi.Web", "wwwroot");
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = contentRoot,
            WebRootPath = Directory.Exists(published) || !Directory.Exists(source) ? published : source,
        };
    }
}
