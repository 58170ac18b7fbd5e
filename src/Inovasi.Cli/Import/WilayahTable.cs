using System.Globalization;

namespace Inovasi.Cli.Import;

/// <summary>The kind of a regional government.</summary>
internal enum RegionKind
{
    /// <summary>A province (<c>Provinsi</c>).</summary>
    Province,

    /// <summary>A city (<c>Kota</c>).</summary>
    City,

    /// <summary>A regency (<c>Kabupaten</c>).</summary>
    Regency,
}

/// <summary>A province or city/regency of the BPS list, with its display name.</summary>
/// <param name="Code">BPS code (2 digits for a province, 4 for a city or regency).</param>
/// <param name="Kind">Province, city or regency.</param>
/// <param name="Name">Display name without the kind, e.g. <c>Surakarta</c>, <c>Daerah Istimewa Yogyakarta</c>.</param>
/// <param name="ProvinceName">Display name of the province it lies in (itself for a province).</param>
internal sealed record WilayahEntry(int Code, RegionKind Kind, string Name, string ProvinceName)
{
    /// <summary>The government's name as <c>pemda</c> writes it: <c>Kota Surakarta</c>, <c>Provinsi Bali</c>.</summary>
    public string GovernmentName => Kind switch
    {
        RegionKind.Province => "Provinsi " + Name,
        RegionKind.City => "Kota " + Name,
        _ => "Kabupaten " + Name,
    };
}

/// <summary>
/// BPS provinces and cities/regencies (<c>provinces.csv</c>, <c>regencies.csv</c> of the wilayah-bps data),
/// looked up by code or by normalised name.
/// </summary>
internal sealed class WilayahTable
{
    // BPS writes these two provinces in abbreviated form; pemda names use the statutory form.
    private static readonly Dictionary<string, string> s_provinceDisplay = new(StringComparer.Ordinal)
    {
        ["DI YOGYAKARTA"] = "Daerah Istimewa Yogyakarta",
        ["DKI JAKARTA"] = "DKI Jakarta",
    };

    // Other spellings of province names found in the directory's free text, normalised.
    private static readonly (string Alias, string BpsName)[] s_provinceAliases =
    [
        ("daerah istimewa yogyakarta", "DI YOGYAKARTA"),
        ("diy", "DI YOGYAKARTA"),
        ("jakarta", "DKI JAKARTA"),
        ("daerah khusus ibukota jakarta", "DKI JAKARTA"),
        ("jatim", "JAWA TIMUR"),
        ("jateng", "JAWA TENGAH"),
        ("jabar", "JAWA BARAT"),
    ];

    private readonly Dictionary<int, WilayahEntry> _byCode = [];
    private readonly Dictionary<string, WilayahEntry> _provinceByName = new(StringComparer.Ordinal);
    private readonly Dictionary<(RegionKind, string), WilayahEntry> _regencyByName = [];

    private WilayahTable()
    {
    }

