using System.Reflection;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Conventions;

/// <summary>House rules checked by reflection (STYLE.md: NodaTime ConsistencyTest, Serilog ArgumentNullTests).</summary>
public sealed class ConsistencyTests
{
    private static readonly Assembly s_library = typeof(Innovation).Assembly;

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = s_library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void Sources_NeverThrowArgumentNullExceptionDirectly()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("throw new ArgumentNullException", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();
        Assert.Empty(offenders);
    }
}
