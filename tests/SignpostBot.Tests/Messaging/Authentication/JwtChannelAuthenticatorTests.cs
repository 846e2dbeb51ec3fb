using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging;

namespace SignpostBot.Tests.Messaging.Authentication;

/// <summary>
/// With app credentials configured, /api/messages is as strict as the Bot Framework's own SDK: every
/// failure is a bare 401 and nothing is sent anywhere; a good token gets its replies posted with a bearer token.
/// </summary>
public sealed class JwtChannelAuthenticatorTests(ConnectedBot bot) : IClassFixture<ConnectedBot>
{
    public static TheoryData<string> Rejections { get; } = new(
        "no header", "wrong scheme", "not a jwt", "unsigned", "bad signature", "unknown kid", "wrong issuer", "wrong audience",
        "expired", "not yet valid", "channel not endorsed", "serviceUrl mismatch", "no serviceurl claim", "emulator token for another app",
        "emulator token from another tenant");

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Post_BadCredentials_Is401AndSendsNothing(string rejection)
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "rejected-" + Guid.NewGuid().ToString("N");
        var activity = bot.TeamsMessage(conversation, "hi", id: "bad-1");
        var serviceUrl = bot.Channel.BaseUrl.AbsoluteUri;
        var now = DateTime.UtcNow;
        var header = rejection switch
        {
            "no header" => null,
            "wrong scheme" => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()),
            "not a jwt" => "Bearer not-a-token",
            "unsigned" => Bearer(TestIdentityProvider.Issue(null, TestIdentityProvider.ChannelIssuer, ConnectedBot.AppId, Claims(serviceUrl))),
            "bad signature" => Bearer(TestIdentityProvider.Issue(TestIdentityProvider.UnpublishedKey(ConnectedBot.TeamsKid), TestIdentityProvider.ChannelIssuer, ConnectedBot.AppId, Claims(serviceUrl))),
            "unknown kid" => Bearer(TestIdentityProvider.Issue(TestIdentityProvider.UnpublishedKey("nobody-knows-me"), TestIdentityProvider.ChannelIssuer, ConnectedBot.AppId, Claims(serviceUrl))),
            "wrong issuer" => Bearer(TestIdentityProvider.Issue(bot.TeamsKey, "https://api.botframework.com.evil.example", ConnectedBot.AppId, Claims(serviceUrl))),
            "wrong audience" => Bearer(TestIdentityProvider.Issue(bot.TeamsKey, TestIdentityProvider.ChannelIssuer, Guid.NewGuid().ToString(), Claims(serviceUrl))),
            "expired" => Bearer(TestIdentityProvider.Issue(bot.TeamsKey, TestIdentityProvider.ChannelIssuer, ConnectedBot.AppId, Claims(serviceUrl), now.AddHours(-2), now.AddMinutes(-6))),
            "not yet valid" => Bearer(TestIdentityProvider.Issue(bot.TeamsKey, TestIdentityProvider.ChannelIssuer, ConnectedBot.AppId, Claims(serviceUrl), now.AddMinutes(6), now.AddHours(1))),
            "channel not endorsed" => Bearer(bot.ChannelToken(key: bot.WebChatOnlyKey)),
            "serviceUrl mismatch" => Bearer(bot.ChannelToken(serviceUrl: "https://smba.trafficmanager.net/emea/")),
            "no serviceurl claim" => Bearer(TestIdentityProvider.Issue(bot.TeamsKey, TestIdentityProvider.ChannelIssuer, ConnectedBot.AppId, new Dictionary<string, object>())),
            "emulator token for another app" => Bearer(EmulatorToken(azp: Guid.NewGuid().ToString())),
            "emulator token from another tenant" => Bearer(TestIdentityProvider.Issue(bot.EmulatorKey, "https://sts.windows.net/" + Guid.NewGuid() + "/", ConnectedBot.AppId, new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = ConnectedBot.AppId })),
            _ => throw new ArgumentOutOfRangeException(nameof(rejection)),
        };
        if (rejection == "serviceUrl mismatch")
        {
            // The activity names the loopback service the token does not; the bot must trust neither.
            activity = activity with { ServiceUrl = serviceUrl };
        }

        using var response = await ConnectedBot.PostAsync(client, activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("WWW-Authenticate") && response.Headers.WwwAuthenticate.ToString().Contains("error_description", StringComparison.Ordinal));

        // Replies of one conversation are sent in order, so once a good turn's replies have arrived, anything the
        // refused turn had queued would have arrived before them.
        using var ok = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi", id: "good-1"), Bearer(bot.ChannelToken()));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        await bot.Channel.WaitForReplyToAsync("good-1");
        Assert.All(bot.Channel.RepliesIn(conversation), r => Assert.Equal("good-1", r.ReplyToId));
        Assert.DoesNotContain(bot.Channel.Attempts, a => a.ReplyToId == "bad-1");
    }

    [Fact]
    public async Task Post_SignedTeamsMessage_Is200AndRepliesArePostedWithABearerToken()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, "hi", id: "teams-1"), Bearer(bot.ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await bot.Channel.WaitForRepliesAsync(conversation, 2);
        var replies = bot.Channel.RepliesIn(conversation);
        Assert.All(replies, r =>
        {
            Assert.StartsWith("Bearer test-access-token-", r.Authorization, StringComparison.Ordinal);
            Assert.Equal($"/v3/conversations/{conversation}/activities/teams-1", r.Path);
            Assert.Equal("msteams", r.Activity.ChannelId);
        });
        var tokenRequest = Assert.Single(bot.Tokens.Requests, r => r.Method == "POST");
        Assert.Equal($"/{ConnectedBot.TenantId}/oauth2/v2.0/token", tokenRequest.Url.AbsolutePath);
        Assert.Contains("client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("https://api.botframework.com/.default"), tokenRequest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ManyTurns_ReuseOneCachedToken()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "cached-" + Guid.NewGuid().ToString("N");
        foreach (var (text, id) in new[] { ("hi", "c-1"), ("I'm a professional", "c-2") })
        {
            using var response = await ConnectedBot.PostAsync(client, bot.TeamsMessage(conversation, text, id), Bearer(bot.ChannelToken()));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await bot.Channel.WaitForReplyToAsync(id);
        }

        Assert.Equal(1, bot.Tokens.Issued);
        Assert.Single(bot.Channel.RepliesIn(conversation).Select(r => r.Authorization).Distinct());
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "2.0", "azp")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0", "appid")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "2.0", "azp")]
    [InlineData("https://sts.windows.net/" + ConnectedBot.TenantId + "/", "1.0", "appid")]
    public async Task Post_EmulatorTokenForThisApp_IsAccepted(string issuer, string version, string appClaim)
    {
        using var client = bot.Factory.CreateClient();
        var activity = bot.TeamsMessage("emulator-" + Guid.NewGuid().ToString("N"), "hi") with { ChannelId = "emulator", DeliveryMode = DeliveryModes.ExpectReplies };
        var token = TestIdentityProvider.Issue(bot.EmulatorKey, issuer, ConnectedBot.AppId, new Dictionary<string, object> { ["ver"] = version, [appClaim] = ConnectedBot.AppId });

        using var response = await ConnectedBot.PostAsync(client, activity, Bearer(token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Who are you looking for help for?", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmulatorTokenWithARemoteServiceUrl_SendsNothingThere()
    {
        var outbound = new CountingHandler();
        using var host = bot.Factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddHttpClient(ReplySender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => outbound)));
        using var client = host.CreateClient();
        var activity = bot.TeamsMessage("emulator-" + Guid.NewGuid().ToString("N"), "hi") with { ChannelId = "emulator", ServiceUrl = "https://example.org/" };

        using var response = await ConnectedBot.PostAsync(client, activity, Bearer(EmulatorToken(azp: ConnectedBot.AppId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, outbound.Calls);
    }

    private string EmulatorToken(string azp)
    {
        return TestIdentityProvider.Issue(bot.EmulatorKey, TestIdentityProvider.EmulatorIssuer, ConnectedBot.AppId, new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp });
    }

    private static Dictionary<string, object> Claims(string serviceUrl) => new() { ["serviceurl"] = serviceUrl };

    private static string Bearer(string token) => ConnectedBot.Bearer(token);

    private sealed class CountingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}

/// <summary>A fresh host, so the key cache has not yet used its refetch on an unknown key id.</summary>
public sealed class SigningKeyRotationTests(ConnectedBot bot) : IClassFixture<ConnectedBot>
{
    [Fact]
    public async Task Post_TokenSignedByANewlyRotatedKey_IsAcceptedAfterTheKeysAreFetchedAgain()
    {
        using var client = bot.Factory.CreateClient();
        using (var first = await ConnectedBot.PostAsync(client, bot.TeamsMessage("rotate-" + Guid.NewGuid().ToString("N"), "hi") with { DeliveryMode = DeliveryModes.ExpectReplies }, ConnectedBot.Bearer(bot.ChannelToken())))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var fetchesBefore = bot.Identity.ChannelMetadataFetches;
        var rotated = bot.Identity.AddChannelKey("rotated-" + Guid.NewGuid().ToString("N"), "msteams");

        using var response = await ConnectedBot.PostAsync(
            client,
            bot.TeamsMessage("rotate-" + Guid.NewGuid().ToString("N"), "hi") with { DeliveryMode = DeliveryModes.ExpectReplies },
            ConnectedBot.Bearer(bot.ChannelToken(key: rotated)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bot.Identity.ChannelMetadataFetches > fetchesBefore);
    }

}
