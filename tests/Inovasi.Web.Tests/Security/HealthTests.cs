using System.Net;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Security;

public sealed class HealthTests(InovasiFactory factory) : IClassFixture<InovasiFactory>
{
    [Fact]
    public async Task Health_answers_ok()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
