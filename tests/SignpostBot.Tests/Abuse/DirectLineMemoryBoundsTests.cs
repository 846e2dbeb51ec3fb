using System.Net;
using System.Text.Json;
using SignpostBot.DirectLine;
using SignpostBot.Tests.DirectLine;

namespace SignpostBot.Tests.Abuse;

/// <summary>Issue 15, item 1: Direct Line keeps only what the protocol replays, bounded per conversation and in total.</summary>
public sealed class DirectLineMemoryBoundsTests
{
    private const int BigText = 200 * 1024;

    [Fact]
    public async Task Events_AreAcknowledgedButNeverKept()
    {
        using var host = new BotFactory();
        var client = new DirectLineTestClient(host.CreateClient());
        var token = await client.StartedAsync();
        var before = (await client.GetActivitiesAsync(token)).Activities.Count;

        for (var i = 0; i < 10; i++)
        {
            var json = "{\"type\":\"event\",\"name\":\"x\",\"value\":" + JsonSerializer.Serialize(new string('e', BigText)) + "}";
            using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token, json);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, (await client.GetActivitiesAsync(token)).Activities.Count);
        Assert.InRange(Store(host).ActivityBytes, 1, 64 * 1024);
    }

    [Fact]
    public async Task HugeMessages_KeepATrimmedEchoAndABoundedLog()
    {
        using var host = new BotFactory();
        var client = new DirectLineTestClient(host.CreateClient());
        var token = await client.StartedAsync();

        for (var i = 0; i < 12; i++)
        {
            await client.PostMessageAsync(token, new string('m', BigText), clientActivityId: "c" + i);
        }

        using var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{token.ConversationId}/activities", token.Token);
        var body = await response.Content.ReadAsStringAsync();
        Assert.InRange(body.Length, 1, new DirectLineOptions().MaxActivityBytesPerConversation + 4096);
        var set = JsonSerializer.Deserialize(body, DirectLineJsonContext.Default.ActivitySet)!;
        var echo = set.Activities.Last(a => a.From?.Role == "user");
        Assert.Equal(SignpostBot.Dialogs.Engine.TriageBot.MaxTextLength, echo.Text!.Length);
        Assert.Equal("c11", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public async Task ManyConversations_StayWithinTheTotal()
    {
        using var host = new BotFactory()
            .With("DirectLine:MaxActivityBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("DirectLine:MaxActivityBytesPerConversation", (512 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var client = new DirectLineTestClient(host.CreateClient());
        for (var c = 0; c < 4; c++)
        {
            var token = await client.StartedAsync();
            for (var i = 0; i < 8; i++)
            {
                await client.PostMessageAsync(token, new string('m', 100 * 1024), clientActivityId: "c" + i);
            }
        }

        Assert.InRange(Store(host).ActivityBytes, 1, 1024 * 1024);
    }

    private static DirectLineConversationStore Store(BotFactory host)
        => (DirectLineConversationStore)host.Services.GetService(typeof(DirectLineConversationStore))!;
}
