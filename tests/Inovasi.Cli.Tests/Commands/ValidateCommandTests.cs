using System.CommandLine;
using Inovasi.Cli.Commands;

namespace Inovasi.Cli.Tests.Commands;

/// <summary><c>inovasi validate</c>: output lines, summary and exit code, through the real command-line parser.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "inovasi-validate-" + Guid.NewGuid().ToString("N"));

    public ValidateCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Put(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string[] Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var root = new RootCommand { ValidateCommand.Create() };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void Folder_WithErrors_PrintsEveryDiagnosticAndExits1()
    {
        var good = Put("baik.md", "---\nid: baik\njudul: Baik\nopd: A\npemda: B\ntahun: 2019\nklaster: lain\n---\n");
        var bad = Put("buruk.md", "---\nid: buruk\njudul: Buruk\nopd: A\ntahun: 1900\ncatatan: x\n---\n");
        Put("README.md", "# bukan write-up");

        var (exit, output, _) = Run("validate", _dir);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{good}:7: klaster: warning: unknown klaster \"lain\"; known values: kearsipan, layanan-langsung, sarana-prasarana, sistem-informasi, pemberdayaan-masyarakat, pelayanan-kepegawaian, tata-kelola",
                $"{bad}:1: pemda: required key is missing; expected the regional government, e.g. \"Kota Medan\", or \"Pemerintah Pusat\"",
                $"{bad}:5: tahun: 1900 is outside the years 1990 to 2100",
                $"{bad}:6: catatan: warning: unknown key \"catatan\" is kept but not used; see FORMAT.md for the keys",
                "2 files, 1 valid; 2 errors, 2 warnings",
            ],
            output);
    }

    [Fact]
    public void ValidFile_WithWarningsOnly_Exits0()
    {
        var file = Put("baik.md", "---\nid: baik\njudul: Baik\nopd: A\npemda: B\ntahun: 2019\nfoo: 1\n---\n");

        var (exit, output, _) = Run("validate", file);

        Assert.Equal(0, exit);
        Assert.Equal("1 file, 1 valid; 0 errors, 1 warning", output[^1]);
    }

    [Fact]
    public void MissingPath_Exits1WithMessageOnStandardError()
    {
        var missing = Path.Combine(_dir, "tidak-ada");

        var (exit, output, error) = Run("validate", missing);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"{missing}: no such file or folder\n", error);
    }

    [Fact]
    public void EmptyFolder_Exits0()
    {
        var (exit, output, _) = Run("validate", _dir);

        Assert.Equal(0, exit);
        Assert.Equal(["0 files, 0 valid; 0 errors, 0 warnings"], output);
    }
}
