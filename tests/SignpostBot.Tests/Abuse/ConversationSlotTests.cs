using System.Net;
using System.Net.Http.Json;
using SignpostBot.DirectLine;
using SignpostBot.Tests.DirectLine;

namespace SignpostBot.Tests.Abuse;

/// <summary>
/// Issue 15, item 3: the store cannot be filled for everyone: slots are taken when a conversation starts, other
/// sites' pages cannot take tokens, limits count an IPv6 /64 as one client, and a full chat still gives the helplines.
/// </summary>
public sealed class ConversationSlotTests
{
    [Fact]
    public async Task Tokens_TakeNoSlot_OnlyAStartedConversationDoes_AndAFullChatStillGivesTheHelplines()
    {
        using var host = new BotFactory().With("DirectLine:MaxConversations", "1");
        var client = new DirectLineTestClient(host.CreateClient());
        var tokens = new List<WebChatToken>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add(await client.NewTokenAsync());
        }

        using var first = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", tokens[0].Token, "{}");
        using var second = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", tokens[1].Token, "{}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        var busy = await second.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.BusyBody);
        FailSafeReply.AssertGiven(busy!.Activities);
    }

    [Theory]
    [InlineData("https://attacker.example", null, HttpStatusCode.Forbidden)]
    [InlineData(null, "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", "same-origin", HttpStatusCode.OK)]
    [InlineData("https://partner.example", "cross-site", HttpStatusCode.OK)]
    [InlineData(null, null, HttpStatusCode.OK)]
    public async Task TokenRoute_RefusesOtherSitesPagesServerSide(string? origin, string? fetchSite, HttpStatusCode expected)
    {
        using var host = new BotFactory().With("DirectLine:AllowedOrigins:0", "https://partner.example");
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("2001:db8:1:2:aaaa::1", "2001:db8:1:2:ffff:1:2:3", true)]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]
    [InlineData("192.0.2.1", "::ffff:192.0.2.1", true)]
    [InlineData("192.0.2.1", "192.0.2.2", false)]
    public void RateLimits_CountAnIPv6Slash64AsOneClient(string a, string b, bool same)
        => Assert.Equal(same, ClientAddress.PartitionOf(IPAddress.Parse(a)) == ClientAddress.PartitionOf(IPAddress.Parse(b)));
}
