using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Testing.Conversations;

/// <summary>Activities as a channel would send them for a script's turns.</summary>
internal static class ScriptActivities
{
    public static readonly ChannelAccount User = new() { Id = "user-1", Role = "user" };
    public static readonly ChannelAccount Bot = new() { Id = "bot-1", Name = "SignpostBot", Role = "bot" };

    public static Activity Message(ConversationScript script, string conversationId, int number, string text)
        => Base(script, conversationId, number) with { Type = ActivityTypes.Message, Text = text };

    public static Activity Event(ConversationScript script, string conversationId, int number, string name) => name switch
    {
        "conversationUpdate" => Base(script, conversationId, number) with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [Bot, User] },
        "endOfConversation" => Base(script, conversationId, number) with { Type = ActivityTypes.EndOfConversation },
        "typing" => Base(script, conversationId, number) with { Type = ActivityTypes.Typing },
        "attachmentOnly" => Base(script, conversationId, number) with
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/photo.png" }],
        },
        _ => throw new ArgumentException($"Unknown event '{name}' in {script.Name}.yaml."),
    };

    private static Activity Base(ConversationScript script, string conversationId, int number) => new()
    {
        Id = $"{conversationId}-{number}",
        ChannelId = script.Channel,
        ServiceUrl = "http://127.0.0.1:9/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = User,
        Recipient = Bot,
        Locale = script.Locale,
        Timestamp = DateTimeOffset.UnixEpoch,
    };
}
