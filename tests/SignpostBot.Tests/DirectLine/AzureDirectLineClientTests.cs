using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SignpostBot.DirectLine;

namespace SignpostBot.Tests.DirectLine;

/// <summary>
/// Azure mode against a local stand-in for Azure's Direct Line: the secret is exchanged server side for a
/// per-conversation token, never reaches the browser, and the same page gets what it needs.
/// </summary>
public sealed class AzureDirectLineClientTests : IDisposable
{
    private const string Secret = "SECRET-not-for-browsers-123";
    private const string Endpoint = "https://directline.test/v3/directline";
    private readonly AzureStandIn _azure = new();
    private readonly BotFactory _host;

    public AzureDirectLineClientTests()
    {
        _host = new BotFactory()
            .With("DirectLine:Mode", "Azure")
            .With("DirectLine:Azure:Secret", Secret)
            .With("DirectLine:Azure:Endpoint", Endpoint)
            .WithServices(s => s.AddHttpClient<AzureDirectLineClient>().ConfigurePrimaryHttpMessageHandler(() => _azure));
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task TokenEndpoint_InAzureMode_ExchangesTheSecretServerSideForAConversationToken()
    {
        using var client = _host.CreateClient();
        using var response = await client.PostAsync("/api/directline/token", null);
        var body = await response.Content.ReadAsStringAsync();
        var token = JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.WebChatToken)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure-token-1", token.Token);
        Assert.Equal("azure-conv-1", token.ConversationId);
        Assert.Equal(1800, token.ExpiresIn);
        Assert.Equal(Endpoint, token.Domain);
        Assert.Equal("azure", token.Mode);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);

        var generate = Assert.Single(_azure.Requests);
        Assert.Equal("POST https://directline.test/v3/directline/tokens/generate", generate.Line);
        Assert.Equal("Bearer " + Secret, generate.Authorization);
        Assert.Equal(token.UserId, JsonDocument.Parse(generate.Body).RootElement.GetProperty("user").GetProperty("id").GetString());
        Assert.StartsWith("dl_", token.UserId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenEndpoint_AzureFails_Answers503AndGivesNothingAway()
    {
        _azure.Fail = true;
        using var client = _host.CreateClient();
        using var response = await client.PostAsync("/api/directline/token", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndEndpoint_InAzureMode_PostsEndOfConversationWithTheConversationTokenNotTheSecret()
    {
        using var client = _host.CreateClient();
        using var response = await client.PostAsync("/api/directline/end", new StringContent("""{"token":"azure-token-1","conversationId":"azure-conv-1","userId":"dl_abc"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var end = Assert.Single(_azure.Requests);
        Assert.Equal("POST https://directline.test/v3/directline/conversations/azure-conv-1/activities", end.Line);
        Assert.Equal("Bearer azure-token-1", end.Authorization);
        var activity = JsonDocument.Parse(end.Body).RootElement;
        Assert.Equal("endOfConversation", activity.GetProperty("type").GetString());
        Assert.Equal("dl_abc", activity.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Page_InAzureMode_MayConnectOnlyToItselfAndAzureDirectLine()
    {
        using var client = _host.CreateClient();
        using var page = await client.GetAsync("/");
        using var builtIn = await client.PostAsync("/v3/directline/conversations", null);

        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self' https://directline.test wss://directline.test;", csp, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, builtIn.StatusCode);
    }

    [Fact]
    public void Start_AzureModeWithoutSecret_FailsWithAClearMessage()
    {
        using var host = new BotFactory().With("DirectLine:Mode", "Azure");
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("DirectLine:Azure:Secret", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Answers as Azure's Direct Line does, and records what it was sent.</summary>
    private sealed class AzureStandIn : HttpMessageHandler
    {
        public List<(string Line, string? Authorization, string Body)> Requests { get; } = [];

        public bool Fail { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(($"{request.Method} {request.RequestUri}", request.Headers.Authorization?.ToString(), body));
            if (Fail)
            {
                return new HttpResponseMessage(HttpStatusCode.Forbidden);
            }

            return request.RequestUri!.AbsolutePath.EndsWith("/tokens/generate", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new { conversationId = "azure-conv-1", token = "azure-token-1", expires_in = 1800 }) }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new { id = "azure-conv-1|0000009" }) };
        }
    }
}
