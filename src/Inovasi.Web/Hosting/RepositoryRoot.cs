namespace Inovasi.Web.Hosting;

/// <summary>Finds the repository root (the folder holding <c>Inovasi.sln</c>) so that the default corpus and
/// database paths work from <c>dotnet run --project src/Inovasi.Web</c> as well as from the root.</summary>
internal static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inovasi.sln")))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(start);
    }

    /// <summary>An absolute path: <paramref name="path"/> itself when rooted, else under the repository root.</summary>
    public static string Resolve(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Find(contentRoot), path));
}
