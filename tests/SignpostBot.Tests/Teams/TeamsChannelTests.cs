using System.Net;
using System.Text.Json;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Tests.Teams;

/// <summary>Signed Teams activities over /api/messages, with replies posted to the loopback channel service.</summary>
public sealed class TeamsChannelTests(ConnectedBot bot) : IClassFixture<ConnectedBot>
{
    [Fact]
    public async Task ChannelMessage_MentioningTheBot_IsAnsweredWithTheMentionStripped()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "19:team-" + Guid.NewGuid().ToString("N") + "@thread.tacv2;messageid=1";
        var activity = ChannelMessage(conversation, "<at>SignpostBot</at> county lines", "m-1", mentioned: true);

        using var response = await ConnectedBot.PostAsync(client, activity, ConnectedBot.Bearer(bot.ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Channel.WaitForReplyToAsync("m-1");
        await bot.Channel.WaitUntilAsync(() => bot.Channel.RepliesIn(conversation).Any(r => r.Activity.Attachments is { Count: > 0 }), "the signpost card");
        var texts = string.Join("\n", bot.Channel.RepliesIn(conversation).Select(r => Testing.Conversations.ReplyCards.TextOf(r.Activity)));
        // A staff question in their own words: the short answer of knowledge/answers.yaml.
        Assert.Contains("A child who", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMessage_NotMentioningTheBot_GetsNoReply()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "19:team-" + Guid.NewGuid().ToString("N") + "@thread.tacv2;messageid=2";

        using var ignored = await ConnectedBot.PostAsync(client, ChannelMessage(conversation, "county lines", "quiet", mentioned: false), ConnectedBot.Bearer(bot.ChannelToken()));
        using var mentioned = await ConnectedBot.PostAsync(client, ChannelMessage(conversation, "<at>SignpostBot</at> help", "loud", mentioned: true), ConnectedBot.Bearer(bot.ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
        await bot.Channel.WaitForReplyToAsync("loud");
        Assert.All(bot.Channel.RepliesIn(conversation), r => Assert.Equal("loud", r.ReplyToId));
    }

    [Fact]
    public async Task PersonalInstall_ConversationUpdateWithTheBot_PostsTheWelcomeAndTheStaffMenuCard()
    {
        using var client = bot.Factory.CreateClient();
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var install = bot.TeamsMessage(conversation, string.Empty, "install-1") with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount { Id = "28:" + ConnectedBot.AppId }],
        };

        using var response = await ConnectedBot.PostAsync(client, install, ConnectedBot.Bearer(bot.ChannelToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Channel.WaitUntilAsync(() => bot.Channel.RepliesIn(conversation).Any(r => r.Activity.Attachments is { Count: > 0 }), "the menu card");
        var replies = bot.Channel.RepliesIn(conversation);
        Assert.StartsWith("Hello.", replies[0].Activity.Text, StringComparison.Ordinal);
        var card = Assert.Single(replies[^1].Activity.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal("1.5", card.Content!.Value.GetProperty("version").GetString());
        var data = card.Content.Value.GetProperty("actions")[0].GetProperty("data").GetProperty("msteams");
        Assert.Equal("messageBack", data.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.String, data.GetProperty("text").ValueKind);
    }

    private Activity ChannelMessage(string conversation, string text, string id, bool mentioned)
    {
        var botAccount = new ChannelAccount { Id = "28:" + ConnectedBot.AppId, Name = "SignpostBot" };
        var mention = JsonSerializer.SerializeToElement(
            new Dictionary<string, object> { ["type"] = "mention", ["text"] = "<at>SignpostBot</at>", ["mentioned"] = new Dictionary<string, string> { ["id"] = botAccount.Id!, ["name"] = "SignpostBot" } },
            TeamsJsonContext.Default.DictionaryStringObject);
        return bot.TeamsMessage(conversation, text, id) with
        {
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "channel", IsGroup = true, TenantId = ConnectedBot.TenantId },
            Recipient = botAccount,
            Entities = mentioned ? [mention] : null,
        };
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, object>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TeamsJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
