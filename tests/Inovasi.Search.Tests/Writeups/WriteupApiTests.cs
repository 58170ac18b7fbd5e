using System.Reflection;
using Inovasi.Search.Writeups;

namespace Inovasi.Search.Tests.Writeups;

/// <summary>
/// Approval test of the public write-up API (STYLE.md: PublicApiAnalyzers does not restore here). Other parts
/// code against these names; a change must be deliberate: update <c>WriteupApi.approved.txt</c> with it.
/// </summary>
public sealed class WriteupApiTests
{
    [Fact]
    public void PublicSurface_MatchesApprovedList()
    {
        var actual = Describe(typeof(Innovation).Assembly, typeof(Innovation).Namespace!);
        var approvedPath = Path.Combine(RepoPaths.Root, "tests", "Inovasi.Search.Tests", "Writeups", "WriteupApi.approved.txt");
        var approved = File.ReadAllLines(approvedPath).Where(l => l.Length > 0).ToArray();
        Assert.True(approved.SequenceEqual(actual), "Public API changed. Current surface:\n" + string.Join('\n', actual));
    }

    internal static string[] Describe(Assembly assembly, string ns)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => t.Namespace == ns))
        {
            lines.Add($"type {type.Name}");
            foreach (var member in type.GetMembers(Flags))
            {
                var text = member switch
                {
                    MethodInfo m when m.IsSpecialName => null,
                    MethodInfo m when m.Name is "<Clone>$" or "PrintMembers" or "Deconstruct" => null,
                    MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({string.Join(", ", m.GetParameters().Select(p => Name(p.ParameterType)))})",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? "set; " : "")}}}",
                    ConstructorInfo c => $"ctor({string.Join(", ", c.GetParameters().Select(p => Name(p.ParameterType)))})",
                    FieldInfo f when type.IsEnum && f.IsStatic => $"{f.Name}",
                    FieldInfo f when !type.IsEnum => $"field {Name(f.FieldType)} {f.Name}",
                    _ => null,
                };
                if (text is not null)
                {
                    lines.Add($"  {type.Name}: {text}");
                }
            }
        }

        return lines.Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    private static string Name(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
