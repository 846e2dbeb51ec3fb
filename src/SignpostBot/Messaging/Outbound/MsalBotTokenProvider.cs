using Microsoft.Extensions.Options;
using Microsoft.Identity.Client.AppConfig;
using Microsoft.Identity.Client;

namespace SignpostBot.Messaging.Outbound;

/// <summary>
/// Tokens for the Bot Connector service from Microsoft.Identity.Client: client credentials (scope
/// <c>https://api.botframework.com/.default</c>) for MultiTenant and SingleTenant bots, the App Service managed
/// identity endpoint for UserAssignedMSI. MSAL caches each token and renews it before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string HttpClientName = "msal";
    public const string Scope = "https://api.botframework.com/.default";
    public const string Resource = "https://api.botframework.com";

    private readonly IConfidentialClientApplication? _client;
    private readonly IManagedIdentityApplication? _managedIdentity;

    public MsalBotTokenProvider(IOptions<BotCredentialsOptions> options, IHttpClientFactory httpClients)
    {
        var credentials = options.Value;
        var http = new MsalHttpClientFactory(httpClients);
        if (credentials.MicrosoftAppType == BotCredentialsOptions.UserAssignedMsi)
        {
            _managedIdentity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(credentials.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            return;
        }

        // Multi-tenant bots get tokens from the Bot Framework's own tenant; single-tenant bots from theirs.
        var tenant = credentials.MicrosoftAppType == BotCredentialsOptions.SingleTenant ? credentials.MicrosoftAppTenantId : "botframework.com";
        _client = ConfidentialClientApplicationBuilder.Create(credentials.MicrosoftAppId)
            .WithClientSecret(credentials.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{tenant}")
            .WithHttpClientFactory(http)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = _managedIdentity is not null
            ? await _managedIdentity.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken)
            : await _client!.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    /// <summary>MSAL's HTTP calls through IHttpClientFactory, so tests can stand in for the token endpoint.</summary>
    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
