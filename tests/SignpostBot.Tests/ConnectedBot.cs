using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Messaging.Outbound;

namespace SignpostBot.Tests;

/// <summary>
/// The bot as Azure Bot Service sees it, for one test class: app credentials configured, channel tokens
/// checked against a local <see cref="TestIdentityProvider"/>, outbound tokens from a <see cref="TokenEndpoint"/>,
/// and replies posted to a real loopback <see cref="ChannelService"/>.
/// </summary>
public class ConnectedBot : IAsyncLifetime
{
    public const string AppId = "6a1b3c1e-5f0e-4f55-9d9f-2a4a4b0c0d11";
    public const string TenantId = "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d";
    public const string TeamsKid = "teams-key";
    public const string WebChatOnlyKid = "webchat-only-key";

    public TestIdentityProvider Identity { get; private set; } = null!;
    public ChannelService Channel { get; private set; } = null!;
    public TokenEndpoint Tokens { get; } = new();
    public BotFactory Factory { get; private set; } = null!;
    public SigningCredentials TeamsKey { get; private set; } = null!;
    public SigningCredentials WebChatOnlyKey { get; private set; } = null!;
    public SigningCredentials EmulatorKey { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await TestIdentityProvider.StartAsync();
        Channel = await ChannelService.StartAsync();
        TeamsKey = Identity.AddChannelKey(TeamsKid, "msteams", "webchat", "directline");
        WebChatOnlyKey = Identity.AddChannelKey(WebChatOnlyKid, "webchat");
        EmulatorKey = Identity.AddEmulatorKey("emulator-key");
        Factory = Configure(new BotFactory()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-secret")
            .With("MicrosoftAppType", "SingleTenant")
            .With("MicrosoftAppTenantId", TenantId)
            .With("BotConnector:ChannelOpenIdMetadataUrl", Identity.ChannelMetadataUrl.AbsoluteUri)
            .With("BotConnector:EmulatorOpenIdMetadataUrl", Identity.EmulatorMetadataUrl.AbsoluteUri)
            .With("BotConnector:RetryBaseDelay", "00:00:00.010")
            .WithServices(s => s.AddHttpClient(MsalBotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Tokens)));
    }

    /// <summary>Lets a derived fixture add settings (e.g. fewer retries).</summary>
    protected virtual BotFactory Configure(BotFactory factory) => factory;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Channel.DisposeAsync();
        await Identity.DisposeAsync();
    }

    /// <summary>A Teams personal-chat message whose service URL is the loopback channel service.</summary>
    public Activity TeamsMessage(string conversationId, string text, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = Channel.BaseUrl.AbsoluteUri,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        From = new ChannelAccount { Id = "29:user", AadObjectId = Guid.NewGuid().ToString() },
        Recipient = new ChannelAccount { Id = "28:" + AppId, Name = "SignpostBot" },
        Text = text,
    };

    /// <summary>A token as the Bot Connector would sign it for this bot and service URL.</summary>
    public string ChannelToken(string? serviceUrl = null, SigningCredentials? key = null)
        => TestIdentityProvider.Issue(key ?? TeamsKey, TestIdentityProvider.ChannelIssuer, AppId, new Dictionary<string, object>
        {
            ["serviceurl"] = serviceUrl ?? Channel.BaseUrl.AbsoluteUri,
        });

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = BotClient.Json(BotClient.Serialize(activity)) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    public static string Bearer(string token) => new AuthenticationHeaderValue("Bearer", token).ToString();
}
