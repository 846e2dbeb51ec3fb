using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignpostBot.DirectLine;
using SignpostBot.Tests.DirectLine;

namespace SignpostBot.Tests.Abuse;

/// <summary>Issue 15, item 6: redirects, media types, cross-site posts, the Host header and what client behaviour logs.</summary>
public sealed class SmallerHoleTests
{
    [Fact]
    public async Task ReplyDelivery_DoesNotFollowARedirect()
    {
        var followed = 0;
        await using var target = LoopbackServer.Create();
        target.MapPost("/{**any}", () => { Interlocked.Increment(ref followed); return Results.Ok(); });
        var targetUrl = await LoopbackServer.StartAsync(target);
        var redirected = 0;
        await using var channel = LoopbackServer.Create();
        channel.MapPost("/{**any}", () => { Interlocked.Increment(ref redirected); return Results.Redirect(targetUrl + "v3/elsewhere", permanent: false, preserveMethod: true); });
        var channelUrl = await LoopbackServer.StartAsync(channel);
        using var host = new BotFactory();
        using var client = host.CreateClient();

        using var response = await client.PostAsync("/api/messages", BotClient.Json(BotClient.Serialize(BotClient.Message("redirect-1", "hi") with { ServiceUrl = channelUrl.AbsoluteUri })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await LocalProcess.WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref redirected) > 0), TimeSpan.FromSeconds(20)));
        // The reply to the redirect was given up on; a moment for a wrongly followed redirect to land would show it.
        await host.Services.GetRequiredService<SignpostBot.Messaging.Outbound.ReplyDispatcher>().StopAsync(CancellationToken.None);
        Assert.Equal(0, Volatile.Read(ref followed));
    }

    [Theory]
    [InlineData(null, null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/plain", null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "https://attacker.example", HttpStatusCode.Forbidden)]
    public async Task ApiMessages_RequiresJsonAndRefusesBrowsersFromOtherSites(string? contentType, string? origin, HttpStatusCode expected)
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(BotClient.Serialize(BotClient.Message("ct-1", "hi")))),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PublicBaseUrl_NotTheHostHeader_ShapesTheTokenAndStreamUrls()
    {
        using var host = new BotFactory().With("DirectLine:PublicBaseUrl", "https://chat.example.org");
        var client = new DirectLineTestClient(host.CreateClient());
        client.Http.DefaultRequestHeaders.Host = "evil.example";

        var token = await client.NewTokenAsync();
        using var start = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, "{}");
        var conversation = await start.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ConversationResponse);

        Assert.Equal("https://chat.example.org/v3/directline", token.Domain);
        Assert.StartsWith("wss://chat.example.org/v3/directline/conversations/", conversation!.StreamUrl, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        request.Headers.Add("Origin", "http://evil.example");
        using var forged = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task ClientBehaviour_LogsOnceAsWhatItIs_WithoutErrorsOrStacks()
    {
        var sink = new LogSink();
        using var host = new BotFactory().WithTraceLogsIn(sink);
        using var client = host.CreateClient();
        host.Services.GetRequiredService<SignpostBot.Health.TurnFaults>().Record(SignpostBot.Health.TurnFault.TurnFailed);

        using var oversize = await client.PostAsync("/api/messages", BotClient.Json(new string(' ', 300_000)));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Degraded", (await HealthClient.GetAsync(client)).Status);
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversize.StatusCode);
        var lines = sink.Lines.ToList();
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("A request body was refused (413)", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("Health changed from Healthy to Degraded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASlowBody_Is408AndOneInformationLine_WithoutAStack()
    {
        var sink = new LogSink();
        using var logging = LoggerFactory.Create(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
        var reader = new SignpostBot.Messaging.RequestBodyReader(logging.CreateLogger<SignpostBot.Messaging.RequestBodyReader>());
        var http = new DefaultHttpContext();
        http.Request.ContentType = "application/json";
        // What Kestrel throws when a body arrives below its minimum data rate.
        http.Request.Body = new SlowStream();

        var read = await reader.ReadJsonAsync(http.Request, 1024, SignpostBot.Dialogs.Schema.SchemaJsonContext.Default.Activity, requireJson: true, CancellationToken.None);

        Assert.Equal(StatusCodes.Status408RequestTimeout, read.Status);
        var line = Assert.Single(sink.Lines);
        Assert.StartsWith("Information", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    private sealed class SlowStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout);
    }
}
