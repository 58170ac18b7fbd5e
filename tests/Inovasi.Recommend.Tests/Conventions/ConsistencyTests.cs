using System.Reflection;

namespace Inovasi.Recommend.Tests.Conventions;

/// <summary>House rules and the public surface, checked by reflection (STYLE.md).</summary>
public sealed class ConsistencyTests
{
    private static readonly Assembly s_library = typeof(Recommender).Assembly;

    [Fact]
    public void PublicClasses_AreSealedStaticOrAbstract()
    {
        var open = s_library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void PublicApi_MatchesApprovedList()
    {
        var actual = s_library.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsRecordPlumbing(m))
                .Select(m => $"{t.FullName}::{m.MemberType} {m}")
                .Order(StringComparer.Ordinal)
                .Prepend($"{t.FullName}"))
            .ToList();
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "Conventions", "PublicApi.approved.txt");
        var approved = File.ReadAllLines(approvedPath).Where(l => l.Length > 0).ToList();
        if (!approved.SequenceEqual(actual))
        {
            File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, "PublicApi.received.txt"), actual);
        }

        Assert.Equal(approved, actual);
    }

    private static bool IsRecordPlumbing(MemberInfo m) =>
        m.Name is "<Clone>$" or "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "EqualityContract" or "op_Equality" or "op_Inequality" or "PrintMembers";
}
