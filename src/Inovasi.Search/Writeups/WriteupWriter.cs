using System.Globalization;
using System.Text;

namespace Inovasi.Search.Writeups;

/// <summary>Writes an <see cref="Innovation"/> as a FORMAT.md file: YAML front matter, then the body.</summary>
/// <remarks>
/// Keys are written in FORMAT.md's order, empty lists and default values are left out, and strings are quoted
/// only when YAML would otherwise read them as something else. <c>read(write(x)) == x</c>.
/// <threadsafety>Stateless; thread-safe.</threadsafety>
/// </remarks>
public static class WriteupWriter
{
    /// <summary>Writes the write-up to a string.</summary>
    /// <param name="innovation">The innovation.</param>
    /// <returns>The file's text (LF line endings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="innovation"/> is null.</exception>
    /// <exception cref="ArgumentException">A string holds a lone surrogate, which a UTF-8 file cannot store.</exception>
    public static string Write(Innovation innovation)
    {
        ArgumentNullException.ThrowIfNull(innovation);
        var sb = new StringBuilder(256 + innovation.Body.Length);
        sb.Append("---\n");
        Scalar(sb, "id", innovation.Id);
        Scalar(sb, "judul", innovation.Title);
        Scalar(sb, "ringkasan", innovation.Summary);
        Scalar(sb, "opd", innovation.Agency);
        Scalar(sb, "pemda", innovation.Region);
        Scalar(sb, "provinsi", innovation.Province);
        sb.Append("tahun: ").Append(innovation.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Scalar(sb, "klaster", innovation.Cluster);
        List(sb, "urusan", innovation.Affairs);
        List(sb, "unsur_skm", innovation.ServiceElements.Select(e => e.Code()).ToList());
        if (innovation.Stage is { } stage)
        {
            sb.Append("tahap: ").Append(stage.Code()).Append('\n');
        }

        if (innovation.Status != InnovationStatus.Running)
        {
            sb.Append("status: ").Append(innovation.Status.Code()).Append('\n');
        }

        Scalar(sb, "asal", innovation.OriginId);
        if (innovation.IsDigital is { } digital)
        {
            sb.Append("digital: ").Append(digital ? "true" : "false").Append('\n');
        }

        List(sb, "penghargaan", innovation.Awards);
        if (innovation.Replications.Count > 0)
        {
            sb.Append("replikasi:\n");
            foreach (var r in innovation.Replications)
            {
                sb.Append("  - opd: ").Append(Quote(r.Agency)).Append('\n');
                sb.Append("    pemda: ").Append(Quote(r.Region)).Append('\n');
                sb.Append("    tahun: ").Append(r.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
                if (r.LocalName is not null)
                {
                    sb.Append("    nama: ").Append(Quote(r.LocalName)).Append('\n');
                }

                if (r.Status is { } status)
                {
                    sb.Append("    status: ").Append(status.Code()).Append('\n');
                }
            }
        }

        List(sb, "sumber", innovation.Sources);
        List(sb, "tag", innovation.Tags);
        foreach (var (key, yaml) in innovation.UnknownFields)
        {
            UnknownField(sb, key, yaml);
        }

        sb.Append("---\n");
        sb.Append(innovation.Body);
        return sb.ToString();
    }

    /// <summary>Writes the write-up to <c>&lt;dir&gt;/&lt;id&gt;.md</c> (UTF-8 without BOM).</summary>
    /// <param name="innovation">The innovation.</param>
    /// <param name="directory">The folder; created when missing.</param>
    /// <returns>The path written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="innovation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty, or a string holds a lone surrogate.</exception>
    public static string WriteFile(Innovation innovation, string directory)
    {
        ArgumentNullException.ThrowIfNull(innovation);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, innovation.Id + ".md");
        File.WriteAllText(path, Write(innovation), new UTF8Encoding(false));
        return path;
    }

    /// <summary>
    /// An unknown key with its YAML as the reader keeps it: a block list or map (its text starts with indentation
    /// or <c>- </c>) goes on the lines below the key, anything else after <c>key: </c>, and no value as <c>key:</c>.
    /// </summary>
    private static void UnknownField(StringBuilder sb, string key, string yaml)
    {
        sb.Append(Quote(key)).Append(':');
        if (yaml.Length == 0)
        {
            sb.Append('\n');
            return;
        }

        var isBlock = yaml[0] == ' ' || yaml.StartsWith("- ", StringComparison.Ordinal)
            || yaml.StartsWith("-\n", StringComparison.Ordinal) || yaml == "-";
        sb.Append(isBlock ? '\n' : ' ').Append(yaml).Append('\n');
    }

    private static void Scalar(StringBuilder sb, string key, string? value)
    {
        if (value is not null)
        {
            sb.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static void List(StringBuilder sb, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        sb.Append(key).Append(":\n");
        foreach (var v in values)
        {
            sb.Append("  - ").Append(Quote(v)).Append('\n');
        }
    }

    /// <summary>A YAML scalar for <paramref name="value"/>: plain when safe, otherwise double-quoted.</summary>
    internal static string Quote(string value)
    {
        return NeedsQuotes(value) ? DoubleQuoted(value) : value;
    }

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value != value.Trim())
        {
            return true;
        }

        // Words YAML 1.1/1.2 would read as booleans or null, and anything that looks like a number.
        switch (value.ToLowerInvariant())
        {
            case "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or "null" or "~":
                return true;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return true;
        }

        // A plain scalar may not start with an indicator (YAML 1.2, 7.3.3); letters and digits never are.
        if (!char.IsLetterOrDigit(value[0]))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '#' or ':' or '[' or ']' or '{' or '}' or ',' or '"' or '\'' or '\\' or '|' or '>' or '*' or '&' or '!' or '%' or '@' or '`'
                || IsNonPrintable(c))
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Characters YAML does not allow raw in a scalar (YAML 1.2, 5.1 c-printable) or reads as line breaks
    /// (NEL, LS, PS in YAML 1.1), plus the BOM: these are written as escapes.
    /// </summary>
    private static bool IsNonPrintable(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF' or '\uFFFE' or '\uFFFF';

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        // A well-formed pair is printable; YAML has no escape for half of one.
                        sb.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new ArgumentException(
                            string.Create(CultureInfo.InvariantCulture, $"The text \"{value}\" holds a lone surrogate (U+{(int)c:X4}) at index {i}, which UTF-8 cannot store."),
                            nameof(value));
                    }
                    else if (IsNonPrintable(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
