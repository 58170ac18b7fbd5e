using System.Text;

namespace Inovasi.Search.Writeups;

/// <summary>
/// Reads write-ups as FORMAT.md specifies: YAML front matter (YamlDotNet) and a Markdown body whose level-2
/// headings mark the recognised sections (Markdig).
/// </summary>
/// <remarks>
/// <para>Every problem of a file is reported, not just the first, as a <see cref="WriteupDiagnostic"/>
/// (<c>file:line: field: message</c>); errors and warnings are kept apart in <see cref="WriteupReadResult"/>.
/// docs/writeups.md lists every message.</para>
/// <para>"Years in the future are an error": the current year comes from a <see cref="TimeProvider"/>
/// (<see cref="TimeProvider.System"/> unless given) and is the year in UTC+14, so a year counts as future only
/// once it has begun nowhere on Earth.</para>
/// <threadsafety>Stateless; every member is thread-safe.</threadsafety>
/// </remarks>
public static class WriteupReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads one write-up from its text.</summary>
    /// <param name="text">The file's text (a leading BOM and CR LF line endings are accepted).</param>
    /// <param name="filePath">The file the text came from, used in diagnostics; when it ends in <c>.md</c> the
    /// <c>id</c> must equal its name without <c>.md</c>.</param>
    /// <returns>The innovation or the errors, and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="filePath"/> is null.</exception>
    public static WriteupReadResult Parse(string text, string filePath) => Parse(text, filePath, TimeProvider.System);

    /// <summary>Reads one write-up from its text, judging "in the future" by <paramref name="timeProvider"/>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="filePath">The file the text came from.</param>
    /// <param name="timeProvider">The clock that gives the current year.</param>
    /// <returns>The innovation or the errors, and the warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static WriteupReadResult Parse(string text, string filePath, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return WriteupParser.Parse(text, filePath, WriteupParser.CurrentYear(timeProvider));
    }

    /// <summary>Reads one write-up from its text, throwing when it has errors.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="filePath">The file the text came from.</param>
    /// <returns>The innovation (warnings are dropped; use <see cref="Parse(string, string)"/> to see them).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="filePath"/> is null.</exception>
    /// <exception cref="WriteupFormatException">The text violates FORMAT.md; the exception carries every error.</exception>
    public static Innovation ParseOrThrow(string text, string filePath) => ParseOrThrow(text, filePath, TimeProvider.System);

    /// <summary>Reads one write-up from its text, throwing when it has errors.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="filePath">The file the text came from.</param>
    /// <param name="timeProvider">The clock that gives the current year.</param>
    /// <returns>The innovation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="WriteupFormatException">The text violates FORMAT.md; the exception carries every error.</exception>
    public static Innovation ParseOrThrow(string text, string filePath, TimeProvider timeProvider)
    {
        var result = Parse(text, filePath, timeProvider);
        return result.Innovation ?? throw new WriteupFormatException(result.Errors);
    }

    /// <summary>Reads one write-up file. Problems reading the file (missing, unreadable, not UTF-8) become errors
    /// of the result, so a caller looping over files never has to catch.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The innovation or the errors, and the warnings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static WriteupReadResult ReadFile(string path) => ReadFile(path, TimeProvider.System);

    /// <summary>Reads one write-up file, judging "in the future" by <paramref name="timeProvider"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="timeProvider">The clock that gives the current year.</param>
    /// <returns>The innovation or the errors, and the warnings.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public static WriteupReadResult ReadFile(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return ReadFile(path, WriteupParser.CurrentYear(timeProvider));
    }

    /// <summary>
    /// The write-up files under a folder and its subfolders, sorted by ordinal path: every <c>*.md</c> file
    /// (lower-case extension), except hidden files and folders (names starting with <c>.</c>), <c>README.md</c>
    /// in any case, and documentation files whose name has upper-case letters and no lower-case ones
    /// (<c>PROVENANCE.md</c>, <c>CHANGELOG.md</c>; a write-up's name is its lower-case id).
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The paths, each starting with <paramref name="directory"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IEnumerable<string> FindFiles(string directory) => FindFilesList(directory);

    private static List<string> FindFilesList(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The write-up folder {directory} does not exist.");
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseSensitive,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.md", options))
        {
            if (IsWriteupFileName(path))
            {
                files.Add(path);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Reads every write-up under a folder (see <see cref="FindFiles(string)"/>), lazily, in path order. The file
    /// list is taken by this call; files are read when enumerated, in parallel batches of 64, one batch ahead of
    /// the caller at most.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <returns>One result per file; a file that cannot be read or parsed yields a result with errors and
    /// never stops the others. A second file with an <c>id</c> already seen gets an error naming the first.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IEnumerable<WriteupReadResult> ReadDirectory(string directory) => ReadDirectory(directory, TimeProvider.System);

    /// <summary>Reads every write-up under a folder, judging "in the future" by <paramref name="timeProvider"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="timeProvider">The clock that gives the current year.</param>
    /// <returns>One result per file, in path order.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IEnumerable<WriteupReadResult> ReadDirectory(string directory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var files = FindFilesList(directory);
        return ReadAll(files, WriteupParser.CurrentYear(timeProvider));
    }

    /// <summary>
    /// Reads the files in batches of <see cref="BatchSize"/>, each batch in parallel, and yields the results in
    /// path order: a folder of 100,000 write-ups uses every core while at most one batch waits in memory.
    /// </summary>
    private static IEnumerable<WriteupReadResult> ReadAll(IReadOnlyList<string> files, int currentYear)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var batch = new WriteupReadResult[Math.Min(BatchSize, files.Count)];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        for (var first = 0; first < files.Count; first += BatchSize)
        {
            var count = Math.Min(BatchSize, files.Count - first);
            var offset = first;
            if (count == 1 || parallel.MaxDegreeOfParallelism == 1)
            {
                for (var k = 0; k < count; k++)
                {
                    batch[k] = ReadFile(files[offset + k], currentYear);
                }
            }
            else
            {
                Parallel.For(0, count, parallel, k => batch[k] = ReadFile(files[offset + k], currentYear));
            }

            for (var k = 0; k < count; k++)
            {
                var result = batch[k];
                batch[k] = null!;
                var file = files[offset + k];
                if (result.Innovation is { } innovation && !seen.TryAdd(innovation.Id, file))
                {
                    var duplicate = new WriteupDiagnostic(file, IdLine(file), "id",
                        WriteupMessages.DuplicateId(innovation.Id, seen[innovation.Id]), DiagnosticSeverity.Error);
                    result = new WriteupReadResult(file, null, result.Diagnostics.Append(duplicate));
                }

                yield return result;
            }
        }
    }

    /// <summary>Files read together in parallel by <see cref="ReadDirectory(string, TimeProvider)"/>.</summary>
    private const int BatchSize = 64;

    /// <summary>The line of the <c>id:</c> key, for the duplicate-id error (the file was just read, so this rarely fails).</summary>
    private static int IdLine(string file)
    {
        try
        {
            var line = 1;
            foreach (var text in File.ReadLines(file))
            {
                if (text.StartsWith("id:", StringComparison.Ordinal))
                {
                    return line;
                }

                line++;
            }
        }
        catch (IOException)
        {
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            return 1;
        }

        return 1;
    }

    private static WriteupReadResult ReadFile(string path, int currentYear)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return FileError(path, 1, WriteupMessages.CannotRead(e.Message));
        }

        var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var bad = offset + Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(bad, bytes.Length)).Count((byte)'\n');
            return FileError(path, line, WriteupMessages.NotUtf8(bad));
        }

        return WriteupParser.Parse(text, path, currentYear);
    }

    private static WriteupReadResult FileError(string path, int line, string message) =>
        new(path, null, [new WriteupDiagnostic(path, line, WriteupMessages.FileField, message, DiagnosticSeverity.Error)]);

    private static bool IsWriteupFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path.AsSpan());
        if (name.Equals("README", StringComparison.OrdinalIgnoreCase) || name.IsEmpty)
        {
            return false;
        }

        var hasUpper = false;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return true;
            }

            hasUpper |= char.IsUpper(c);
        }

        return !hasUpper;
    }
}
