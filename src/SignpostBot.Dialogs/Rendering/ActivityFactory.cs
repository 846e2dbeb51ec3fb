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
        Conversation = incoming.Conversation is { } c ? new ConversationAccount { Id = c.Id, IsGroup = c.IsGroup, ConversationType = c.ConversationType, TenantId = c.TenantId } : null,
        From = incoming.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" } : new ChannelAccount { Role = "bot" },
        Recipient = incoming.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, Role = user.Role } : null,
        ReplyToId = incoming.Id,
        Locale = incoming.Locale,
        Text = text,
        InputHint = inputHint,
        SuggestedActions = suggestedActions,
        Attachments = attachments,
        AttachmentLayout = attachmentLayout,
    };
}
