using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Tests;

/// <summary>Activities as a channel sends them, for tests of the turn function and the renderers.</summary>
internal static class TestActivities
{
    public static readonly ChannelAccount User = new() { Id = "u" };
    public static readonly ChannelAccount Bot = new() { Id = "b" };

    public static Activity Message(string? text, string channelId = "test") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        Conversation = new ConversationAccount { Id = "c" },
        From = User,
        Recipient = Bot,
        Text = text,
    };
}
