using System.Globalization;
using System.Text.Json;

namespace Inovasi.Cli.Import;

/// <summary>Reads <c>inovasi_lan.jsonl</c>: one JSON object a line.</summary>
/// <remarks>Every problem of every line is collected; any problem fails the whole read (all or nothing).</remarks>
internal static class LanJsonlReader
{
    /// <summary>Reads and checks every record of a file.</summary>
    /// <exception cref="ImportDataException">A line is not a valid record.</exception>
    public static IReadOnlyList<LanRecord> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Read(path, File.ReadLines(path));
    }

    /// <summary>Reads and checks records from lines; <paramref name="path"/> names them in messages.</summary>
    /// <exception cref="ImportDataException">A line is not a valid record.</exception>
    public static IReadOnlyList<LanRecord> Read(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var records = new List<LanRecord>();
        var errors = new List<ImportDiagnostic>();
        var seen = new Dictionary<int, int>();
        var lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = ReadLine(path, lineNo, line, errors);
            if (record is null)
            {
                continue;
            }

            if (seen.TryGetValue(record.Id, out var first))
            {
                errors.Add(new(path, lineNo, "id", ImportMessages.DuplicateId(record.Id, first)));
                continue;
            }

            seen.Add(record.Id, lineNo);
            records.Add(record);
        }

        return errors.Count > 0 ? throw new ImportDataException(errors) : records;
    }

    private static LanRecord? ReadLine(string path, int lineNo, string line, List<ImportDiagnostic> errors)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            errors.Add(new(path, lineNo, "line", ImportMessages.NotJson(ex.Message)));
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(path, lineNo, "line", ImportMessages.NotAnObject(root.ValueKind.ToString())));
                return null;
            }

            var before = errors.Count;
            var f = new Fields(path, lineNo, root, errors);
            var id = f.Int("id", required: true);
            var name = f.Text("nama_inovasi", required: true);
            var institution = f.Text("nama_instansi", required: true);
            var description = f.Text("deskripsi", required: true);
            var record = new LanRecord
            {
                Id = id ?? 0,
                FilePath = path,
                Line = lineNo,
                Name = name ?? "",
                Institution = institution ?? "",
                Description = description ?? "",
                Product = f.Text("produk_inovasi"),
                Unit = f.Text("unit_instansi"),
                RegencyCode = f.Int("kabkota_id"),
                ProvinceName = f.Text("provinsi_nama"),
                InitiationYear = f.Year("tahun_inisiasi"),
                ImplementationYear = f.Year("tahun_implementasi"),
                EntryDate = f.Date("tanggal_inovasi"),
                Drivers = f.Text("faktor_pendorong"),
                Obstacles = f.Text("faktor_penghambat"),
                Steps = f.Text("tahapan_proses"),
                Benefits = f.Text("manfaat"),
                ReplicationPrerequisites = f.Text("prasyarat_replikasi"),
                Source = f.Text("sumber"),
            };
            return errors.Count > before ? null : record;
        }
    }

    private readonly struct Fields(string path, int line, JsonElement root, List<ImportDiagnostic> errors)
    {
        public string? Text(string name, bool required = false)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add(new(path, line, name, ImportMessages.Missing));
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                errors.Add(new(path, line, name, ImportMessages.NotAString(v.GetRawText())));
                return null;
            }

            var s = v.GetString()!;
            if (required && string.IsNullOrWhiteSpace(s))
            {
                errors.Add(new(path, line, name, ImportMessages.Empty));
                return null;
            }

            return s;
        }

        public int? Int(string name, bool required = false)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    errors.Add(new(path, line, name, ImportMessages.Missing));
                }

                return null;
            }

            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n))
            {
                return n;
            }

            if (v.ValueKind == JsonValueKind.String
                && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n))
            {
                return n;
            }

            errors.Add(new(path, line, name, ImportMessages.NotAnInteger(v.GetRawText())));
            return null;
        }

        public int? Year(string name)
        {
            var y = Int(name);
            if (y is < 1900 or > 2100)
            {
                errors.Add(new(path, line, name, ImportMessages.YearOutOfRange(y)));
                return null;
            }

            return y;
        }

        public string? Date(string name)
        {
            var s = Text(name);
            if (s is not null && !DateTime.TryParseExact(s, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add(new(path, line, name, ImportMessages.NotADate(s)));
                return null;
            }

            return s;
        }
    }
}
