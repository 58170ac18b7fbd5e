namespace Inovasi.Search.Analysis.Internal;

/// <summary>Opens the data files embedded from <c>src/Inovasi.Search/Resources/</c>.</summary>
internal static class EmbeddedData
{
    public static StreamReader Open(string fileName)
    {
        var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("Inovasi.Search.Resources." + fileName)
            ?? throw new InvalidOperationException($"The embedded resource {fileName} is missing from Inovasi.Search.");
        return new StreamReader(stream);
    }
}
