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
            sb.Append(key).Append(':');
            sb.Append(yaml.Contains('\n', StringComparison.Ordinal) ? "\n" : " ").Append(yaml).Append('\n');
        }

        sb.Append("---\n");
        sb.Append(innovation.Body);
        return sb.ToString();
    }

    /// <summary>Writes the write-up to <c>&lt;dir&gt;/&lt;id&gt;.md</c> (UTF-8 without BOM).</summary>
    /// <param name="innovation">The innovation.</param>
    /// <param name="directory">The folder; created when missing.</param>
    /// <returns>The path written.</returns>
    public static string WriteFile(Innovation innovation, string directory)
    {
        ArgumentNullException.ThrowIfNull(innovation);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, innovation.Id + ".md");
        File.WriteAllText(path, Write(innovation), new UTF8Encoding(false));
        return path;
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

        var first = value[0];
        if (!char.IsLetterOrDigit(first))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c is '#' or ':' or '[' or ']' or '{' or '}' or ',' or '"' or '\'' or '\\' or '|' or '>' or '*' or '&' or '!' or '%' or '@' or '`'
                || char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF')
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
