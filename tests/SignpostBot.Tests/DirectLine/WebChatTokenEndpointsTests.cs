using System.Net;
using SignpostBot.DirectLine;

namespace SignpostBot.Tests.DirectLine;

public sealed class WebChatTokenEndpointsTests
{
    [Fact]
    public async Task TokenEndpoint_PastTheRateLimit_Answers429WithRetryAfter()
    {
        using var host = new BotFactory().With("DirectLine:TokensPerMinute", "2");
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task TokenEndpoint_TooManyUnstarted_Answers503WithTheHelplines()
    {
        using var host = new BotFactory().With("DirectLine:MaxUnstartedConversations", "1");
        using var client = host.CreateClient();

        using var first = await client.PostAsync("/api/directline/token", null);
        using var second = await client.PostAsync("/api/directline/token", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        var busy = await second.Content.ReadAsStringAsync();
        Assert.Contains(FailSafeReply.EmergencyNumber, busy, StringComparison.Ordinal);
        Assert.Contains(FailSafeReply.ModernSlaveryHelpline, busy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://partner.example", true)]
    [InlineData("https://elsewhere.example", false)]
    public async Task Preflight_FromAnOrigin_IsAllowedOnlyForConfiguredOrigins(string origin, bool allowed)
    {
        using var host = new BotFactory().With("DirectLine:AllowedOrigins:0", "https://partner.example");
        using var client = host.CreateClient();

        foreach (var path in new[] { "/api/directline/token", "/v3/directline/conversations/abc/activities" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, path);
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
            using var response = await client.SendAsync(request);

            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
            if (allowed)
            {
                var headers = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
                Assert.Contains("AUTHORIZATION", headers, StringComparison.Ordinal);
                Assert.Contains("X-MS-BOT-AGENT", headers, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("DirectLine:AllowedOrigins:0", "https://partner.example/")]
    [InlineData("DirectLine:AllowedOrigins:0", "partner.example")]
    [InlineData("DirectLine:TokenKey", "c2hvcnQ=")]
    [InlineData("WebChat:ExitUrl", "javascript:alert(1)")]
    public void Start_WithABadSetting_FailsAndNamesIt(string key, string value)
    {
        using var host = new BotFactory().With(key, value);
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains(key.Split(':')[0], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_AreShortLivedAndBounded()
    {
        var options = new DirectLineOptions();
        Assert.Equal(DirectLineMode.BuiltIn, options.Mode);
        Assert.Equal(TimeSpan.FromMinutes(30), options.TokenLifetime);
        Assert.Empty(options.AllowedOrigins);
        Assert.InRange(options.MaxConversations, 1, 100_000);
    }
}
