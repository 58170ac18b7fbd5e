namespace Inovasi.Search.Tests;

/// <summary>Reads the text files embedded from <c>TestData/</c>.</summary>
internal static class TestData
{
    public static string Read(string fileName)
    {
        using var stream = typeof(TestData).Assembly.GetManifestResourceStream("Inovasi.Search.Tests.TestData." + fileName)
            ?? throw new InvalidOperationException($"Embedded test data {fileName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Tab-separated rows, skipping blank lines and <c>#</c> comments.</summary>
    public static IEnumerable<string[]> Rows(string text) =>
        text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'));
}
