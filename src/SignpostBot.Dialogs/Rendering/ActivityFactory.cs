using SignpostBot.Dialogs.Schema;

namespace SignpostBot.Dialogs.Rendering;

/// <summary>Addresses a reply the way the Bot Connector expects: swapped from/recipient, same conversation, replyToId.</summary>
public static class ActivityFactory
{
    /// <summary>
    /// A reply with everything it carries, made in one go: a reply is built on every turn, and a <c>with</c>
    /// copy of a finished one would allocate the whole activity again.
    /// </summary>
    public static Activity ReplyTo(
        Activity incoming,
        string? text,
        string inputHint,
        DateTimeOffset? timestamp,
        SuggestedActions? suggestedActions = null,
        IReadOnlyList<Attachment>? attachments = null,
        string? attachmentLayout = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = timestamp,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = ConversationOf(incoming),
        From = BotOf(incoming),
        Recipient = UserOf(incoming),
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
        Text = text,
        InputHint = inputHint,
        SuggestedActions = suggestedActions,
        Attachments = attachments,
        AttachmentLayout = attachmentLayout,
    };

    /// <summary>
    /// A reply without anything that names the conversation, the person or the channel, for keeping a turn's
    /// replies to answer a retry (see the host's turn ledger): only what the bot says is left.
    /// </summary>
    public static Activity Unaddressed(Activity reply) => reply with
    {
        Id = null,
        ChannelId = null,
        ServiceUrl = null,
        Conversation = null,
        From = null,
        Recipient = null,
        ReplyToId = null,
        Locale = null,
    };

    /// <summary>An <see cref="Unaddressed"/> reply addressed again, exactly as <see cref="ReplyTo"/> addresses a new one.</summary>
    public static Activity AddressedTo(Activity reply, Activity incoming) => reply with
    {
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = ConversationOf(incoming),
        From = BotOf(incoming),
        Recipient = UserOf(incoming),
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
    };

    private static ConversationAccount? ConversationOf(Activity incoming)
        => incoming.Conversation is { } c ? new ConversationAccount { Id = c.Id, IsGroup = c.IsGroup, ConversationType = c.ConversationType, TenantId = c.TenantId } : null;

    private static ChannelAccount BotOf(Activity incoming)
        => incoming.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" } : new ChannelAccount { Role = "bot" };

    private static ChannelAccount? UserOf(Activity incoming)
        => incoming.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, Role = user.Role } : null;
}