    /// <summary>Loads <c>provinces.csv</c> and <c>regencies.csv</c> (header row, then <c>id,…,name</c>).</summary>
    /// <exception cref="ImportDataException">A row is malformed or refers to an unknown province.</exception>
    public static WilayahTable Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var provincesPath = Path.Combine(directory, "provinces.csv");
        var regenciesPath = Path.Combine(directory, "regencies.csv");
        return Parse(provincesPath, File.ReadLines(provincesPath), regenciesPath, File.ReadLines(regenciesPath));
    }

    /// <summary>Builds the table from the lines of the two files (each with its header row).</summary>
    /// <exception cref="ImportDataException">A row is malformed or refers to an unknown province.</exception>
    public static WilayahTable Parse(string provincesPath, IEnumerable<string> provinces, string regenciesPath, IEnumerable<string> regencies)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        ArgumentNullException.ThrowIfNull(regencies);
        var table = new WilayahTable();
        var errors = new List<ImportDiagnostic>();
        foreach (var (line, cols) in Rows(provincesPath, provinces, 2, errors))
        {
            if (!TryCode(provincesPath, line, "id", cols[0], errors, out var code))
            {
                continue;
            }

            var bpsName = cols[1].Trim();
            var display = s_provinceDisplay.TryGetValue(bpsName, out var d) ? d : TitleCase(bpsName);
            var entry = new WilayahEntry(code, RegionKind.Province, display, display);
            table._byCode[code] = entry;
            table._provinceByName[Key(bpsName)] = entry;
            table._provinceByName[Key(display)] = entry;
        }

        foreach (var (alias, bpsName) in s_provinceAliases)
        {
            if (table._provinceByName.TryGetValue(Key(bpsName), out var p))
            {
                table._provinceByName.TryAdd(Key(alias), p);
            }
        }

        foreach (var (line, cols) in Rows(regenciesPath, regencies, 3, errors))
        {
            if (!TryCode(regenciesPath, line, "id", cols[0], errors, out var code)
                || !TryCode(regenciesPath, line, "province_id", cols[1], errors, out var provinceCode))
            {
                continue;
            }

            if (!table._byCode.TryGetValue(provinceCode, out var province))
            {
                errors.Add(new(regenciesPath, line, "province_id", ImportMessages.UnknownProvince(cols[1])));
                continue;
            }

            var bpsName = cols[2].Trim();
            RegionKind kind;
            string rest;
            if (bpsName.StartsWith("KOTA ", StringComparison.Ordinal))
            {
                (kind, rest) = (RegionKind.City, bpsName[5..]);
            }
            else if (bpsName.StartsWith("KABUPATEN ", StringComparison.Ordinal))
            {
                (kind, rest) = (RegionKind.Regency, bpsName[10..]);
            }
            else
            {
                errors.Add(new(regenciesPath, line, "name", ImportMessages.NotKotaOrKabupaten(bpsName)));
                continue;
            }

            var entry = new WilayahEntry(code, kind, TitleCase(rest), province.Name);
            table._byCode[code] = entry;
            table._regencyByName.TryAdd((kind, Key(rest)), entry);
        }

        return errors.Count > 0 ? throw new ImportDataException(errors) : table;
    }

    /// <summary>The province or city/regency with a BPS code.</summary>
    public WilayahEntry? ByCode(int code) => _byCode.GetValueOrDefault(code);

    /// <summary>A province by name (BPS name, display name or a known alias), compared by <see cref="Key"/>.</summary>
    public WilayahEntry? Province(string name) => _provinceByName.GetValueOrDefault(Key(name));

    /// <summary>A city or regency by kind and name without the kind, compared by <see cref="Key"/>.</summary>
    public WilayahEntry? Regency(RegionKind kind, string name) => _regencyByName.GetValueOrDefault((kind, Key(name)));

    /// <summary>
    /// The lookup key of a name: its words, lower case, joined without spaces, so that BPS's <c>SAWAH LUNTO</c>
    /// matches the usual <c>Sawahlunto</c>.
    /// </summary>
    public static string Key(string name) => string.Concat(Words(name));

    /// <summary>Lower case, letters and digits only, words separated by one space.</summary>
    public static string Normalize(string text) => string.Join(' ', Words(text));

    /// <summary>The words of a text: runs of letters and digits, lower-cased (invariant).</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary><c>KEPULAUAN SANGIHE</c> → <c>Kepulauan Sangihe</c>; a letter after a space, hyphen or bracket is upper case.</summary>
    public static string TitleCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToLowerInvariant().ToCharArray();
        var upperNext = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (upperNext)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }

                upperNext = false;
            }
            else
            {
                upperNext = chars[i] is ' ' or '-' or '(' or '/';
            }
        }

        return new string(chars);
    }

    private static IEnumerable<(int Line, string[] Cols)> Rows(string path, IEnumerable<string> lines, int columns, List<ImportDiagnostic> errors)
    {
        var lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            if (lineNo == 1 || line.Length == 0)
            {
                continue;
            }

            var cols = line.Split(',', columns);
            if (cols.Length != columns)
            {
                errors.Add(new(path, lineNo, "line", ImportMessages.ColumnCount(columns, cols.Length, line)));
                continue;
            }

            yield return (lineNo, cols);
        }
    }

    private static bool TryCode(string path, int line, string field, string text, List<ImportDiagnostic> errors, out int code)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out code))
        {
            return true;
        }

        errors.Add(new(path, line, field, ImportMessages.NotANumber(text)));
        return false;
    }
}
