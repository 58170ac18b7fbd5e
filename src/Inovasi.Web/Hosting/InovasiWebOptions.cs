namespace Inovasi.Web.Hosting;

/// <summary>Settings of the site, bound from the <c>Inovasi</c> configuration section (appsettings or
/// environment variables such as <c>Inovasi__CorpusPath</c>).</summary>
public sealed class InovasiWebOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Inovasi";

    /// <summary>Folder of FORMAT.md write-ups; relative paths are resolved against the repository root.
    /// Default: the repository's <c>data/</c> folder.</summary>
    public string CorpusPath { get; set; } = "data";

    /// <summary>SQLite index file; relative paths are resolved against the repository root.
    /// Default: <c>.inovasi/inovasi.db</c>.</summary>
    public string DatabasePath { get; set; } = ".inovasi/inovasi.db";

    /// <summary>Whether to bring the index up to date with the corpus folder at start-up (it is always built
    /// when the database is empty).</summary>
    public bool UpdateIndexOnStart { get; set; } = true;

    /// <summary>Editors allowed to submit write-ups.</summary>
    public IList<EditorAccount> Editors { get; init; } = [];

    /// <summary>Largest request body accepted, in bytes (Kestrel and the form reader), uploads included; a larger
    /// request is answered with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests one client may make to <c>/api</c> per <see cref="ApiRateWindowSeconds"/>.</summary>
    public int ApiRatePermitLimit { get; set; } = 120;

    /// <summary>Length of the API rate-limit window, in seconds.</summary>
    public int ApiRateWindowSeconds { get; set; } = 60;
}

/// <summary>One editor: a user name and a PBKDF2 password hash made by <c>hash-password</c>.</summary>
public sealed class EditorAccount
{
    /// <summary>The user name typed on the sign-in page (compared case-insensitively).</summary>
    public string UserName { get; set; } = "";

    /// <summary>The name shown on the site; the user name when empty.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The hash, <c>pbkdf2-sha256$iterations$salt$hash</c> (Base64 salt and hash).</summary>
    public string PasswordHash { get; set; } = "";
}
