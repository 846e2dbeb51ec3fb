using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SignpostBot.Messaging;
using SignpostBot.Messaging.Outbound;

namespace SignpostBot.Tests.Messaging.Outbound;

/// <summary>Outbound tokens come from the right Entra authority for the app type, and are cached.</summary>
public sealed class MsalBotTokenProviderTests
{
    private const string AppId = "6a1b3c1e-5f0e-4f55-9d9f-2a4a4b0c0d11";
    private const string Tenant = "0b8c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d";

    [Theory]
    [InlineData("MultiTenant", "/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", "/" + Tenant + "/oauth2/v2.0/token")]
    public async Task GetToken_ClientCredentials_AsksTheAppTypesAuthorityOnceForTheBotFrameworkScope(string appType, string tokenPath)
    {
        var endpoint = new TokenEndpoint();
        using var provider = Services(endpoint);
        var tokens = NewProvider(provider, appType);

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("test-access-token-1", first);
        Assert.Equal(first, second);
        var request = Assert.Single(endpoint.Requests, r => r.Method == "POST");
        Assert.Equal("login.microsoftonline.com", request.Url.Host);
        Assert.Equal(tokenPath, request.Url.AbsolutePath);
        Assert.Contains("scope=" + Uri.EscapeDataString("https://api.botframework.com/.default"), request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + AppId, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetToken_CachedTokenAboutToExpire_IsRenewedRatherThanSent()
    {
        // MSAL treats a token with under five minutes left as expired, so one that lives 200 s is never reused.
        var endpoint = new TokenEndpoint { ExpiresInSeconds = 200 };
        using var provider = Services(endpoint);
        var tokens = NewProvider(provider, "SingleTenant");

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, endpoint.Issued);
    }

    private static ServiceProvider Services(TokenEndpoint endpoint)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(MsalBotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => endpoint);
        return services.BuildServiceProvider();
    }

    private static MsalBotTokenProvider NewProvider(ServiceProvider provider, string appType)
        => new(
            Options.Create(new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret", MicrosoftAppType = appType, MicrosoftAppTenantId = Tenant }),
            provider.GetRequiredService<IHttpClientFactory>());
}
