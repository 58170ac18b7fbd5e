namespace Inovasi.Tests;

/// <summary>Locates the repository (the folder holding Inovasi.sln) and the shared data beside it.
/// One file, compiled into each test project that needs it (see tests/Directory.Build.props).</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => s_root.Value;

    /// <summary>The shipped corpus, <c>data/</c>.</summary>
    public static string Data => Path.Combine(Root, "data");

    /// <summary><c>../shared</c> beside the checkout (CI always has it). Fails with a clear message when missing.</summary>
    public static string Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared)
                ? shared
                : throw new DirectoryNotFoundException($"The shared data folder {shared} (../shared beside the checkout) is missing.");
        }
    }

    /// <summary>The LAN directory records.</summary>
    public static string LanJsonl => Path.Combine(Shared, "data", "lan-inovasi", "inovasi_lan.jsonl");

    /// <summary>The BPS region tables.</summary>
    public static string Wilayah => Path.Combine(Shared, "data", "wilayah-bps");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Inovasi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Inovasi.sln above {AppContext.BaseDirectory}.");
    }
}
