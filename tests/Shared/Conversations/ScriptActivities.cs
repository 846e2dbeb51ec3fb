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
        "botAdded" => Base(script, conversationId, number) with { Type = ActivityTypes.ConversationUpdate, MembersAdded = [Bot] },
        "installationUpdate" => Base(script, conversationId, number) with { Type = ActivityTypes.InstallationUpdate, Action = "add" },
        "endOfConversation" => Base(script, conversationId, number) with { Type = ActivityTypes.EndOfConversation },
        "typing" => Base(script, conversationId, number) with { Type = ActivityTypes.Typing },
        "attachmentOnly" => Base(script, conversationId, number) with
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/photo.png" }],
        },
        _ => throw new ArgumentException($"Unknown event '{name}' in {script.Name}.yaml."),
    };

    /// <summary>
    /// The activity a channel sends when a button on the bot's last reply is tapped: an imBack's text, or for a
    /// Teams Adaptive Card Action.Submit with messageBack data, its text and value (what Teams delivers).
    /// </summary>
    public static Activity Tap(ConversationScript script, string conversationId, int number, IReadOnlyList<Activity> previous, string title)
    {
        var last = previous.Count > 0 ? previous[^1] : throw new ArgumentException($"{script.Name}.yaml taps '{title}' but the bot sent nothing before.");
        if (last.SuggestedActions?.Actions.FirstOrDefault(a => a.Title == title) is { } action)
        {
            return Message(script, conversationId, number, action.Value);
        }

        var submit = ReplyCards.Submits(last).FirstOrDefault(a => a.GetProperty("title").GetString() == title);
        if (submit.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw new ArgumentException($"{script.Name}.yaml taps '{title}', which is not a button on the bot's last reply.");
        }

        var teams = submit.GetProperty("data").GetProperty(Channels.TeamsCardData);
        return Base(script, conversationId, number) with
        {
            Type = ActivityTypes.Message,
            Text = teams.GetProperty("text").GetString(),
            Value = teams.TryGetProperty("value", out var value) ? value.Clone() : null,
            ReplyToId = last.Id,
        };
    }

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
