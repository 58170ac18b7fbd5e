using System.CommandLine;
using Inovasi.Cli.Commands;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Tests.Commands;

/// <summary><c>inovasi generate</c>: folders, determinism, summary and errors, through the real parser.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "inovasi-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var root = new RootCommand { GenerateCommand.Create() };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Generate_WritesSubfoldersOfValidFiles()
    {
        var (exit, output, error) = Run("generate", "--count", "120", "--per-folder", "50", "--seed", "4", "--out", _dir);

        Assert.Equal(0, exit);
        Assert.Equal(["000", "001", "002"], Directory.GetDirectories(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(50, Directory.GetFiles(Path.Combine(_dir, "001"), "*.md").Length);
        Assert.Equal(20, Directory.GetFiles(Path.Combine(_dir, "002"), "*.md").Length);
        Assert.StartsWith("Selesai: 120 tulisan contoh", output, StringComparison.Ordinal);
        Assert.Contains("120/120 tulisan", error, StringComparison.Ordinal);
        var results = WriteupReader.ReadDirectory(_dir).ToList();
        Assert.Equal(120, results.Count);
        Assert.All(results, r => Assert.True(r.Diagnostics.Count == 0, string.Join('\n', r.Diagnostics)));
        Assert.All(results, r => Assert.Contains("contoh", r.Innovation!.Tags));
    }

    [Fact]
    public void Generate_SameSeedTwice_WritesIdenticalFiles()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        Assert.Equal(0, Run("generate", "-n", "60", "-s", "9", "-o", a).Exit);
        Assert.Equal(0, Run("generate", "-n", "60", "-s", "9", "-o", b).Exit);
        var files = Directory.GetFiles(a, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(60, files.Count);
        Assert.Equal(files, Directory.GetFiles(b, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f))));
    }

    [Theory]
    [InlineData("--count", "-1")]
    [InlineData("--per-folder", "0")]
    public void Generate_BadOption_FailsWithMessage(string option, string value)
    {
        var (exit, _, error) = Run("generate", option, value, "--out", _dir);
        Assert.NotEqual(0, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void Generate_BadYears_FailsWithMessage()
    {
        var (exit, _, error) = Run("generate", "--first-year", "2030", "--last-year", "2020", "--out", _dir);
        Assert.Equal(2, exit);
        Assert.Contains("FirstYear", error, StringComparison.Ordinal);
    }
}
