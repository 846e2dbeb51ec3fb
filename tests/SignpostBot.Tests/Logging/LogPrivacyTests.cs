using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests.Logging;

/// <summary>Nothing a person types, nor any id of theirs, may reach a log line at any level.</summary>
public sealed class LogPrivacyTests
{
    private const string Canary = "CANARY-7f3a91";

    [Fact]
    public async Task Conversation_CanaryInTextIdsAndBadInput_NeverAppearsInAnyLogLine()
    {
        var sink = new LogSink();
        using var host = new BotFactory().WithTraceLogsIn(sink);
        using var client = host.CreateClient();
        var conversation = "conv-" + Canary;
        var turn = 0;
        // A new activity id per turn (each runs its turn); the last is sent twice, so a retry's replay is logged too.
        Activity Message(string text) => BotClient.Message(conversation, text, id: $"id-{Canary}-{turn++}") with
        {
            From = new ChannelAccount { Id = "user-" + Canary, Name = "Name " + Canary },
            ServiceUrl = "http://127.0.0.1:9/" + Canary,
        };

        // Through every way a message is read: buttons, prompts, danger, a free-text first message (the classifier and
        // the first-message replies), a staff question, a switch of language, and a script the bot cannot read.
        string[] texts =
        [
            "hi " + Canary, "For me", "no " + Canary, Canary, "Romania", "they hurt me " + Canary, "start again",
            "i was trafiked here and they make me work for nothing " + Canary, "start again",
            "who can make an NRM referral " + Canary, "start again",
            "Nu mă lasă să plec de aici, " + Canary, "English",
            "我被困住了 " + Canary, "stop",
        ];
        foreach (var text in texts)
        {
            await BotClient.SendAsync(client, Message(text));
        }

        var normal = Message("normal delivery " + Canary);
        await client.PostAsync("/api/messages", BotClient.Json(BotClient.Serialize(normal)));
        await client.PostAsync("/api/messages", BotClient.Json(BotClient.Serialize(normal)));
        await client.PostAsync("/api/messages", BotClient.Json("{\"type\":\"message\",\"text\":\"" + Canary + "\""));
        await client.PostAsync("/api/messages", BotClient.Json("{\"type\":\"message\",\"text\":\"" + Canary + "\"}"));

        Assert.NotEmpty(sink.Lines);
        Assert.DoesNotContain(sink.Lines, line => line.Contains(Canary, StringComparison.OrdinalIgnoreCase));
    }
}
