using System.Net;
using System.Net.Sockets;
using Inovasi.Web.Tests.Support;
using Microsoft.Playwright;

namespace Inovasi.Web.Tests.EndToEnd;

/// <summary>The real site on Kestrel at 127.0.0.1 (a free port) over a temp corpus, and Debian's Chromium driven
/// by Playwright (never a downloaded browser). Screenshots go to <see cref="ScreenshotFolder"/>.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public InovasiFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary><c>artifacts/screenshots</c> under the test output folder
    /// (<c>tests/Inovasi.Web.Tests/bin/&lt;Configuration&gt;/net10.0/</c>).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium).");
        var port = FreePort();
        Factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        Factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Directory.CreateDirectory(ScreenshotFolder);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) whose pages fail the test on any console error, which is
    /// how a Content-Security-Policy violation shows.</summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (context, page, errors);
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
