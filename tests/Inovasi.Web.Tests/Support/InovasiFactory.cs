using Inovasi.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inovasi.Web.Tests.Support;

/// <summary>The site over its own temp corpus and SQLite file, with one editor (<see cref="EditorName"/> /
/// <see cref="EditorPassword"/>). Each fixture instance gets fresh folders; nothing is shared between classes.</summary>
public class InovasiFactory : WebApplicationFactory<Program>
{
    public const string EditorName = "editor";
    public const string EditorPassword = "rahasia-uji-123";

    /// <summary>Hashing with few iterations keeps sign-in fast in tests; the format is the production one.</summary>
    private static readonly string s_editorHash = PasswordHasher.Hash(EditorPassword, 1000);

    public InovasiFactory()
    {
        Root = Path.Combine(Path.GetTempPath(), "inovasi-web-tests", Guid.NewGuid().ToString("N"));
        CorpusPath = TestCorpus.WriteTo(Path.Combine(Root, "data"));
        DatabasePath = Path.Combine(Root, "db", "inovasi.db");
    }

    public string Root { get; }

    public string CorpusPath { get; }

    public string DatabasePath { get; }

    /// <summary>Limit on request bodies for this fixture (small, so the 413 test needs little data).</summary>
    public virtual long MaxRequestBodyBytes => 64 * 1024;

    public virtual int ApiRatePermitLimit => 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Inovasi:CorpusPath", CorpusPath);
        builder.UseSetting("Inovasi:DatabasePath", DatabasePath);
        builder.UseSetting("Inovasi:MaxRequestBodyBytes", MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Inovasi:ApiRatePermitLimit", ApiRatePermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Inovasi:Editors:0:UserName", EditorName);
        builder.UseSetting("Inovasi:Editors:0:DisplayName", "Editor Uji");
        builder.UseSetting("Inovasi:Editors:0:PasswordHash", s_editorHash);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }
}

/// <summary>A fixture whose API allows only two requests per window, for the rate-limit test.</summary>
public sealed class StrictRateFactory : InovasiFactory
{
    public override int ApiRatePermitLimit => 2;
}
