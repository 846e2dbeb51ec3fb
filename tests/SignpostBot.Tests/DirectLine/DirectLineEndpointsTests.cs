using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignpostBot.DirectLine;
using SignpostBot.State;

namespace SignpostBot.Tests.DirectLine;

/// <summary>The built-in Direct Line 3.0 over HTTP and WebSocket, in process, with the app's clock under test control.</summary>
public sealed class DirectLineEndpointsTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly BotFactory _host;
    private readonly DirectLineTestClient _client;

    public DirectLineEndpointsTests()
    {
        _host = new BotFactory()
            .With("DirectLine:TokensPerMinute", "1000")
            .With("DirectLine:AllowedOrigins:0", "https://partner.example")
            .WithServices(s => s.AddSingleton<TimeProvider>(_clock));
        _client = new DirectLineTestClient(_host.CreateClient());
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Start_FirstThenAgain_Answers201Then200WithAStreamUrlAndQueuesTheWelcome()
    {
        var token = await _client.NewTokenAsync();
        Assert.StartsWith("dl_", token.UserId, StringComparison.Ordinal);
        Assert.Equal("http://localhost/v3/directline", token.Domain);
        Assert.Equal("builtin", token.Mode);

        using var first = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token, """{"user":{"id":"someone"},"locale":"en-GB"}""");
        using var second = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token.Token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var started = (await first.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ConversationResponse))!;
        Assert.Equal(token.ConversationId, started.ConversationId);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{token.ConversationId}/stream?t=", started.StreamUrl, StringComparison.Ordinal);
        Assert.InRange(started.ExpiresIn, 1, 1800);

        var welcome = await _client.GetActivitiesAsync(token);
        Assert.Equal(2, welcome.Activities.Count);
        Assert.All(welcome.Activities, a => Assert.Equal("bot", a.From!.Role));
        Assert.All(welcome.Activities, a => Assert.Equal("en-GB", a.Locale));
        Assert.Equal("2", welcome.Watermark);
    }

    [Fact]
    public async Task PostActivity_Message_IsEchoedWithItsIdAndClientActivityIdAndRepliedToByThatId()
    {
        var token = await _client.StartedAsync();

        // The client claims to be someone else: the channel sets the sender from the token.
        var json = """{"type":"message","from":{"id":"dl_impostor","name":"Name","role":"bot"},"text":"For me","channelData":{"clientActivityID":"abc-1"}}""";
        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token, json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ResourceResponse))!.Id;

        var set = await _client.GetActivitiesAsync(token, "2");
        var echo = DirectLineTestClient.Find(set, a => a.Id == id);
        Assert.Equal("abc-1", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(token.UserId, echo.From!.Id);
        Assert.Equal("user", echo.From.Role);
        Assert.Null(echo.From.Name);
        Assert.NotNull(echo.Timestamp);
        var reply = DirectLineTestClient.Find(set, a => a.ReplyToId == id);
        Assert.Equal("bot", reply.From!.Role);
        Assert.Equal("Are you in danger right now?", reply.Text);
        Assert.True(reply.Timestamp >= echo.Timestamp);
        Assert.Equal("webchat", reply.ChannelId);
        Assert.Equal(token.ConversationId, reply.Conversation!.Id);
    }

    [Fact]
    public async Task GetActivities_WithAWatermark_ReturnsOnlyNewerOnesAndKeepsTheWatermarkWhenNothingIsNew()
    {
        var token = await _client.StartedAsync();
        await _client.PostMessageAsync(token, "For me");

        var all = await _client.GetActivitiesAsync(token);
        var newer = await _client.GetActivitiesAsync(token, "2");
        var none = await _client.GetActivitiesAsync(token, all.Watermark);
        var nonsense = await _client.GetActivitiesAsync(token, "not-a-number");

        Assert.Equal(4, all.Activities.Count);
        Assert.Equal(all.Activities.Skip(2).Select(a => a.Id), newer.Activities.Select(a => a.Id));
        Assert.Empty(none.Activities);
        Assert.Equal(all.Watermark, none.Watermark);
        Assert.Equal(4, nonsense.Activities.Count);
    }

    [Fact]
    public async Task TokenForAnotherConversation_IsRefusedOnEveryCall()
    {
        var mine = await _client.StartedAsync();
        var theirs = await _client.StartedAsync();
        var path = $"/v3/directline/conversations/{theirs.ConversationId}";

        foreach (var (method, url) in new[] { (HttpMethod.Get, path), (HttpMethod.Get, path + "/activities"), (HttpMethod.Post, path + "/activities"), (HttpMethod.Post, path + "/upload") })
        {
            using var response = await _client.SendAsync(method, url, mine.Token, """{"type":"message","text":"hi"}""");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("activities", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(2, (await _client.GetActivitiesAsync(theirs)).Activities.Count);
    }

    [Fact]
    public async Task ExpiredToken_Answers403TokenExpired_AndCannotBeRefreshed()
    {
        var token = await _client.StartedAsync();
        _clock.Advance(TimeSpan.FromMinutes(31));

        using var get = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token);
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token.Token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(get));
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJjb252IjoiYSIsInVzZXIiOiJiIn0.")]
    public async Task MissingOrForgedToken_Answers403(string? token)
    {
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_GivesANewTokenForTheSameConversation()
    {
        var token = await _client.StartedAsync();
        _clock.Advance(TimeSpan.FromMinutes(15));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token.Token);
        var refreshed = (await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ConversationResponse))!;
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(token.ConversationId, refreshed.ConversationId);
        Assert.Equal(1800, refreshed.ExpiresIn);
        Assert.Equal(2, (await _client.GetActivitiesAsync(token with { Token = refreshed.Token })).Activities.Count);
        using var old = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    [Fact]
    public async Task Reconnect_GivesAFreshTokenAndAStreamUrlFromTheWatermark()
    {
        var token = await _client.StartedAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}?watermark=2", token.Token);
        var resumed = (await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ConversationResponse))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("&watermark=2", resumed.StreamUrl, StringComparison.Ordinal);
        Assert.NotEqual(token.Token, resumed.Token);
    }

    [Fact]
    public async Task EndOfConversation_Posted_EndsTheConversationAndForgetsItsState()
    {
        var token = await _client.StartedAsync();
        await _client.PostMessageAsync(token, "For me");
        var stateKey = _host.Services.GetRequiredService<ConversationKeyHasher>().KeyFor(DirectLineBot.ChannelId, token.ConversationId);
        var state = _host.Services.GetRequiredService<IConversationStateStore>();
        Assert.NotNull(await state.GetAsync(stateKey, CancellationToken.None));

        using var end = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token, """{"type":"endOfConversation"}""");
        using var after = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token);

        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Null(await state.GetAsync(stateKey, CancellationToken.None));
    }

    [Fact]
    public async Task EndEndpoint_Beacon_EndsTheConversation_EvenWithAnExpiredToken()
    {
        var token = await _client.StartedAsync();
        _clock.Advance(TimeSpan.FromMinutes(29));
        await _client.PostMessageAsync(token, "For me"); // keeps the conversation alive past its token
        _clock.Advance(TimeSpan.FromMinutes(2));

        using var end = await _client.Http.PostAsync("/api/directline/end", new StringContent($$"""{"token":"{{token.Token}}"}""", Encoding.UTF8, "text/plain"));
        using var forged = await _client.Http.PostAsync("/api/directline/end", new StringContent("""{"token":"x.y.z"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.NoContent, end.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Null(_host.Services.GetRequiredService<DirectLineConversationStore>().Find(token.ConversationId));
    }

    [Fact]
    public async Task IdleConversation_PastItsTtl_IsForgotten404()
    {
        var token = await _client.StartedAsync();
        _clock.Advance(TimeSpan.FromMinutes(29));
        var fresh = _host.Services.GetRequiredService<DirectLineTokens>().Issue(token.ConversationId, token.UserId);
        _clock.Advance(TimeSpan.FromMinutes(2));

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}/activities", fresh);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Upload_AnyFile_IsRefused415()
    {
        var token = await _client.StartedAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/upload?userId={token.UserId}", token.Token, "{}");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_TooLargeOrNotJson_Answers4xx()
    {
        var token = await _client.StartedAsync();
        var path = $"/v3/directline/conversations/{token.ConversationId}/activities";
        using var large = await _client.SendAsync(HttpMethod.Post, path, token.Token, $$"""{"type":"message","text":"{{new string('a', 300_000)}}"}""");
        using var broken = await _client.SendAsync(HttpMethod.Post, path, token.Token, "{not json");
        using var typeless = await _client.SendAsync(HttpMethod.Post, path, token.Token, """{"text":"hi"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, typeless.StatusCode);
    }

    [Fact]
    public async Task Stream_SendsTheBacklogThenNewActivitiesThenEmptyKeepAlives()
    {
        var token = await _client.StartedAsync();
        var socket = await ConnectAsync(token, watermark: null);

        var backlog = await ReceiveSetAsync(socket);
        Assert.Equal(2, backlog!.Activities.Count);
        Assert.Equal("2", backlog.Watermark);

        var id = await _client.PostMessageAsync(token, "For me");
        var echoAndReply = new List<SignpostBot.Dialogs.Schema.Activity>();
        while (echoAndReply.Count < 2)
        {
            echoAndReply.AddRange((await ReceiveSetAsync(socket))!.Activities);
        }

        Assert.Equal(id, echoAndReply[0].Id);
        Assert.Equal(id, echoAndReply[1].ReplyToId);

        _clock.Advance(TimeSpan.FromSeconds(21));
        Assert.Null(await ReceiveSetAsync(socket)); // an empty frame: the keep-alive
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Stream_FromTheWatermark_ReplaysOnlyWhatCameAfter()
    {
        var token = await _client.StartedAsync();
        var id = await _client.PostMessageAsync(token, "For me");

        var socket = await ConnectAsync(token, watermark: "2");
        var replay = await ReceiveSetAsync(socket);

        Assert.Equal([id, null], replay!.Activities.Select(a => a.Id == id ? id : null));
    }

    [Fact]
    public async Task Stream_ASecondSocket_ClosesTheFirstAsACollision()
    {
        var token = await _client.StartedAsync();
        var first = await ConnectAsync(token, watermark: "2");
        var second = await ConnectAsync(token, watermark: "2");

        var buffer = new byte[256];
        var closed = await first.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
        Assert.Equal(WebSocketState.Open, second.State);
    }

    [Fact]
    public async Task Stream_EndedConversation_ClosesTheSocket()
    {
        var token = await _client.StartedAsync();
        var socket = await ConnectAsync(token, watermark: "2");

        _host.Services.GetRequiredService<DirectLineConversationStore>().End(token.ConversationId);
        var closed = await socket.ReceiveAsync(new ArraySegment<byte>(new byte[256]), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal("ended", socket.CloseStatusDescription);
    }

    [Theory]
    [InlineData("https://elsewhere.example", false)]
    [InlineData("https://partner.example", true)]
    public async Task Stream_FromABrowserOrigin_OpensOnlyForAllowedOrigins(string origin, bool opens)
    {
        var token = await _client.StartedAsync();
        var ws = _host.Server.CreateWebSocketClient();
        ws.ConfigureRequest = request => request.Headers.Origin = origin;
        var url = new Uri($"ws://localhost/v3/directline/conversations/{token.ConversationId}/stream?t={token.Token}");

        if (opens)
        {
            using var socket = await ws.ConnectAsync(url, CancellationToken.None);
            Assert.Equal(WebSocketState.Open, socket.State);
        }
        else
        {
            await Assert.ThrowsAnyAsync<Exception>(() => ws.ConnectAsync(url, CancellationToken.None));
        }
    }

    private async Task<WebSocket> ConnectAsync(WebChatToken token, string? watermark)
    {
        var url = $"ws://localhost/v3/directline/conversations/{token.ConversationId}/stream?t={Uri.EscapeDataString(token.Token)}";
        return await _host.Server.CreateWebSocketClient().ConnectAsync(new Uri(watermark is null ? url : url + "&watermark=" + watermark), CancellationToken.None);
    }

    /// <summary>The next text frame as an ActivitySet, or null for an empty (keep-alive) frame.</summary>
    private static async Task<ActivitySet?> ReceiveSetAsync(WebSocket socket)
    {
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return message.Length == 0 ? null : JsonSerializer.Deserialize(message.ToArray(), DirectLineJsonContext.Default.ActivitySet);
    }
}
