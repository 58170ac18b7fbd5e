using Inovasi.Web.Hosting;
using Inovasi.Web.Security;

if (args is [HashPasswordCommand.Name, ..])
{
    return HashPasswordCommand.Run(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}

var builder = WebApplication.CreateBuilder(HostPaths.Options(args));
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
builder.AddInovasiWeb();

var app = builder.Build();
app.UseInovasiWeb();
app.MapInovasiWeb();
await app.RunAsync().ConfigureAwait(false);
return 0;

/// <summary>Entry point, visible to the integration tests.</summary>
public sealed partial class Program;
