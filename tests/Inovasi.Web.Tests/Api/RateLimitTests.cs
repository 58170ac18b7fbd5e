using System.Net;
using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.Api;

public sealed class RateLimitTests(StrictRateFactory factory) : IClassFixture<StrictRateFactory>
{
    [Fact]
    public async Task Api_answers_429_problem_details_past_the_limit_but_pages_are_not_limited()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/api/innovations/seraton-disdukcapil-medan", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        for (var i = 0; i < 4; i++)
        {
            using var page = await client.GetAsync(new Uri("/statistik", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}
