using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignpostBot.DirectLine;

namespace SignpostBot.Tests.DirectLine;

/// <summary>Through Direct Line too, nothing a person types, no conversation id and no token reaches any log line.</summary>
public sealed class DirectLineLogPrivacyTests
{
    private const string Canary = "CANARY-d1r3ct";

    [Fact]
    public async Task DirectLineConversation_AtTraceLevel_LogsNoTextIdOrToken()
    {
        var sink = new LogSink();
        using var host = new BotFactory().WithTraceLogsIn(sink);
        var client = new DirectLineTestClient(host.CreateClient());

        var token = await client.StartedAsync();
        foreach (var text in new[] { "hi " + Canary, "For me", Canary, "they hurt me " + Canary })
        {
            await client.PostMessageAsync(token, text, clientActivityId: "c-" + Canary);
        }

        await client.GetActivitiesAsync(token, "1");
        using var socket = await host.Server.CreateWebSocketClient().ConnectAsync(
            new Uri($"ws://localhost/v3/directline/conversations/{token.ConversationId}/stream?t={token.Token}"), CancellationToken.None);
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token.Token);
        using var end = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token, """{"type":"endOfConversation"}""");

        Assert.NotEmpty(sink.Lines);
        foreach (var secret in new[] { Canary, token.ConversationId, token.UserId, token.Token.Split('.')[1] })
        {
            var leaks = sink.Lines.Where(line => line.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, "logged:\n" + string.Join("\n", leaks));
        }
    }
}
