using System.Text.Json;
using SignpostBot.Dialogs.Engine;
using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Tests.Engine;

public sealed class IncomingTextTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot" };

    [Theory]
    [InlineData("<at>SignpostBot</at> county lines", "county lines")]
    [InlineData("county lines <at>SignpostBot</at>", "county lines")]
    [InlineData("  <at>SignpostBot</at>   help  ", "help")]
    public void Read_MentionOfTheBot_IsStripped(string text, string expected)
    {
        var activity = Message(text, "channel", Mention("28:bot", "<at>SignpostBot</at>"));

        Assert.Equal(expected, IncomingText.Read(activity));
        Assert.True(IncomingText.IsForBot(activity));
    }

    [Fact]
    public void Read_MentionOfSomeoneElse_IsKept()
    {
        var activity = Message("<at>Sam</at> what do you think", "personal", Mention("29:sam", "<at>Sam</at>"));

        Assert.Equal("<at>Sam</at> what do you think", IncomingText.Read(activity));
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public void IsForBot_GroupMessageWithoutTheBotMentioned_IsFalse(string conversationType)
    {
        Assert.False(IncomingText.IsForBot(Message("county lines", conversationType, Mention("29:sam", "<at>Sam</at>"))));
    }

    [Fact]
    public void IsForBot_PersonalChatWithoutMention_IsTrue()
    {
        Assert.True(IncomingText.IsForBot(Message("county lines", "personal")));
    }

    [Fact]
    public void Read_TeamsCardSubmitInAGroupChat_IsForTheBotAndGivesTheChoice()
    {
        var activity = Message(null, "groupChat") with { Value = Json("""{"msteams":{"type":"messageBack","text":"County lines","displayText":"County lines"}}""") };

        Assert.True(IncomingText.IsForBot(activity));
        Assert.Equal("County lines", IncomingText.Read(activity));
    }

    [Theory]
    [InlineData("""{"choice":"For me"}""", "For me")]
    [InlineData("""{"msteams":{"type":"imBack","value":"For me"}}""", "For me")]
    [InlineData("\"For me\"", "For me")]
    [InlineData("""{"other":1}""", null)]
    public void Read_ValueWithoutText_GivesTheButtonText(string value, string? expected)
    {
        Assert.Equal(expected, IncomingText.Read(Message(null, "personal") with { Value = Json(value) }));
    }

    private static Activity Message(string? text, string conversationType, params JsonElement[] entities) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Text = text,
        Recipient = Bot,
        Conversation = new ConversationAccount { Id = "c", ConversationType = conversationType },
        Entities = entities,
    };

    private static JsonElement Mention(string id, string text)
        => Json($$$"""{"type":"mention","text":"{{{text}}}","mentioned":{"id":"{{{id}}}","name":"x"}}""");

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
