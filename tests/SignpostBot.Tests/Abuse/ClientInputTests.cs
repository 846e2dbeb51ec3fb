using System.Net;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;
using SignpostBot.Tests.DirectLine;

namespace SignpostBot.Tests.Abuse;

/// <summary>
/// Issue 15, item 4: nothing a client sends makes a turn fail. Odd input gets an ordinary reply or a 4xx, the
/// person's place in the flow is kept, and /healthz stays Healthy.
/// </summary>
public sealed class ClientInputTests
{
    [Fact]
    public async Task MentionWithEmptyText_AndNullMembers_AreOrdinaryTurnsOverApiMessages()
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("odd-1", "hi"));
        var mention = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = "mention",
            ["text"] = string.Empty,
            ["mentioned"] = new Dictionary<string, string> { ["id"] = "bot-1" },
        });

        var mentioned = await BotClient.SendAsync(client, BotClient.Message("odd-1", "For me") with { Entities = [mention] });
        using var update = await client.PostAsync("/api/messages", BotClient.Json(
            """{"type":"conversationUpdate","id":"u1","channelId":"test","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"odd-1"},"from":{"id":"user-1"},"recipient":{"id":"bot-1"},"membersAdded":[null],"deliveryMode":"expectReplies"}"""));

        Assert.Contains("Are you in danger right now?", FailSafeReply.Text(mentioned), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var next = await BotClient.SendAsync(client, BotClient.Message("odd-1", "No"));
        Assert.DoesNotContain("Who are you looking for help for?", FailSafeReply.Text(next), StringComparison.Ordinal);
        Assert.Equal("Healthy", (await HealthClient.GetAsync(client)).Status);
    }

    [Fact]
    public async Task DirectLine_ClientsCannotPostConversationUpdate_AndOddMessagesAreOrdinary()
    {
        using var host = new BotFactory();
        var client = new DirectLineTestClient(host.CreateClient());
        var token = await client.StartedAsync();
        var path = $"/v3/directline/conversations/{token.ConversationId}/activities";

        using var update = await client.SendAsync(HttpMethod.Post, path, token.Token, """{"type":"conversationUpdate","membersAdded":[null]}""");
        using var mention = await client.SendAsync(HttpMethod.Post, path, token.Token, """{"type":"message","text":"For me","entities":[{"type":"mention","text":"","mentioned":{"id":"signpostbot"}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, update.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        var set = await client.GetActivitiesAsync(token);
        Assert.Contains(set.Activities, a => a.Text == "Are you in danger right now?");
        Assert.Equal("Healthy", (await HealthClient.GetAsync(client.Http)).Status);
    }

    [Fact]
    public async Task DangerAfterTheFirst4000Characters_StillBringsTheEmergencyNumber()
    {
        using var host = new BotFactory();
        using var client = host.CreateClient();
        await BotClient.SendAsync(client, BotClient.Message("long-danger", "hi"));

        var replies = await BotClient.SendAsync(client, BotClient.Message("long-danger", new string('a', 5000) + " they locked me in"));

        Assert.Contains(FailSafeReply.EmergencyNumber, FailSafeReply.Text(replies), StringComparison.Ordinal);
    }
}
